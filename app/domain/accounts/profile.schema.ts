import { z } from "zod";

export const LocaleSchema = z.enum(["fr", "en"], { required_error: "errors.required", invalid_type_error: "errors.required" });

export const ProfileSchema = z.object({
  name: z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
  locale: LocaleSchema,
});

export const LanguageChoiceSchema = z.object({ locale: LocaleSchema, redirectTo: z.string().max(2000).optional() });
