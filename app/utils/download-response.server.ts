// The one shape of every file download (PDF, CSV, FEC): an attachment with its name, never cached
// by a shared proxy (invoices and reports are personal), never sniffed into something else.
import { DomainError } from "~/domain/domain-error";
import { getCurrentUser } from "./auth.server";
import { errorResponse, refusalText } from "./domain-error.server";
import { appOrigin } from "./env.server";
import { redirectWithToast } from "./toast.server";
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
 * The app page a person clicked the download from, when the request is a page load by a browser
 * (not a calendar app, a script or a `fetch`): the Referer, if it is one of our own pages. Only its
 * path and query are kept, so the redirect can never leave the site.
 */
function appPageBehind(request: Request): string | null {
  const navigating =
    request.headers.get("Sec-Fetch-Mode") === "navigate" || (request.headers.get("Accept") ?? "").includes("text/html");
  const referer = request.headers.get("Referer");
  if (!navigating || !referer) return null;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return null;
  }
  const ours = [new URL(request.url).origin, new URL(appOrigin()).origin];
  const here = new URL(request.url);
  if (!ours.includes(from.origin) || from.pathname === here.pathname) return null;
  return `${from.pathname}${from.search}`;
}

/**
 * Runs a download's loader. A refusal on the way (a DomainError, or the 403/404 that permission and
 * scope checks throw) is said in the reader's language: clicked from one of the app's pages, the
 * person is sent back to that page with the sentence as an error toast, so the header and the
 * navigation stay (issue 13); asked by anything else (a calendar app, a script, a typed address),
 * it is a plain-text answer with the status. A redirect to the login page passes.
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
    const refusal =
      error instanceof DomainError
        ? error
        : new DomainError({
            status: error.status as 403 | 404,
            key: error.status === 403 ? "errors.downloadForbidden" : "errors.downloadNotFound",
          });
    const back = appPageBehind(request);
    if (back) return redirectWithToast(back, { type: "error", message: refusalText(refusal, reader).error });
    return errorResponse(refusal, reader);
  }
}
