// The logo printed on invoices: PNG or JPEG, at most 500 KB. The type is read from the file's
// first bytes, not from the name or the browser's claim, so nothing else is ever served back.

export const MAX_LOGO_BYTES = 500 * 1024;

export type LogoMimeType = "image/png" | "image/jpeg";

export type LogoCheck =
  | { ok: true; mimeType: LogoMimeType }
  | { ok: false; error: "settings.errors.logoType" | "settings.errors.logoSize" | "settings.errors.logoEmpty" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

export function sniffLogoType(bytes: Uint8Array): LogoMimeType | null {
  const startsWith = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(PNG_SIGNATURE)) return "image/png";
  if (startsWith(JPEG_SIGNATURE)) return "image/jpeg";
  return null;
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, error: "settings.errors.logoEmpty" };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, error: "settings.errors.logoSize" };
  const mimeType = sniffLogoType(bytes);
  return mimeType ? { ok: true, mimeType } : { ok: false, error: "settings.errors.logoType" };
}
