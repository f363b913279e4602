// The association's e-invoicing settings form: VAT on debits, and the scope override.
import { z } from "zod";
import { EINVOICING_SCOPE_SETTINGS, type EInvoicingScopeSetting } from "./einvoicing-scope";

export const EInvoicingSettingsSchema = z.object({
  vatOnDebits: z.boolean().optional().default(false),
  einvoicingScope: z.enum(EINVOICING_SCOPE_SETTINGS as [EInvoicingScopeSetting, ...EInvoicingScopeSetting[]], {
    errorMap: () => ({ message: "errors.required" }),
  }),
});

export type EInvoicingSettingsInput = z.infer<typeof EInvoicingSettingsSchema>;
