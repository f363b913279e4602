import { intlLocaleOf } from "~/utils/i18n";
import { dateFormatOf } from "~/utils/format-instants";
/** "12 janv. 2026": date-only values arrive as ISO strings (or Dates) at UTC midnight. */
export function shortDate(value: string | Date, locale: "fr" | "en") {
  return dateFormatOf(intlLocaleOf(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value));
}
