// The subscription form, shared by the browser (early feedback) and the action.
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "~/domain/calendar/local-date";
import { optionalEurosField } from "~/domain/settings/euro-amount.schema";
import { parseShareHalves } from "./form-numbers";

export const billingSchedules = ["ANNUAL", "QUARTERLY", "MONTHLY"] as const;

const optionalDate = withinDateRange(
  safeString()
    .trim()
    .optional()
    .refine((value) => value === undefined || isIsoDate(value), "subscriptions.errors.date"),
);

const fields = {
  shares: safeString({ required_error: "errors.required" }).transform((text, context) => {
    const parsed = parseShareHalves(text);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }),
  /** Empty: the default price (shares × share price, pro rata when joining mid-period). */
  price: optionalEurosField("subscriptions.errors.priceFormat"),
  billingSchedule: z
    .enum(billingSchedules, { required_error: "errors.required", invalid_type_error: "errors.required" })
    .default("ANNUAL"),
  startDate: optionalDate,
  endDate: optionalDate,
  capacityOverride: z.boolean().optional().default(false),
  overrideNote: safeString().trim().max(500, "members.errors.tooLong").optional().default(""),
};

export const NewSubscriptionSchema = z.object({
  memberId: safeString({ required_error: "subscriptions.errors.memberRequired" }).min(
    1,
    "subscriptions.errors.memberRequired",
  ),
  periodId: safeString({ required_error: "subscriptions.errors.periodRequired" }).min(
    1,
    "subscriptions.errors.periodRequired",
  ),
  ...fields,
});

/** Member and period are fixed once created: the ledger movements are filed under them. */
export const EditSubscriptionSchema = z.object(fields);

export type NewSubscriptionInput = z.infer<typeof NewSubscriptionSchema>;
export type EditSubscriptionInput = z.infer<typeof EditSubscriptionSchema>;

export const RenewalSchema = z.object({
  from: safeString({ required_error: "subscriptions.errors.periodRequired" }).min(
    1,
    "subscriptions.errors.periodRequired",
  ),
  to: safeString({ required_error: "subscriptions.errors.periodRequired" }).min(
    1,
    "subscriptions.errors.periodRequired",
  ),
  capacityOverride: z.boolean().optional().default(false),
});
