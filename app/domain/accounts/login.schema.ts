import { z } from "zod";

export const emailField = z
  .string({ required_error: "errors.required" })
  .trim()
  .toLowerCase()
  .email("errors.email")
  .max(254, "errors.email");

export const newPasswordField = z.string({ required_error: "errors.required" }).min(10, "errors.passwordLength").max(200);

export const LoginSchema = z.object({
  email: emailField,
  password: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(200),
  redirectTo: z.string().optional(),
});

/** Only same-site paths: an open redirect after login would help phishing. */
export function safeRedirect(target: string | undefined | null, fallback: string) {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}
