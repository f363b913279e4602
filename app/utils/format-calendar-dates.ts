// A calendar date ("2026-11-24", or an ISO instant's date part) as people read it. Never shifted by
// a time zone: the date is read at midnight UTC and written in UTC.
import { dateFormatOf, formatLocalDate } from "./format-instants";
import { intlLocaleOf, type Locale } from "./i18n";

function midnightUtcOf(isoDate: string) {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`);
}

/** "Lundi 23 novembre 2026": a day as a heading; only the first letter is raised, never the month's. */
export function formatDayHeading(isoDate: string, locale: Locale = "fr") {
  const text = formatLocalDate(midnightUtcOf(isoDate), locale, "UTC");
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "mar. 1 déc. 2026" from "2026-12-01": a date in a list or a choice, as people write it. */
export function formatShortDay(isoDate: string, locale: Locale = "fr") {
  return dateFormatOf(intlLocaleOf(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(midnightUtcOf(isoDate));
}

/** "24/11/2026" from "2026-11-24" (or an ISO instant's date part); "—" when there is none. */
export function formatCalendarDate(isoDate: string | null | undefined, locale: Locale = "fr") {
  if (!isoDate) return "—";
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "short", timeZone: "UTC" }).format(midnightUtcOf(isoDate));
}

/** "12 mars 2027" from "2027-03-12": a date in a sentence or a statement's column. */
export function formatLongCalendarDate(isoDate: string, locale: Locale = "fr") {
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "long", timeZone: "UTC" }).format(midnightUtcOf(isoDate));
}
