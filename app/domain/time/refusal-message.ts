// The sentence shown for a refused time entry or timer action, in the user's language, with
// instants written as local times of the association's zone.
import { formatLocalTime } from "~/utils/format";
import { translate, type Locale } from "~/utils/i18n";
import type { TimeEntryRefusal } from "./time-entry-refusal";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function refusalMessage(refusal: TimeEntryRefusal, locale: Locale, timeZone: string): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(refusal.values)) {
    values[name] = INSTANT.test(value) ? formatLocalTime(new Date(value), locale, timeZone) : value;
  }
  return translate(locale, `time.refusal.${refusal.code}`, values);
}
