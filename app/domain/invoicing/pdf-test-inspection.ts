// Test support only: reads back what renderInvoicePdf wrote, without any PDF library.
// It understands pdfkit's own output (uncompressed object dictionaries, Flate streams), not arbitrary PDFs.

import { inflateSync } from "node:zlib";

/** The XMP packet; pdfkit writes the metadata stream uncompressed, as PDF/A requires. */
export function extractXmp(pdf: Buffer): string {
  const text = pdf.toString("latin1");
  const start = text.indexOf("<?xpacket begin");
  const end = text.indexOf('<?xpacket end="w"?>', start);
  if (start < 0 || end < 0) throw new Error("no XMP packet in PDF");
  return Buffer.from(text.slice(start, end + '<?xpacket end="w"?>'.length), "latin1").toString("utf8");
}

/** The bytes of every /Type /EmbeddedFile stream, inflated. */
export function extractEmbeddedFiles(pdf: Buffer): Buffer[] {
  const text = pdf.toString("latin1");
  const files: Buffer[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf("/Type /EmbeddedFile", from);
    if (at < 0) return files;
    const dictionaryStart = text.lastIndexOf(" obj", at);
    const streamStart = text.indexOf("stream\n", at) + "stream\n".length;
    const streamEnd = text.indexOf("\nendstream", streamStart);
    const dictionary = text.slice(dictionaryStart, streamStart);
    const raw = pdf.subarray(streamStart, streamEnd);
    files.push(dictionary.includes("/FlateDecode") ? inflateSync(raw) : Buffer.from(raw));
    from = streamEnd;
  }
}

export function pageCount(pdf: Buffer): number {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString("latin1"));
  if (!match) throw new Error("no page tree in PDF");
  return Number(match[1]);
}
