// The "SEPA credit transfer" QR code (EPC069-12, version 002), which French and European banking
// apps scan to pre-fill a transfer: beneficiary, IBAN, amount and remittance text. Pure: the payload
// is text, the matrix comes from the `qrcode` library, and the drawings (SVG path for the web, the
// same modules drawn by pdfkit) stay in their own layers.

import QRCode from "qrcode";
import { compactIdentifier, isValidBic, isValidIban } from "~/domain/settings/identifiers";

export type EpcTransfer = {
  beneficiaryName: string;
  iban: string;
  bic?: string;
  amountCents: number;
  /** Unstructured remittance information, printed on the member's statement (max 140). */
  reference: string;
};

const MAX_AMOUNT_CENTS = 99_999_999_999;

/** Characters outside the EPC latin subset would be rejected by some banking apps. */
function epcText(value: string, max: number): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

/** "EUR1250.5" style: a dot, no thousands separator, no trailing zeros required but allowed. */
function epcAmount(cents: number): string {
  return `EUR${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/**
 * The payload, or null when no valid QR can be made (no IBAN, nothing to pay): the page then
 * simply shows no code rather than one a bank would refuse.
 */
export function epcPayload(transfer: EpcTransfer): string | null {
  const iban = compactIdentifier(transfer.iban);
  if (!isValidIban(iban)) return null;
  if (
    !Number.isSafeInteger(transfer.amountCents) ||
    transfer.amountCents < 1 ||
    transfer.amountCents > MAX_AMOUNT_CENTS
  )
    return null;
  const name = epcText(transfer.beneficiaryName, 70);
  if (!name) return null;
  const bic = transfer.bic && isValidBic(transfer.bic) ? compactIdentifier(transfer.bic) : "";
  // Service tag, version 002, UTF-8, SEPA credit transfer, BIC, name, IBAN, amount, purpose,
  // structured reference (empty: ours is free text), unstructured remittance.
  return [
    "BCD",
    "002",
    "1",
    "SCT",
    bic,
    name,
    iban,
    epcAmount(transfer.amountCents),
    "",
    "",
    epcText(transfer.reference, 140),
  ].join("\n");
}

/** The QR matrix at error-correction level M (the EPC requirement): true = dark module. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, column) => Boolean(modules.get(row, column))),
  );
}

/**
 * One SVG path for the dark modules, in module units (viewBox 0 0 size size, plus a quiet zone): one
 * rectangle per run of dark modules in a row, not one square per module. The member's home carries
 * the drawing twice (the page and its data), and square by square it was 60 % of the page's HTML.
 */
export function qrSvgPath(matrix: boolean[][]): string {
  const runs: string[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const length = x - start + 1;
      runs.push(`M${start} ${y}h${length}v1h-${length}z`);
    }
  });
  return runs.join("");
}

// Drawing a QR code costs about 2.7 ms of CPU, as much as a whole bare page (ADR 019), and the
// member's home draws the same one on every visit until something is paid: drawings are kept by
// payload (pure and deterministic), at most this many, the oldest forgotten first.
const MAX_KEPT_DRAWINGS = 500;
const drawings = new Map<string, { size: number; path: string }>();

/** The SVG drawing of the payload's QR code: its size in modules and its path. */
export function qrDrawing(payload: string): { size: number; path: string } {
  let drawing = drawings.get(payload);
  if (!drawing) {
    const matrix = qrMatrix(payload);
    drawing = { size: matrix.length, path: qrSvgPath(matrix) };
    if (drawings.size >= MAX_KEPT_DRAWINGS) drawings.delete(drawings.keys().next().value!);
    drawings.set(payload, drawing);
  }
  return drawing;
}

/**
 * What a member writes as the transfer's reference: the invoice number when one invoice is owed,
 * otherwise the member's customer code followed by as many invoice numbers as fit in 140 characters.
 */
export function paymentReference(customerCode: string, invoiceNumbers: readonly string[]): string {
  if (invoiceNumbers.length === 1) return invoiceNumbers[0];
  let reference = customerCode;
  for (const number of invoiceNumbers) {
    if (reference.length + 1 + number.length > 140) break;
    reference += ` ${number}`;
  }
  return reference;
}
