// The credit note form: cancel the whole invoice, or credit chosen quantities of its lines.
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { parseQuantityThousandths } from "./quantity-text";

const creditQuantity = safeString()
  .optional()
  .transform((text, context) => {
    const trimmed = (text ?? "").trim();
    if (trimmed === "" || /^0+([,.]0*)?$/.test(trimmed)) return 0;
    const thousandths = parseQuantityThousandths(trimmed);
    if (thousandths !== null) return thousandths;
    context.addIssue({ code: "custom", message: "invoicing.errors.creditQuantity" });
    return z.NEVER;
  });

export const CreditNoteSchema = z.object({
  mode: z.enum(["full", "partial"], { required_error: "errors.required", invalid_type_error: "errors.required" }),
  reason: safeString().trim().max(500, "invoicing.errors.tooLong").optional().default(""),
  /** Per line of the original invoice, in its order: the quantity to credit (0 = not credited). */
  quantities: z.array(creditQuantity).optional().default([]),
});

export type CreditNoteInput = z.infer<typeof CreditNoteSchema>;
