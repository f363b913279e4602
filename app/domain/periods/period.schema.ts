import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "../calendar/local-date";

export const CreatePeriodSchema = z.object({
  /** Any day of the period to create; empty: the period after the latest one. */
  containing: withinDateRange(safeString().optional().refine((value) => value === undefined || isIsoDate(value), "periods.errors.date")),
});
