// The planning views: one technician's day, week or month, or every technician's for admins.
// Days are local dates of the association; times are shown in its zone.
import { eachDay, isIsoDate, isoWeekday, type IsoDate } from "../calendar/local-date";
import { holidayDatesBetween, holidayName, type HolidayZone } from "../calendar/holidays";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import { localDateOf, localMinutesOfDay } from "../calendar/zoned-time";
import { type CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";
import { absenceRangeOn, instantOfLocalMinute } from "./conflicts";
import { ALL_TECHNICIANS, calendarViews, rangeOf, type CalendarViewName } from "./calendar-range";
import { CALENDAR_STATES, type CalendarState } from "./lifecycle";
import { minutesToTime, workingDayOf } from "./work-pattern";
import { patternDayFields } from "./schedule-data.server";

export interface CalendarQuery {
  view?: string | null;
  date?: string | null;
  technicianId?: string | null;
  /** ?etat=: only interventions in this state (cancelled ones are shown only when asked for). */
  state?: string | null;
}

const calendarStateOf = (value: string | null | undefined): CalendarState | null =>
  (CALENDAR_STATES as readonly string[]).includes(value ?? "") ? (value as CalendarState) : null;

export async function calendarView(user: CurrentUser, query: CalendarQuery, now = new Date()) {
  const scope = associationScopeOf(user);
  const view: CalendarViewName = calendarViews.includes(query.view as CalendarViewName)
    ? (query.view as CalendarViewName)
    : "semaine";
  const date = query.date && isIsoDate(query.date) ? query.date : localDateOf(now, user.timeZone);
  const canSeeAll = user.role === "admin" || user.role === "treasurer";
  const { from, to, previous, next } = rangeOf(view, date);
  const state = calendarStateOf(query.state);
  // One statement (ADR 019): the association's zone, its technicians and each one's interventions
  // and absences over the range (nested selects, relationJoins); those of technicians not shown
  // are dropped below. It took four round trips.
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: {
      holidayZone: true,
      timeZone: true,
      technicians: {
        orderBy: { displayName: "asc" },
        select: {
          id: true,
          displayName: true,
          userId: true,
          color: true,
          holidayZone: true,
          patternDays: { select: patternDayFields },
          interventions: {
            where: {
              ...scope,
              status: state ?? { not: "CANCELLED" },
              localDate: { gte: dateColumn(from), lte: dateColumn(to) },
            },
            orderBy: { startsAt: "asc" },
            select: {
              id: true,
              title: true,
              status: true,
              startsAt: true,
              endsAt: true,
              localDate: true,
              technicianId: true,
              member: { select: { name: true } },
            },
          },
          absences: {
            where: { ...scope, startDate: { lte: dateColumn(to) }, endDate: { gte: dateColumn(from) } },
            select: { id: true, kind: true, portion: true, startDate: true, endDate: true, technicianId: true },
          },
        },
      },
    },
  });
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
