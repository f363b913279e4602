// The one shape of every file download (PDF, CSV, FEC): an attachment with its name, never cached
// by a shared proxy (invoices and reports are personal), never sniffed into something else.
import { DomainError } from "~/domain/domain-error";
import { getCurrentUser } from "./auth.server";
import { errorResponse } from "./domain-error.server";
import { visitorLocale } from "./locale.server";

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

/**
 * Runs a download's loader. A refusal on the way (a DomainError, or the 403/404 that permission and
 * scope checks throw) answers a plain-text sentence in the reader's language: a download opens in a
 * tab of its own, outside the app's pages and their error page. A redirect to the login page passes.
 */
export async function downloadOrRefusal(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError || (error instanceof Response && [403, 404].includes(error.status))))
      throw error;
    const user = await getCurrentUser(request);
    const reader = {
      locale: user?.locale ?? (await visitorLocale(request)),
      timeZone: user?.timeZone ?? "Europe/Paris",
    };
    if (error instanceof DomainError) return errorResponse(error, reader);
    const key = error.status === 403 ? "errors.downloadForbidden" : "errors.downloadNotFound";
    return errorResponse(new DomainError({ status: error.status as 403 | 404, key }), reader);
  }
}
