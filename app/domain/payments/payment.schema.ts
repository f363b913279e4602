// The treasurer's forms: recording a payment received (transfer, cheque, bank direct debit) and
// deleting a mistaken one. Amounts are typed in euros and parsed as text into integer cents.
import { z } from "zod";
import { requiredText, safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "~/domain/calendar/local-date";
import { eurosField, optionalEurosField } from "~/domain/settings/euro-amount.schema";

export const MANUAL_METHODS = ["BANK_TRANSFER", "CHEQUE", "DIRECT_DEBIT"] as const;

const AllocationSchema = z.object({
  invoiceId: safeString().min(1),
  /** Blank: nothing typed for this invoice. */
  amount: optionalEurosField("payments.errors.allocation"),
});

export const ManualPaymentSchema = z.object({
  memberId: safeString({ required_error: "payments.errors.member" }).min(1, "payments.errors.member"),
  method: z.enum(MANUAL_METHODS, {
    required_error: "payments.errors.method",
    invalid_type_error: "payments.errors.method",
    message: "payments.errors.method",
  }),
  receivedOn: withinDateRange(
    safeString({ required_error: "payments.errors.date" }).trim().refine(isIsoDate, "payments.errors.date"),
  ),
  amount: eurosField("payments.errors.amount").refine((cents) => cents > 0, "payments.errors.amountZero"),
  reference: safeString().trim().max(140, "payments.errors.tooLong").optional().default(""),
  allocations: z.array(AllocationSchema).max(500).optional().default([]),
});

export type ManualPaymentInput = z.infer<typeof ManualPaymentSchema>;

export const DeletePaymentSchema = z.object({
  reason: requiredText({ message: "payments.errors.reason", min: 3, max: 500, tooLong: "payments.errors.tooLong" }),
});

export const DepositChequeSchema = z.object({
  depositedOn: z.string({ required_error: "payments.errors.date" }).trim().refine(isIsoDate, "payments.errors.date"),
});
