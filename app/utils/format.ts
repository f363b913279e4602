import type { Locale } from "./i18n";

const NARROW_NBSP = "\u202f";
// Money uses a plain no-break space: the invoice PDF's font has that glyph, and UI and documents share this formatter.
const NBSP = "\u00a0";

/** 123456 → "1 234,56 €" (fr) or "€1,234.56" (en), from integer cents without floating point. */
export function formatCents(cents: number, locale: Locale = "fr") {
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100);
  const rest = String(absolute % 100).padStart(2, "0");
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "fr" ? NBSP : ",");
  const sign = negative ? "−" : "";
  return locale === "fr" ? `${sign}${grouped},${rest}${NBSP}€` : `${sign}€${grouped}.${rest}`;
}

/** 1890 min with 420-min days → "4 j 4 h 30" ; shows how much of the technician's time that is. */
export function formatDuration(minutes: number, minutesPerDay = 420, locale: Locale = "fr") {
  const sign = minutes < 0 ? "−" : "";
  let rest = Math.abs(minutes);
  const days = Math.trunc(rest / minutesPerDay);
  rest -= days * minutesPerDay;
  const hours = Math.trunc(rest / 60);
  const mins = rest % 60;
  const dayUnit = locale === "fr" ? "j" : "d";
  const parts: string[] = [];
  if (days) parts.push(`${days}${NARROW_NBSP}${dayUnit}`);
  // Under an hour reads in minutes: "−30 min", never "−0 h 30".
  if (hours) parts.push(`${hours}${NARROW_NBSP}h${mins ? ` ${String(mins).padStart(2, "0")}` : ""}`);
  else if (mins) parts.push(`${mins}${NARROW_NBSP}min`);
  return sign + (parts.join(" ") || `0${NARROW_NBSP}h`);
}

/** 45 → "45 min", 90 → "1 h 30", 180 → "3 h": a duration within a day, as the phone, reports and invoice lines read it. */
export function formatMinutes(minutes: number) {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, "0")}` : ""}`;
}

/** Half-shares are stored as integers: 3 → "1,5". */
export function formatShareHalves(halves: number, locale: Locale = "fr") {
  const whole = Math.trunc(halves / 2);
  return halves % 2 === 0 ? String(whole) : `${whole}${locale === "fr" ? "," : "."}5`;
}

// Building an Intl.DateTimeFormat costs far more than using one: under load, pages listing dates
// spent 3 % of the server's time building them (ADR 019). One per style, language and zone.
/** The Intl locale of the interface language: dates and numbers read as in France, or in British English. */
export function intlLocaleOf(locale: Locale): "fr-FR" | "en-GB" {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

const intlFormats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The Intl.DateTimeFormat of a language and options, built once and kept (see the cost above). */
export function dateFormatOf(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d ${intlLocale} ${JSON.stringify(options)}`;
  let format = intlFormats.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) intlFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale, options)));
  return format;
}

/** The Intl.NumberFormat of a language and options, built once and kept. */
export function numberFormatOf(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n ${intlLocale} ${JSON.stringify(options)}`;
  let format = intlFormats.get(key) as Intl.NumberFormat | undefined;
  if (!format) intlFormats.set(key, (format = new Intl.NumberFormat(intlLocale, options)));
  return format;
}

/** A chart axis's whole euros, written the reader's way: "1 000 €" in French, "€1,000" in English. */
export function formatWholeEuros(euros: number, locale: Locale) {
  return numberFormatOf(intlLocaleOf(locale), { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(
    euros,
  );
}

export function formatLocalDate(date: Date, locale: Locale = "fr", timeZone = "UTC") {
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "full", timeZone }).format(date);
}

/** "Lundi 23 novembre 2026": a day as a heading; only the first letter is raised, never the month's. */
export function formatDayHeading(isoDate: string, locale: Locale = "fr") {
  const text = formatLocalDate(new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`), locale, "UTC");
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
  }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`));
}

/** "24/11/2026" from "2026-11-24" (or an ISO instant's date part); "—" when there is none. A calendar date: no zone shift. */
export function formatCalendarDate(isoDate: string | null | undefined, locale: Locale = "fr") {
  if (!isoDate) return "—";
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "short", timeZone: "UTC" }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`),
  );
}

export function formatLocalTime(instant: Date, locale: Locale = "fr", timeZone = "Europe/Paris") {
  return dateFormatOf(intlLocaleOf(locale), { timeStyle: "short", timeZone }).format(instant);
}
