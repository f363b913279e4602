// The one way an action reads its form (eslint forbids `request.formData()` in app/routes/):
// the body is read with a byte cap, the field names are checked against the limits, and control
// characters are stripped from every text value, all before any schema runs.
import { translate, type MessageKey } from "~/utils/i18n";
import { MAX_FORM_BYTES, MAX_UPLOAD_BYTES, formNamesProblem, stripControlCharacters } from "./form-limits";

function refuse(status: 400 | 413 | 415, key: MessageKey): Response {
  return new Response(translate("fr", key), { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Reads at most `limit` bytes of the body; throws 413 as soon as it goes beyond. */
async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  tooLarge: () => Response,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Every string value without control characters; files pass untouched. */
export function cleanFormData(entries: Iterable<[string, FormDataEntryValue]>): FormData {
  const cleaned = new FormData();
  for (const [name, value] of entries)
    cleaned.append(stripControlCharacters(name), typeof value === "string" ? stripControlCharacters(value) : value);
  return cleaned;
}

/**
 * The request's form, bounded: 413 past the byte cap (uploads have their own), 400 for too many
 * fields, an array index or a name no form of ours writes, or a body that is not a form.
 */
export async function readForm(request: Request, options: { maxUploadBytes?: number } = {}): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  const urlEncoded = contentType === "" || /^application\/x-www-form-urlencoded/i.test(contentType);
  if (!multipart && !urlEncoded) throw refuse(415, "errors.formMalformed");
  const limit = multipart ? (options.maxUploadBytes ?? MAX_UPLOAD_BYTES) : MAX_FORM_BYTES;
  const tooLarge = () => refuse(413, multipart ? "errors.uploadTooLarge" : "errors.formTooLarge");
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) throw tooLarge();
  const bytes = await readBounded(request.body, limit, tooLarge);

  let entries: [string, FormDataEntryValue][];
  if (multipart) {
    try {
      entries = [
        ...(await new Response(new Blob([bytes]), { headers: { "Content-Type": contentType } }).formData()).entries(),
      ];
    } catch {
      throw refuse(400, "errors.formMalformed");
    }
  } else {
    // Invalid UTF-8 becomes U+FFFD, as a browser would show it; it never throws.
    entries = [...new URLSearchParams(new TextDecoder().decode(bytes)).entries()];
  }
  if (formNamesProblem(entries.map(([name]) => name))) throw refuse(400, "errors.formMalformed");
  return cleanFormData(entries);
}

/** Body size cap for the HTTP server, before Remix: the larger of the two limits. */
export const MAX_REQUEST_BYTES = Math.max(MAX_FORM_BYTES, MAX_UPLOAD_BYTES);

/** A JSON body under the form byte cap (the offline time-entry queue); 400 when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const tooLarge = () => refuse(413, "errors.formTooLarge");
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_FORM_BYTES) throw tooLarge();
  const bytes = await readBounded(request.body, MAX_FORM_BYTES, tooLarge);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw refuse(400, "errors.formMalformed");
  }
}
