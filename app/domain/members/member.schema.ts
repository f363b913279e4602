// Form schemas for member organisations and their contacts, shared by the form (client-side
// validation) and the action. Error messages are message keys, translated by the form.
import { z } from "zod";
import { requiredText, safeString } from "~/utils/forms/safe-string";
import { isValidSiren, isValidSiret, normalizeCompanyNumber, sirenOfSiret } from "./siren";

export const memberStatuses = ["PROSPECT", "ACTIVE", "LEFT"] as const;
export type MemberStatusName = (typeof memberStatuses)[number];

// Empty inputs arrive as undefined (conform); they are stored as "". (A zod .default("") would
// run the "" through .email() and refuse an empty optional address.)
const text = (max: number) =>
  safeString()
    .trim()
    .max(max, "members.errors.tooLong")
    .optional()
    .transform((value) => value ?? "");
const memberName = requiredText({ message: "errors.required", max: 200, tooLong: "members.errors.tooLong" });
const optionalEmail = safeString()
  .trim()
  .toLowerCase()
  .email("errors.email")
  .max(254, "errors.email")
  .optional()
  .transform((value) => value ?? "");

export const MemberSchema = z
  .object({
    name: memberName,
    siren: safeString()
      .optional()
      .transform((value) => normalizeCompanyNumber(value ?? ""))
      .refine((value) => value === "" || isValidSiren(value), "members.errors.siren"),
    siret: safeString()
      .optional()
      .transform((value) => normalizeCompanyNumber(value ?? ""))
      .refine((value) => value === "" || isValidSiret(value), "members.errors.siret"),
    addressLine1: text(200),
    addressLine2: text(200),
    postalCode: text(20),
    city: text(100),
    billingEmail: optionalEmail,
    phone: text(40),
    isProfessional: z.boolean().optional().default(false),
    status: z
      .enum(memberStatuses, { required_error: "errors.required", invalid_type_error: "errors.required" })
      .default("ACTIVE"),
    notes: text(5000),
  })
  .superRefine((member, context) => {
    if (member.siren && member.siret && sirenOfSiret(member.siret) !== member.siren) {
      context.addIssue({ code: "custom", path: ["siret"], message: "members.errors.siretMismatch" });
    }
  })
  // A SIRET contains the SIREN: fill it in so invoices can print the SIREN.
  .transform((member) => ({ ...member, siren: member.siren || (member.siret ? sirenOfSiret(member.siret) : "") }));

export type MemberInput = z.infer<typeof MemberSchema>;

export const ContactSchema = z.object({
  name: memberName,
  email: optionalEmail,
  phone: text(40),
  jobTitle: text(100),
  receivesInvoices: z.boolean().optional().default(false),
});

export type ContactInput = z.infer<typeof ContactSchema>;

export const MemberFilterSchema = z.object({
  q: safeString().trim().max(200).optional().default(""),
  status: z.enum(memberStatuses).optional(),
});
