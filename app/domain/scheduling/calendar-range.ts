// The dates a planning view covers (pure, shared by the page and its loader).
import { addDays, daysInMonth, isoWeekday, parseIsoDate, type IsoDate } from "../calendar/local-date";

export const calendarViews = ["jour", "semaine", "mois"] as const;
export type CalendarViewName = (typeof calendarViews)[number];
export const ALL_TECHNICIANS = "tous";

export function rangeOf(
  view: CalendarViewName,
  date: IsoDate,
): { from: IsoDate; to: IsoDate; previous: IsoDate; next: IsoDate } {
  if (view === "jour") return { from: date, to: date, previous: addDays(date, -1), next: addDays(date, 1) };
  if (view === "semaine") {
    const monday = addDays(date, 1 - isoWeekday(date));
    return { from: monday, to: addDays(monday, 6), previous: addDays(monday, -7), next: addDays(monday, 7) };
  }
  const { year, month } = parseIsoDate(date);
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const last = addDays(first, daysInMonth(year, month) - 1);
  return { from: first, to: last, previous: addDays(first, -1).slice(0, 8) + "01", next: addDays(last, 1) };
}
