// The one shape of every file download (PDF, CSV, FEC): an attachment with its name, never cached
// by a shared proxy (invoices and reports are personal), never sniffed into something else.

export function downloadResponse(content: string | Uint8Array<ArrayBuffer>, fileName: string, contentType: string) {
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (typeof content !== "string") headers["Content-Length"] = String(content.byteLength);
  return new Response(content, { headers });
}

export function pdfDownload(pdf: Buffer, fileName: string) {
  return downloadResponse(new Uint8Array(pdf), fileName, "application/pdf");
}

export function csvDownload(
  content: string | Uint8Array<ArrayBuffer>,
  fileName: string,
  contentType = "text/csv; charset=utf-8",
) {
  return downloadResponse(content, fileName, contentType);
}
