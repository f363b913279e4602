// Signed means frozen: at signature the report is stored as a snapshot (the view the PDF is drawn
// from, with the raw and accounted minutes of each entry, the texts, the signer, the signature
// image and the instant). The PDF of a signed report is always drawn from the snapshot, never from
// the live rows, and prints a short hash of it so a printed or mailed copy can be checked.
import { createHash } from "node:crypto";
import type { ReportPdfView } from "./report-pdf";

export type SnapshotEntry = ReportPdfView["entries"][number] & { rawMinutes: number; accountedMinutes: number };

export type ReportSnapshot = Omit<ReportPdfView, "signature" | "fingerprint" | "entries"> & {
  version: 1;
  entries: SnapshotEntry[];
  rawMinutes: number;
  accountedMinutes: number;
  signature: { signerName: string; signedAtText: string; signedAt: string; pngBase64: string };
};

/** Stable JSON: keys sorted at every level, so the same snapshot always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The first 12 hex digits of the SHA-256 of the canonical snapshot. */
export function snapshotHash(snapshot: ReportSnapshot): string {
  return createHash("sha256").update(canonical(snapshot)).digest("hex").slice(0, 12);
}

export function snapshotOf(
  view: Omit<ReportPdfView, "entries"> & { entries: SnapshotEntry[] },
  signedAt: Date,
  png: Buffer,
  signerName: string,
  signedAtText: string,
): ReportSnapshot {
  const { signature: _live, fingerprint: _none, ...rest } = view;
  return {
    ...rest,
    version: 1,
    rawMinutes: view.entries.reduce((sum, entry) => sum + entry.rawMinutes, 0),
    accountedMinutes: view.entries.reduce((sum, entry) => sum + entry.accountedMinutes, 0),
    signature: { signerName, signedAtText, signedAt: signedAt.toISOString(), pngBase64: png.toString("base64") },
  };
}

/** The PDF view of a stored snapshot, with its fingerprint. */
export function viewOfSnapshot(snapshot: ReportSnapshot, hash: string): ReportPdfView {
  const { signature, version: _version, rawMinutes: _raw, accountedMinutes: _accounted, ...rest } = snapshot;
  return {
    ...rest,
    signature: {
      signerName: signature.signerName,
      signedAtText: signature.signedAtText,
      png: Buffer.from(signature.pngBase64, "base64"),
      signedAt: new Date(signature.signedAt),
    },
    fingerprint: hash,
  };
}
