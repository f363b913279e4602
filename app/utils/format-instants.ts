// An instant (a Date) as the day and the time it is in a time zone: when an intervention starts,
// when a timer was stopped. A calendar date without a time is format-calendar-dates.ts's.
import { intlLocaleOf, type Locale } from "./i18n";

// Building an Intl.DateTimeFormat costs far more than using one: under load, pages listing dates
// spent 3 % of the server's time building them (ADR 019). One per style, language and zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The Intl.DateTimeFormat of a language and options, built once and kept (see the cost above). */
export function dateFormatOf(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale, options)));
  return format;
}

/** The instant's day in the zone, written in full: "lundi 23 novembre 2026". */
export function formatLocalDate(date: Date, locale: Locale = "fr", timeZone = "UTC") {
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "full", timeZone }).format(date);
}

/** "09:30": the instant's time of day in the zone, the association's by default. */
export function formatLocalTime(instant: Date, locale: Locale = "fr", timeZone = "Europe/Paris") {
  return dateFormatOf(intlLocaleOf(locale), { timeStyle: "short", timeZone }).format(instant);
}
