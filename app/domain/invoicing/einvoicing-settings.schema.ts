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

const httpUrl = z
  .string()
  .trim()
  .max(300, "einvoicing.settings.errors.url")
  .optional()
  .transform((value) => value ?? "")
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/.test(value), "einvoicing.settings.errors.url");

/** A client id or account login: trimmed, empty when left out. */
const identifier = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value ?? "");

/** Never shown back, so the field comes empty: empty keeps the stored secret. */
const writeOnlySecret = z
  .string()
  .max(500)
  .optional()
  .transform((value) => value ?? "");

/** The PA connection: base URL of its Flow service, OAuth2 token URL, client id and (write-only) secret. */
export const PaConnectionSchema = z
  .object({
    paBaseUrl: httpUrl,
    paTokenUrl: httpUrl,
    paDirectoryUrl: httpUrl,
    paClientId: identifier,
    paClientSecret: writeOnlySecret,
  })
  .refine((value) => value.paBaseUrl === "" || value.paClientId !== "", {
    path: ["paClientId"],
    message: "einvoicing.settings.errors.clientId",
  });

export type PaConnectionInput = z.infer<typeof PaConnectionSchema>;

/** Chorus Pro through PISTE: API base URL, OAuth2 token URL and client, and the technical account. */
export const ChorusConnectionSchema = z
  .object({
    chorusBaseUrl: httpUrl,
    chorusTokenUrl: httpUrl,
    chorusClientId: identifier,
    chorusClientSecret: writeOnlySecret,
    chorusAccountLogin: identifier,
    chorusAccountPassword: writeOnlySecret,
  })
  .refine((value) => value.chorusBaseUrl === "" || value.chorusClientId !== "", {
    path: ["chorusClientId"],
    message: "einvoicing.settings.errors.clientId",
  })
  .refine((value) => value.chorusBaseUrl === "" || value.chorusAccountLogin !== "", {
    path: ["chorusAccountLogin"],
    message: "einvoicing.settings.errors.chorusLogin",
  });

export type ChorusConnectionInput = z.infer<typeof ChorusConnectionSchema>;
