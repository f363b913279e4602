import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";

export const emailField = safeString({ required_error: "errors.required" })
  .trim()
  .toLowerCase()
  .email("errors.email")
  .max(254, "errors.email");

export const newPasswordField = safeString({ required_error: "errors.required" })
  .min(10, "errors.passwordLength")
  .max(200);

export const LoginSchema = z.object({
  email: emailField,
  password: safeString({ required_error: "errors.required" }).min(1, "errors.required").max(200),
  redirectTo: safeString().optional(),
});

const PLACEHOLDER_ORIGIN = "http://quote-part.invalid";

/**
 * Only this site's own paths: an open redirect after login would help phishing. The target is
 * resolved the way a browser would (it drops tabs and newlines, reads `\` as `/`), and anything
 * that lands on another origin, or holds a control character, falls back.
 */
export function safeRedirect(target: string | undefined | null, fallback: string) {
  // eslint-disable-next-line no-control-regex
  if (!target || !target.startsWith("/") || /[\u0000-\u001F\u007F\\]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Rebuilt from the parsed URL: what the browser will follow is exactly what was checked.
  return `${url.pathname}${url.search}${url.hash}`;
}
