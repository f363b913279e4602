import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";

/**
 * A manual adjustment as staff type it: a direction, hours and minutes (no signed decimals to
 * misread), and the reason the ledger keeps forever.
 */
export const AdjustmentSchema = z
  .object({
    periodId: safeString({ required_error: "errors.required" }).min(1, "errors.required"),
    direction: z.enum(["add", "remove"], { required_error: "errors.required", invalid_type_error: "errors.required" }),
    hours: z
      .number({ required_error: "errors.required", invalid_type_error: "ledger.errors.wholeNumber" })
      .int("ledger.errors.wholeNumber")
      .min(0, "ledger.errors.wholeNumber")
      .max(9999, "ledger.errors.tooLarge")
      .default(0),
    minutes: z
      .number({ invalid_type_error: "ledger.errors.wholeNumber" })
      .int("ledger.errors.wholeNumber")
      .min(0, "ledger.errors.minutesRange")
      .max(59, "ledger.errors.minutesRange")
      .default(0),
    reason: safeString({ required_error: "ledger.errors.reasonRequired" })
      .trim()
      .min(1, "ledger.errors.reasonRequired")
      .max(500, "ledger.errors.reasonTooLong"),
  })
  .refine((value) => value.hours * 60 + value.minutes > 0, {
    message: "ledger.errors.zeroAdjustment",
    path: ["hours"],
  });

export type AdjustmentInput = z.infer<typeof AdjustmentSchema>;
