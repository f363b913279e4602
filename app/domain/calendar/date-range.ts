// The dates a form accepts. Year 0000 crashed date arithmetic (a 500) and year 9999 was stored
// as a payment date and allocated. 2000–2099 covers any history an association imports and any
// plan it makes, and keeps every date four digits wide for PDFs, FEC and iCal.
import type { z } from "zod";

export const EARLIEST_FORM_DATE = "2000-01-01";
export const LATEST_FORM_DATE = "2099-12-31";

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** False only for a well-formed YYYY-MM-DD outside the range (other checks judge the format). */
export function isWithinFormDateRange(value: unknown): boolean {
  if (typeof value !== "string" || !ISO_DATE_SHAPE.test(value)) return true;
  return value >= EARLIEST_FORM_DATE && value <= LATEST_FORM_DATE;
}

/** Adds the range check, with its own clear message, to any date field. */
export function withinDateRange<Schema extends z.ZodTypeAny>(schema: Schema) {
  return schema.refine(isWithinFormDateRange, { message: "errors.dateRange" }) as z.ZodEffects<
    Schema,
    z.output<Schema>,
    z.input<Schema>
  >;
}
