// The technician's working day, from their weekly pattern: how long it is (the week view compares
// logged time with it) and when it ends (a timer still running after that asks before saving).
import { addDays, isoWeekday, type IsoDate } from "../calendar/local-date";
import { minutesToTime, workingDayOf, type PatternDay } from "../scheduling/work-pattern";
import { MAX_ENTRY_MINUTES } from "./durations";
import { localDateOf, zonedLocalTimeToInstant } from "../calendar/zoned-time";

export type { PatternDay };

/** Minutes the pattern expects on that date (0 on a day off). */
export function expectedMinutesOn(pattern: readonly PatternDay[], date: IsoDate): number {
  const day = workingDayOf(date, pattern);
  if (!day) return 0;
  return (
    (day.morning ? Math.max(0, day.morningEnd - day.morningStart) : 0) +
    (day.afternoon ? Math.max(0, day.afternoonEnd - day.afternoonStart) : 0)
  );
}

/** Minutes after local midnight at which the working day ends, or null on a day off. */
export function workdayEndMinutes(pattern: readonly PatternDay[], date: IsoDate): number | null {
  const day = workingDayOf(date, pattern);
  if (!day) return null;
  if (day.afternoon) return day.afternoonEnd;
  if (day.morning) return day.morningEnd;
  return null;
}

/** "HH:mm" of a time of day, clamped inside the day (a zoned instant needs a real local time). */
export function minutesToLocalTime(minutes: number): string {
  return minutesToTime(Math.min(Math.max(minutes, 0), 23 * 60 + 59));
}

export type TimerStopProposal = {
  /** Where the timer would stop. */
  endAt: Date;
  /** Null: stop now, no question. Otherwise the technician confirms or corrects the end first. */
  confirm: null | "AFTER_WORKDAY" | "DAY_OFF" | "TOO_LONG";
};

/**
 * What stopping a timer at `now` should do. Within the working day it just stops. Past the
 * pattern's end (or on a day off), the timer was probably forgotten: propose the end of the day
 * (or now on a day off) and ask. Never more than 12 h after the start.
 */
export function timerStopProposal(
  startedAt: Date,
  now: Date,
  pattern: readonly PatternDay[],
  timeZone: string,
): TimerStopProposal {
  const cap = new Date(startedAt.getTime() + MAX_ENTRY_MINUTES * 60_000);
  const date = localDateOf(startedAt, timeZone);
  const endMinutes = workdayEndMinutes(pattern, date);
  const endOfDay = endMinutes === null ? null : zonedLocalTimeToInstant(date, minutesToLocalTime(endMinutes), timeZone);
  const tooLong = now.getTime() > cap.getTime();
  if (!tooLong && endOfDay && now.getTime() <= endOfDay.getTime()) return { endAt: now, confirm: null };
  let endAt = tooLong ? cap : now;
  if (endOfDay && endOfDay.getTime() > startedAt.getTime() && endOfDay.getTime() < endAt.getTime()) endAt = endOfDay;
  return { endAt, confirm: tooLong ? "TOO_LONG" : endOfDay ? "AFTER_WORKDAY" : "DAY_OFF" };
}

/** Monday of the ISO week containing the date (the week view starts there). */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}
