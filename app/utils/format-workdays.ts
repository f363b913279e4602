// A duration counted in the association's working days, then hours: a member's balance, a request's
// estimate, a visit's planned time. A duration within a day is format-durations.ts's.
import type { Locale } from "./i18n";

const NARROW_NBSP = "\u202f";

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
