// The signature drawn on the phone arrives as a data URL from the canvas. Only a real PNG of a
// reasonable size is stored: the bytes are checked, not the label the browser put on them.
export const MAX_SIGNATURE_BYTES = 300 * 1024;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;

export type SignatureError = "SIGNATURE_FORMAT" | "SIGNATURE_TOO_LARGE" | "SIGNATURE_NOT_PNG";

export function decodeSignature(dataUrl: string): { ok: true; png: Buffer } | { ok: false; error: SignatureError } {
  // Base64 is 4/3 of the bytes: refuse an oversized text before decoding it.
  if (dataUrl.length > Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 64)
    return { ok: false, error: "SIGNATURE_TOO_LARGE" };
  const match = DATA_URL.exec(dataUrl.trim());
  if (!match) return { ok: false, error: "SIGNATURE_FORMAT" };
  const png = Buffer.from(match[1], "base64");
  if (png.length > MAX_SIGNATURE_BYTES) return { ok: false, error: "SIGNATURE_TOO_LARGE" };
  if (png.length < 67 || PNG_MAGIC.some((byte, index) => png[index] !== byte))
    return { ok: false, error: "SIGNATURE_NOT_PNG" };
  return { ok: true, png };
}
