import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "../calendar/local-date";

export const CreatePeriodSchema = z.object({
  // Sent by the "create" button only: a POST without it (a replayed or forged body) creates nothing.
  intent: z.literal("create", { errorMap: () => ({ message: "periods.errors.date" }) }),
  /** Any day of the period to create; empty: the period after the latest one. */
  containing: withinDateRange(
    safeString()
      .optional()
      .refine((value) => value === undefined || isIsoDate(value), "periods.errors.date"),
  ),
});
