import { TZDate } from "@date-fns/tz";
import { formatIsoDate, parseIsoDate, type IsoDate } from "./local-date";
import { parseInstant } from "./instant";

/** The local calendar date of an instant in an IANA zone (e.g. "Europe/Paris"). */
export function localDateOf(instant: string | Date, timeZone: string): IsoDate {
  const zoned = zonedDate(instant, timeZone);
  return formatIsoDate({ year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() });
}

/** Minutes after local midnight of an instant in the zone (wall clock, 0–1439). */
export function localMinutesOfDay(instant: string | Date, timeZone: string): number {
  const zoned = zonedDate(instant, timeZone);
  return zoned.getHours() * 60 + zoned.getMinutes();
}

/**
 * The instant of a local wall-clock time ("HH:mm") on a local date in the zone.
 *
 * At DST changes (as @date-fns/tz resolves them): a time that does not exist, in the
 * spring gap (02:30 in Paris on the last Sunday of March), moves forward by the gap
 * (03:30 summer time); a time that happens twice in autumn (02:30 on the last Sunday
 * of October) is the second one, in winter time.
 */
export function zonedLocalTimeToInstant(date: IsoDate, time: string, timeZone: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59))
    throw new RangeError(`Not a local time (HH:mm): "${time}"`);
  const { year, month, day } = parseIsoDate(date);
  const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime();
  if (Number.isNaN(instant)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return new Date(instant);
}

// TZDate turns an unknown zone into an invalid date instead of throwing.
function zonedDate(instant: string | Date, timeZone: string): TZDate {
  const zoned = new TZDate(parseInstant(instant), timeZone);
  if (Number.isNaN(zoned.getTime()) || Number.isNaN(zoned.getFullYear()))
    throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zoned;
}
