// An instant (a Date) as the day and the time it is in a time zone: when an intervention starts,
// when a timer was stopped. A calendar date without a time is format-calendar-dates.ts's.
import { formatterCache, intlLocaleOf, type Locale } from "./i18n";

/** The Intl.DateTimeFormat of a language and options, built once and kept (one per style, language and zone). */
export const dateFormatOf = formatterCache(
  (intlLocale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale, options),
);

/** The instant's day in the zone, written in full: "lundi 23 novembre 2026". */
export function formatLocalDate(date: Date, locale: Locale = "fr", timeZone = "UTC") {
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "full", timeZone }).format(date);
}

/** "09:30": the instant's time of day in the zone, the association's by default. */
export function formatLocalTime(instant: Date, locale: Locale = "fr", timeZone = "Europe/Paris") {
  return dateFormatOf(intlLocaleOf(locale), { timeStyle: "short", timeZone }).format(instant);
}
