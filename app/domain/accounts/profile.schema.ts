import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";

export const LocaleSchema = z.enum(["fr", "en"], {
  required_error: "errors.required",
  invalid_type_error: "errors.required",
});

export const ProfileSchema = z.object({
  name: safeString({ required_error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
  locale: LocaleSchema,
});

export const LanguageChoiceSchema = z.object({ locale: LocaleSchema, redirectTo: safeString().max(2000).optional() });
