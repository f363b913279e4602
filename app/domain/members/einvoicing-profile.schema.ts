// Form schemas of a member's e-invoicing profile: the kind of buyer and its routing address, and the
// Chorus Pro references of a public member for one year. Messages are keys (members area catalogue).
import { z } from "zod";
import { BUYER_KINDS, ROUTING_ADDRESS_PATTERN, type BuyerKind } from "~/domain/invoicing/einvoicing-france";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "members.errors.tooLong")
    .optional()
    .transform((value) => value ?? "");

export const EInvoicingProfileSchema = z.object({
  buyerKind: z.enum(BUYER_KINDS as [BuyerKind, ...BuyerKind[]], {
    required_error: "errors.required",
    invalid_type_error: "errors.required",
  }),
  routingAddress: optionalText(125)
    .transform((value) => value.replace(/\s+/g, ""))
    .refine((value) => value === "" || ROUTING_ADDRESS_PATTERN.test(value), "members.einvoicing.errors.routingAddress"),
});

export type EInvoicingProfileInput = z.infer<typeof EInvoicingProfileSchema>;

/** Chorus Pro identifiers: letters, digits and - _ . / (service codes and engagement numbers as public buyers issue them). */
const chorusIdentifier = z
  .string({ required_error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(50, "members.errors.tooLong")
  .regex(/^[A-Za-z0-9._/-]+$/, "members.einvoicing.errors.chorusIdentifier");

export const PublicReferenceSchema = z.object({
  year: z.coerce
    .number({ invalid_type_error: "errors.required" })
    .int()
    .min(2020, "members.einvoicing.errors.year")
    .max(2100, "members.einvoicing.errors.year"),
  serviceCode: chorusIdentifier,
  engagementNumber: chorusIdentifier,
});

export type PublicReferenceInput = z.infer<typeof PublicReferenceSchema>;
