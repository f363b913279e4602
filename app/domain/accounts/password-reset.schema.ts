import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { emailField, newPasswordField } from "./login.schema";

export const ForgotPasswordSchema = z.object({ email: emailField });

/** A new password typed twice; shared by the reset page and the invitation page. */
export const NewPasswordSchema = z
  .object({
    password: newPasswordField,
    confirm: safeString({ required_error: "errors.required" }).max(200),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "errors.passwordMismatch" });
