// The planning views: one technician's day, week or month, or every technician's for admins.
// Days are local dates of the association; times are shown in its zone.
import { eachDay, isIsoDate, isoWeekday, type IsoDate } from "../calendar/local-date";
import { holidayDatesBetween, holidayName, type HolidayZone } from "../calendar/holidays";
import { isoOf } from "~/domain/calendar/date-columns";
import { localDateOf, localMinutesOfDay } from "../calendar/zoned-time";
import { type CurrentUser } from "~/utils/auth.server";
import { todayIn } from "../calendar/today";
import { absenceRangeOn, instantOfLocalMinute } from "./conflicts";
import { ALL_TECHNICIANS, calendarViews, rangeOf, type CalendarViewName } from "./calendar-range";
import { CALENDAR_STATES, type CalendarState } from "./lifecycle";
import { minutesToTime, workingDayOf } from "./work-pattern";
import { readCalendar } from "./calendar-read.server";

export interface CalendarQuery {
  view?: string | null;
  date?: string | null;
  technicianId?: string | null;
  /** ?etat=: only interventions in this state (cancelled ones are shown only when asked for). */
  state?: string | null;
}

const calendarStateOf = (value: string | null | undefined): CalendarState | null =>
  (CALENDAR_STATES as readonly string[]).includes(value ?? "") ? (value as CalendarState) : null;

/** The view, the day and the range asked for (the week of today by default). */
function rangeOfQuery(user: CurrentUser, query: CalendarQuery, now: Date) {
  const view: CalendarViewName = calendarViews.includes(query.view as CalendarViewName)
    ? (query.view as CalendarViewName)
    : "semaine";
  const date = query.date && isIsoDate(query.date) ? query.date : todayIn(user, now);
  const canSeeAll = user.role === "admin" || user.role === "treasurer";
  return { view, date, canSeeAll, state: calendarStateOf(query.state), ...rangeOf(view, date) };
}

export async function calendarView(user: CurrentUser, query: CalendarQuery, now = new Date()) {
  const { from, to, state } = rangeOfQuery(user, query, now);
  // One plain-SQL statement (ADR 019): the association's zones, its technicians and each one's
  // interventions and absences over the range; those of technicians not shown are dropped below.
  return calendarViewOf(user, query, await readCalendar(user.associationId, from, to, state), now);
}

/** The page from what was read: the technician shown, the days with their visits and absences. */
export function calendarViewOf(
  user: CurrentUser,
  query: CalendarQuery,
  association: Awaited<ReturnType<typeof readCalendar>>,
  now = new Date(),
) {
  const { view, date, canSeeAll, from, to, previous, next, state } = rangeOfQuery(user, query, now);
  const { technicians } = association;
  const own = technicians.find((technician) => technician.userId === user.id);
  const requested = technicians.find((technician) => technician.id === query.technicianId);
  const selected =
    requested ??
    (canSeeAll && query.technicianId !== undefined && query.technicianId !== null
      ? null
      : (own ?? (canSeeAll ? null : (technicians[0] ?? null))));
  const technicianId = selected?.id ?? (canSeeAll ? ALL_TECHNICIANS : null);
  const shown = selected ? [selected] : canSeeAll ? technicians : [];
  const timeZone = association.timeZone;
  const interventions = shown
    .flatMap((technician) => technician.interventions)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const absences = shown.flatMap((technician) => technician.absences);
  const zoneOf = (technician: (typeof technicians)[number]) =>
    (technician.holidayZone ?? association.holidayZone) as HolidayZone;
  const holidays = holidayDatesBetween(from, to, association.holidayZone as HolidayZone);
  const nameOf = new Map(technicians.map((technician) => [technician.id, technician.displayName]));
  const byDay = new Map<IsoDate, typeof interventions>();
  for (const intervention of interventions) {
    const key = isoOf(intervention.localDate);
    byDay.set(key, [...(byDay.get(key) ?? []), intervention]);
  }
  const time = (instant: Date) => minutesToTime(localMinutesOfDay(instant, timeZone));

  const days = eachDay(from, to).map((day) => ({
    date: day,
    weekday: isoWeekday(day),
    isToday: day === localDateOf(now, timeZone),
    holiday: holidays.has(day) ? holidayName(day, association.holidayZone as HolidayZone) : null,
    working: shown.some(
      (technician) => workingDayOf(day, technician.patternDays) && !holidayName(day, zoneOf(technician)),
    ),
    items: (byDay.get(day) ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      start: time(item.startsAt),
      end: time(item.endsAt),
      member: item.member?.name ?? null,
      technician: nameOf.get(item.technicianId) ?? "",
    })),
    absences: absences
      .filter((absence) =>
        absenceRangeOn({ ...absence, startDate: isoOf(absence.startDate), endDate: isoOf(absence.endDate) }, day, null),
      )
      .map((absence) => ({
        id: absence.id,
        kind: absence.kind,
        portion: absence.portion,
        technician: nameOf.get(absence.technicianId) ?? "",
      })),
  }));
  return {
    view,
    date,
    state,
    from,
    to,
    previous,
    next,
    canSeeAll,
    technicianId,
    technicians: technicians.map(({ id, displayName }) => ({ id, displayName })),
    days,
    // The first instant shown, for screen readers' "week of…" label without time-zone surprises.
    startsAt: instantOfLocalMinute(from, 0, timeZone).toISOString(),
  };
}
