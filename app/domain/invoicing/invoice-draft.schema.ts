// The draft invoice form (one-off invoices with free lines), shared by the browser and the action.
// Quantities ("1,5") and prices ("120,50") are parsed as text into integers: no float on the way.
// Rows left entirely blank are ignored, so the form can offer spare rows without JavaScript.
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "~/domain/calendar/local-date";
import { eurosField } from "~/domain/settings/euro-amount.schema";
import { parseQuantityThousandths } from "./quantity-text";

/** VAT rates offered under the standard regime, in basis points: 20 %, 10 %, 5,5 %, 2,1 %. */
export const STANDARD_VAT_RATES = [2000, 1000, 550, 210] as const;

export const MAX_DRAFT_LINES = 200;

const optionalDate = withinDateRange(
  safeString()
    .trim()
    .optional()
    .refine((value) => value === undefined || isIsoDate(value), "invoicing.errors.date"),
);

const LineSchema = z.object({
  description: safeString({ required_error: "invoicing.errors.description" })
    .trim()
    .min(1, "invoicing.errors.description")
    .max(1000, "invoicing.errors.tooLong"),
  quantity: safeString({ required_error: "invoicing.errors.quantity" }).transform((text, context) => {
    const thousandths = parseQuantityThousandths(text);
    if (thousandths !== null) return thousandths;
    context.addIssue({ code: "custom", message: "invoicing.errors.quantity" });
    return z.NEVER;
  }),
  unitPrice: eurosField("invoicing.errors.unitPrice"),
  /** Only read under the standard VAT regime; the exempt regimes always bill at 0. */
  vatRate: z.coerce
    .number()
    .optional()
    .refine(
      (value) => value === undefined || (STANDARD_VAT_RATES as readonly number[]).includes(value),
      "invoicing.errors.vatRate",
    ),
});

function isBlankRow(row: unknown): boolean {
  if (row === undefined || row === null) return true;
  if (typeof row !== "object") return false;
  // The VAT select always posts a value: a row is blank when its typed fields are.
  const { description, quantity, unitPrice } = row as Record<string, unknown>;
  return [description, quantity, unitPrice].every(
    (value) => value === undefined || (typeof value === "string" && value.trim() === ""),
  );
}

export const DraftInvoiceSchema = z
  .object({
    memberId: safeString({ required_error: "invoicing.errors.member" }).min(1, "invoicing.errors.member"),
    serviceStart: optionalDate,
    serviceEnd: optionalDate,
    notes: safeString().trim().max(2000, "invoicing.errors.tooLong").optional().default(""),
    lines: z.preprocess(
      (rows) => (Array.isArray(rows) ? rows.filter((row) => !isBlankRow(row)) : []),
      z.array(LineSchema).min(1, "invoicing.errors.noLines").max(MAX_DRAFT_LINES, "invoicing.errors.tooManyLines"),
    ),
  })
  .refine((value) => !value.serviceStart || !value.serviceEnd || value.serviceStart <= value.serviceEnd, {
    message: "invoicing.errors.serviceOrder",
    path: ["serviceEnd"],
  });

export type DraftInvoiceInput = z.infer<typeof DraftInvoiceSchema>;
