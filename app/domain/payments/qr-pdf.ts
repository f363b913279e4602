// Draws a QR matrix (epc-qr.ts) with pdfkit: one filled square per dark module, with the quiet
// zone of four modules the QR standard asks for, on white so it scans on any background.
import { qrMatrix } from "./epc-qr";

export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(text);
  const modules = matrix.length + 8;
  const unit = size / modules;
  doc.save();
  doc.rect(x, y, size, size).fill("#ffffff");
  for (const [row, cells] of matrix.entries()) {
    for (const [column, dark] of cells.entries()) {
      if (dark) doc.rect(x + (column + 4) * unit, y + (row + 4) * unit, unit, unit);
    }
  }
  doc.fill("#000000");
  doc.restore();
}
