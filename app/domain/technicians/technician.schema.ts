// Forms of the technicians pages: the technician's record with their weekly pattern, and absences.
import { z } from "zod";
import { requiredText, safeString } from "~/utils/forms/safe-string";
import { withinDateRange } from "~/domain/calendar/date-range";
import { compareIsoDates, isIsoDate } from "../calendar/local-date";

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export const absenceKinds = ["LEAVE", "SICKNESS", "TRAINING", "OTHER"] as const;
export const dayPortions = ["FULL_DAY", "MORNING", "AFTERNOON"] as const;

const isoDate = withinDateRange(
  safeString({ required_error: "errors.required" }).refine(isIsoDate, "technicians.errors.date"),
);
const weekdayList = z.array(z.number().int().min(1).max(7)).optional().default([]);

export const TechnicianSchema = z
  .object({
    displayName: requiredText({ message: "errors.required", max: 120, tooLong: "settings.errors.tooLong" }),
    phone: safeString().trim().max(30, "settings.errors.tooLong").optional().default(""),
    employmentPercent: z
      .number({ required_error: "errors.required", invalid_type_error: "settings.errors.integer" })
      .int("settings.errors.integer")
      .min(1, "technicians.errors.employment")
      .max(100, "technicians.errors.employment"),
    /** Empty: the association's zone. */
    holidayZone: z.enum(["METROPOLE", "ALSACE_MOSELLE"]).optional(),
    contractStart: isoDate,
    contractEnd: isoDate.optional(),
    userId: safeString().max(40).optional(),
    /** ISO weekdays (1 = Monday) worked in the morning, and in the afternoon. */
    morning: weekdayList,
    afternoon: weekdayList,
  })
  .refine((value) => !value.contractEnd || compareIsoDates(value.contractStart, value.contractEnd) <= 0, {
    path: ["contractEnd"],
    message: "technicians.errors.contractEnd",
  });

export type TechnicianInput = z.infer<typeof TechnicianSchema>;

export const NewTechnicianSchema = z.object({
  displayName: TechnicianSchema.innerType().shape.displayName,
  employmentPercent: TechnicianSchema.innerType().shape.employmentPercent,
  contractStart: isoDate,
});

export const AbsenceSchema = z
  .object({
    kind: z.enum(absenceKinds, { errorMap: () => ({ message: "settings.errors.choice" }) }),
    startDate: isoDate,
    endDate: isoDate,
    portion: z
      .enum(dayPortions, { errorMap: () => ({ message: "settings.errors.choice" }) })
      .optional()
      .default("FULL_DAY"),
    note: safeString().trim().max(200, "settings.errors.tooLong").optional().default(""),
  })
  .refine(
    (value) =>
      !isIsoDate(value.startDate) || !isIsoDate(value.endDate) || compareIsoDates(value.startDate, value.endDate) <= 0,
    {
      path: ["endDate"],
      message: "technicians.errors.absenceEnd",
    },
  )
  // A half-day only makes sense for a single day: "the morning of 3 to 5 March" is ambiguous.
  .refine((value) => value.portion === "FULL_DAY" || value.startDate === value.endDate, {
    path: ["portion"],
    message: "technicians.errors.portion",
  });

export type AbsenceInput = z.infer<typeof AbsenceSchema>;
