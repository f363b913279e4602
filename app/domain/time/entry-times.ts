// Turns what the technician typed (a local date with start and end times, or a duration) into
// the instants and minutes stored on a time entry. Local times are in the association's zone,
// so an entry across a daylight-saving change counts the minutes really worked.
import { isIsoDate, type IsoDate } from "../calendar/local-date";
import { entryDurationError, minutesBetween } from "./durations";
import { zonedLocalTimeToInstant } from "../calendar/zoned-time";

export type EntryTimesInput =
  | { date: IsoDate; mode: "times"; startTime: string; endTime: string }
  | { date: IsoDate; mode: "duration"; durationMinutes: number };

export type EntryTimesError = "INVALID_DATE" | "INVALID_TIME" | "END_BEFORE_START" | "EMPTY" | "TOO_LONG";

export type EntryTimes = { startedAt: Date | null; endedAt: Date | null; localDate: IsoDate; rawMinutes: number };

export type EntryTimesResult = { ok: true; value: EntryTimes } | { ok: false; error: EntryTimesError };

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Start and end on the same local date (a night across midnight is two entries). At the spring
 * change 01:30 → 03:30 is 60 minutes; at the autumn change it is 180.
 */
export function resolveEntryTimes(input: EntryTimesInput, timeZone: string): EntryTimesResult {
  if (!isIsoDate(input.date)) return { ok: false, error: "INVALID_DATE" };
  if (input.mode === "duration") {
    const error = entryDurationError(input.durationMinutes);
    if (error === "TOO_LONG") return { ok: false, error };
    if (error) return { ok: false, error: "INVALID_TIME" };
    if (input.durationMinutes === 0) return { ok: false, error: "EMPTY" };
    return {
      ok: true,
      value: { startedAt: null, endedAt: null, localDate: input.date, rawMinutes: input.durationMinutes },
    };
  }
  if (!LOCAL_TIME.test(input.startTime) || !LOCAL_TIME.test(input.endTime)) return { ok: false, error: "INVALID_TIME" };
  const startedAt = zonedLocalTimeToInstant(input.date, input.startTime, timeZone);
  const endedAt = zonedLocalTimeToInstant(input.date, input.endTime, timeZone);
  if (endedAt.getTime() <= startedAt.getTime())
    return { ok: false, error: input.startTime === input.endTime ? "EMPTY" : "END_BEFORE_START" };
  const rawMinutes = minutesBetween(startedAt, endedAt);
  if (entryDurationError(rawMinutes)) return { ok: false, error: "TOO_LONG" };
  return { ok: true, value: { startedAt, endedAt, localDate: input.date, rawMinutes } };
}
