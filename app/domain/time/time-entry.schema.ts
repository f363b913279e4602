// The time entry form, shared by the browser (offline queue) and the server (form posts and the
// sync endpoint both parse with it, so a queued entry is checked exactly like a typed one).
import { z } from "zod";
import { TIME_ENTRY_KINDS } from "./accounted-minutes";
import { safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { isIsoDate } from "~/domain/calendar/local-date";

const optionalText = safeString().trim().optional();

export const TimeEntrySchema = z
  .object({
    clientId: safeString({ required_error: "errors.required" }).uuid("time.errors.clientId"),
    date: withinDateRange(
      safeString({ required_error: "errors.required" })
        .regex(/^\d{4}-\d{2}-\d{2}$/, "time.errors.date")
        .refine(isIsoDate, "time.errors.date"),
    ),
    mode: z.enum(["times", "duration"]).default("times"),
    startTime: optionalText,
    endTime: optionalText,
    durationHours: z.number().int().min(0, "time.errors.duration").max(12, "time.errors.tooLong").optional(),
    durationMinutes: z.number().int().min(0, "time.errors.duration").max(59, "time.errors.duration").optional(),
    kind: z.enum(TIME_ENTRY_KINDS, { required_error: "errors.required", invalid_type_error: "errors.required" }),
    interventionId: optionalText,
    memberId: optionalText,
    notes: safeString().trim().max(2000, "time.errors.notesTooLong").optional().default(""),
  })
  .superRefine((value, context) => {
    if (value.mode === "times") {
      if (!value.startTime) context.addIssue({ code: "custom", path: ["startTime"], message: "errors.required" });
      if (!value.endTime) context.addIssue({ code: "custom", path: ["endTime"], message: "errors.required" });
    } else if (!value.durationHours && !value.durationMinutes) {
      context.addIssue({ code: "custom", path: ["durationMinutes"], message: "time.errors.duration" });
    }
    if ((value.kind === "ON_SITE" || value.kind === "TRAVEL") && !value.interventionId) {
      context.addIssue({ code: "custom", path: ["interventionId"], message: "time.errors.interventionRequired" });
    }
    if (value.kind === "REMOTE" && !value.interventionId && !value.memberId) {
      context.addIssue({ code: "custom", path: ["memberId"], message: "time.errors.memberRequired" });
    }
  });

export type TimeEntryInput = z.infer<typeof TimeEntrySchema>;

/** The raw minutes of a duration typed as hours and minutes. */
export function durationOf(input: Pick<TimeEntryInput, "durationHours" | "durationMinutes">) {
  return (input.durationHours ?? 0) * 60 + (input.durationMinutes ?? 0);
}
