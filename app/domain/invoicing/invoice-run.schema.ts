// The invoice run form: which period, and which instalments (those due up to a date).
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "~/domain/calendar/local-date";

export const InvoiceRunSchema = z.object({
  periodId: safeString({ required_error: "errors.required" }).min(1, "errors.required"),
  dueUpTo: withinDateRange(
    safeString({ required_error: "invoicing.errors.date" }).trim().refine(isIsoDate, "invoicing.errors.date"),
  ),
  /** How many invoices the treasurer saw and confirmed on the confirmation page. */
  confirmedCount: z.coerce
    .number({ required_error: "invoicing.run.confirmFirst", invalid_type_error: "invoicing.run.confirmFirst" })
    .int()
    .min(1, "invoicing.run.confirmFirst"),
});
