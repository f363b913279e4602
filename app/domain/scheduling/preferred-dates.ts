// A member's preferred dates must make sense: not in the past, and on a day a technician works
// (weekly pattern, no public holiday, no full-day absence). A refused date comes with the next
// working days, so the message can offer them. Pure: schedules are loaded by the caller.
import { addDays, compareIsoDates, type IsoDate } from "../calendar/local-date";
import { holidayName } from "../calendar/holidays";
import { absenceRangeOn, type TechnicianSchedule } from "./conflicts";
import { workingDayOf } from "./work-pattern";

export type PreferredDateRefusal = { date: IsoDate; reason: "past" | "not-working"; nextWorkingDays: IsoDate[] };

/** Someone works that day: in their pattern, not a holiday, not absent all day. */
export function isWorkingDate(
  schedule: Pick<TechnicianSchedule, "pattern" | "holidayZone" | "absences">,
  date: IsoDate,
): boolean {
  const day = workingDayOf(date, schedule.pattern);
  if (!day || holidayName(date, schedule.holidayZone)) return false;
  return !schedule.absences.some((absence) => {
    const range = absenceRangeOn(absence, date, day);
    return range !== null && range.start <= 0 && range.end >= 1440;
  });
}

/** The first `count` dates from `from` (included) on which one of the technicians works. */
export function nextWorkingDays(
  schedules: readonly Pick<TechnicianSchedule, "pattern" | "holidayZone" | "absences">[],
  from: IsoDate,
  count = 3,
  horizonDays = 60,
): IsoDate[] {
  const days: IsoDate[] = [];
  for (let offset = 0; offset < horizonDays && days.length < count; offset++) {
    const date = addDays(from, offset);
    if (schedules.some((schedule) => isWorkingDate(schedule, date))) days.push(date);
  }
  return days;
}

/** The first preferred date that does not make sense, or null when all do. */
export function preferredDateRefusal(
  dates: readonly IsoDate[],
  today: IsoDate,
  schedules: readonly Pick<TechnicianSchedule, "pattern" | "holidayZone" | "absences">[],
): PreferredDateRefusal | null {
  for (const date of dates) {
    if (compareIsoDates(date, today) < 0)
      return { date, reason: "past", nextWorkingDays: nextWorkingDays(schedules, today) };
    if (!schedules.some((schedule) => isWorkingDate(schedule, date)))
      return { date, reason: "not-working", nextWorkingDays: nextWorkingDays(schedules, date) };
  }
  return null;
}
