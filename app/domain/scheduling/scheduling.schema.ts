// Form schemas of requests and planning, shared by the forms and the actions. Error messages
// are message keys (app/utils/messages/scheduling.ts).
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "../calendar/local-date";
import { timeToMinutes } from "./work-pattern";

export const urgencies = ["NORMAL", "URGENT", "BLOCKING"] as const;
export const workModes = ["ON_SITE", "REMOTE"] as const;
export const slotChoices = ["MORNING", "AFTERNOON", "FULL_DAY", "CUSTOM"] as const;
/** Durations offered to members, in minutes (a half-day is 210 with 420-minute days). */
export const expectedDurations = [30, 60, 90, 120, 180, 210, 300, 420, 840] as const;

const required = (max: number) =>
  safeString({ required_error: "errors.required" }).trim().min(1, "errors.required").max(max, "errors.tooLong");
const optionalText = (max: number) => safeString().trim().max(max, "errors.tooLong").optional().default("");
const isoDate = withinDateRange(
  safeString({ required_error: "errors.required" }).trim().refine(isIsoDate, "scheduling.errors.date"),
);
const time = safeString()
  .trim()
  .optional()
  .default("")
  .refine((value) => value === "" || timeToMinutes(value) !== null, "scheduling.errors.time");

const preferredDate = withinDateRange(
  safeString()
    .trim()
    .optional()
    .default("")
    .refine((value) => value === "" || isIsoDate(value), "scheduling.errors.date"),
);
const preferredPortion = z.enum(["", "MORNING", "AFTERNOON", "FULL_DAY"]).optional().default("");

export const RequestSchema = z.object({
  subject: required(200),
  details: optionalText(5000),
  urgency: z
    .enum(urgencies, { required_error: "errors.required", invalid_type_error: "errors.required" })
    .default("NORMAL"),
  mode: z
    .enum(workModes, { required_error: "errors.required", invalid_type_error: "errors.required" })
    .default("ON_SITE"),
  siteAddress: optionalText(300),
  expectedMinutes: z.coerce
    .number({ required_error: "errors.required", invalid_type_error: "errors.required" })
    .int("scheduling.errors.duration")
    .min(15, "scheduling.errors.duration")
    .max(4200, "scheduling.errors.duration"),
  preferredDate1: preferredDate,
  preferredPortion1: preferredPortion,
  preferredDate2: preferredDate,
  preferredPortion2: preferredPortion,
  preferredDate3: preferredDate,
  preferredPortion3: preferredPortion,
  // "technicianId|startsAt" of a free slot offered by the finder, or empty (member-slots.server.ts).
  chosenSlot: z.string().trim().max(200).optional().default(""),
});
export type RequestInput = z.infer<typeof RequestSchema>;

export interface PreferredSlot {
  date: string;
  /** ANY: the member answered "Indifférent" (any time that day), not a full day. */
  portion: "MORNING" | "AFTERNOON" | "FULL_DAY" | "ANY";
}

/** The filled date + half-day pairs of the form, in order. */
export function preferredSlotsOf(input: RequestInput): PreferredSlot[] {
  return ([1, 2, 3] as const)
    .map((index) => ({
      date: input[`preferredDate${index}`],
      portion: (input[`preferredPortion${index}`] || "ANY") as PreferredSlot["portion"],
    }))
    .filter((slot) => slot.date !== "");
}

const slotFields = {
  technicianId: required(100),
  date: isoDate,
  slot: z.enum(slotChoices, { required_error: "errors.required", invalid_type_error: "errors.required" }),
  startTime: time,
  endTime: time,
};

function customTimesRequired(value: { slot: string; startTime: string; endTime: string }, context: z.RefinementCtx) {
  if (value.slot !== "CUSTOM") return;
  const start = timeToMinutes(value.startTime);
  const end = timeToMinutes(value.endTime);
  if (start === null) context.addIssue({ code: "custom", path: ["startTime"], message: "scheduling.errors.time" });
  if (end === null) context.addIssue({ code: "custom", path: ["endTime"], message: "scheduling.errors.time" });
  if (start !== null && end !== null && end <= start)
    context.addIssue({ code: "custom", path: ["endTime"], message: "scheduling.errors.endBeforeStart" });
}

export const SlotSchema = z.object(slotFields).superRefine(customTimesRequired);
export type SlotInput = z.infer<typeof SlotSchema>;

export const MoveSchema = z.object({ ...slotFields, reason: required(500) }).superRefine(customTimesRequired);
export type MoveInput = z.infer<typeof MoveSchema>;

export const CancelSchema = z.object({
  reason: required(500),
  waiveLateCancellation: z.boolean().optional().default(false),
});
export type CancelInput = z.infer<typeof CancelSchema>;

export const MemberCancelSchema = z.object({
  reason: optionalText(500),
  confirmLate: z.boolean().optional().default(false),
});
export type MemberCancelInput = z.infer<typeof MemberCancelSchema>;

export const DirectInterventionSchema = z
  .object({
    ...slotFields,
    title: required(200),
    notes: optionalText(5000),
    memberId: safeString().trim().optional().default(""),
    mode: z.enum(workModes).default("ON_SITE"),
    siteAddress: optionalText(300),
    recurrence: safeString().trim().max(200, "errors.tooLong").optional().default(""),
    untilDate: withinDateRange(
      safeString()
        .trim()
        .optional()
        .default("")
        .refine((value) => value === "" || isIsoDate(value), "scheduling.errors.date"),
    ),
  })
  .superRefine(customTimesRequired)
  .superRefine((value, context) => {
    if (value.recurrence && !value.untilDate && !/COUNT=/i.test(value.recurrence)) {
      context.addIssue({ code: "custom", path: ["untilDate"], message: "scheduling.errors.untilRequired" });
    }
  });
export type DirectInterventionInput = z.infer<typeof DirectInterventionSchema>;
