import { describe, expect, it } from "vitest";
import { renderReportPdf } from "./report-pdf";
import { snapshotHash, snapshotOf, viewOfSnapshot } from "./report-snapshot";
import { samplePng, sampleReportView } from "../../../scripts/sample-report-view";

const entries = sampleReportView().entries.map((entry, index) => ({
  ...entry,
  rawMinutes: [35, 157][index],
  accountedMinutes: [0, 180][index],
}));

describe("report snapshot", () => {
  const snapshot = snapshotOf(
    { ...sampleReportView(), entries },
    new Date("2026-11-24T10:42:00Z"),
    samplePng(),
    "Nadia Ressourcerie",
    "le mardi 24 novembre 2026 à 11:42",
  );

  it("keeps raw and accounted minutes, the signer, the image and the instant", () => {
    expect(snapshot.rawMinutes).toBe(192);
    expect(snapshot.accountedMinutes).toBe(180);
    expect(snapshot.signature.signedAt).toBe("2026-11-24T10:42:00.000Z");
    expect(Buffer.from(snapshot.signature.pngBase64, "base64").equals(samplePng())).toBe(true);
  });

  it("hashes the same snapshot the same way, whatever the key order after a JSON round trip, and differently once anything changes", () => {
    const hash = snapshotHash(snapshot);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(snapshotHash(JSON.parse(JSON.stringify(snapshot)))).toBe(hash);
    expect(snapshotHash({ ...snapshot, workDone: `${snapshot.workDone}.` })).not.toBe(hash);
  });

  it("renders the PDF from the snapshot with its fingerprint", async () => {
    const view = viewOfSnapshot(JSON.parse(JSON.stringify(snapshot)), snapshotHash(snapshot));
    expect(view.fingerprint).toBe(snapshotHash(snapshot));
    const pdf = await renderReportPdf(view);
    expect(pdf.toString("latin1")).toContain("/Subtype /Image");
  });
});
