// Builders for the scheduling and time tests: a technician's working day and week as the demo's
// (Monday to Wednesday, 08:30–12:00 and 13:30–17:00, in Paris), changed only where a test says so.
import type { AbsenceItem, TechnicianSchedule } from "~/domain/scheduling/conflicts";
import type { PatternDay } from "~/domain/scheduling/work-pattern";

/** A full working day (morning and afternoon) on this weekday (1 = Monday). */
export function workingDay(weekday: number, overrides: Partial<PatternDay> = {}): PatternDay {
  return {
    weekday,
    morning: true,
    afternoon: true,
    morningStart: 510,
    morningEnd: 720,
    afternoonStart: 810,
    afternoonEnd: 1020,
    ...overrides,
  };
}

/** The demo technician's week: full days Monday to Wednesday, nothing booked, no absence. */
export function technicianSchedule(overrides: Partial<TechnicianSchedule> = {}): TechnicianSchedule {
  return {
    timeZone: "Europe/Paris",
    holidayZone: "METROPOLE",
    pattern: [1, 2, 3].map((weekday) => workingDay(weekday)),
    absences: [],
    busy: [],
    ...overrides,
  };
}

/** A leave on the given days (both included), for the whole day unless a half is named. */
export function leave(
  startDate: string,
  endDate = startDate,
  portion: AbsenceItem["portion"] = "FULL_DAY",
  id = "a",
): AbsenceItem {
  return { id, kind: "LEAVE", startDate, endDate, portion };
}
