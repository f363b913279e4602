// Read side of the technician's phone: today's work, the week of entries, the entry form.
import { summariesOf } from "./visit-summary.server";
import { readWeek } from "./week-read.server";
import type { Locale } from "~/utils/i18n";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { addDays, isIsoDate, type IsoDate } from "../calendar/local-date";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import type { Actor } from "./time-entries.server";
import { expectedMinutesOn, minutesToLocalTime, mondayOf, workdayEndMinutes } from "./work-day";
import { localMinutesOfDay } from "../calendar/zoned-time";
import { todayIn } from "../calendar/today";
import { readToday } from "./today-read.server";

async function ownTechnician(user: Actor) {
  return db().technician.findFirst({
    where: { associationId: user.associationId, userId: user.id },
    select: { id: true, displayName: true, patternDays: true },
  });
}

/**
 * The running timer (with its visit's title and member) and the minutes logged today, from the
 * technician's entries of today plus the running one (a timer may have started on another day):
 * a day's entries, a handful, read with the technician in one statement (todayView).
 */
function runningTimerAndLoggedMinutes(
  entries: {
    id: string;
    clientId: string;
    startedAt: Date | null;
    endedAt: Date | null;
    localDate: Date;
    rawMinutes: number;
    interventionId: string | null;
    intervention: { title: string; member: { name: string } | null } | null;
  }[],
  today: IsoDate,
) {
  const timer = entries.find((entry) => entry.startedAt !== null && entry.endedAt === null);
  const running =
    timer && timer.startedAt
      ? {
          id: timer.id,
          clientId: timer.clientId,
          startedAt: timer.startedAt,
          interventionId: timer.interventionId,
          intervention: timer.intervention && {
            title: timer.intervention.title,
            member: timer.intervention.member && { name: timer.intervention.member.name },
          },
        }
      : null;
  const loggedMinutes = entries
    .filter((entry) => isoOf(entry.localDate) === today)
    .reduce((sum, entry) => sum + entry.rawMinutes, 0);
  return { running, loggedMinutes };
}

/** What Today reads, in one statement (today-read.server.ts). */
export type TodayRead = Awaited<ReturnType<typeof readToday>>;

/**
 * Today's and tomorrow's interventions (or the next one when both are empty) and the running
 * timer. The technician's most visited page: one plain-SQL statement reads it all (ADR 019,
 * fourth pass); the rules below shape it.
 */
export async function todayView(user: Actor, now = new Date()) {
  const today = todayIn(user, now);
  const tomorrow = addDays(today, 1);
  return todayViewOf(await readToday({ associationId: user.associationId, userId: user.id }, today, tomorrow), today);
}

/** The page from what was read: the next visit only on two empty days, the timer, the day's end. */
export function todayViewOf(technician: TodayRead, today: IsoDate) {
  const tomorrow = addDays(today, 1);
  if (!technician)
    return {
      technician: null,
      today,
      tomorrow,
      interventions: [],
      next: null,
      running: null,
      workdayEnd: null,
      loggedTodayMinutes: 0,
    };
  const { interventions } = technician;
  const timer = runningTimerAndLoggedMinutes(technician.timeEntries, today);
  const end = workdayEndMinutes(technician.patternDays, today);
  return {
    technician: { id: technician.id, name: technician.displayName },
    today,
    tomorrow,
    interventions,
    next: interventions.length === 0 ? technician.next : null,
    running: timer.running,
    workdayEnd: end === null ? null : minutesToLocalTime(end),
    loggedTodayMinutes: timer.loggedMinutes,
  };
}

/** The technician's entries of one week, with per-day totals against the pattern's hours. */
export async function weekView(user: Actor & { locale?: Locale }, requestedWeek: string | null, now = new Date()) {
  const monday = mondayOf(requestedWeek && isIsoDate(requestedWeek) ? requestedWeek : todayIn(user, now));
  const scope = { associationId: user.associationId, userId: user.id };
  return weekViewOf(await readWeek(scope, monday, addDays(monday, 6)), monday, user.locale ?? "fr");
}

/** What is read for the week (week-read.server.ts). */
export type WeekRead = Awaited<ReturnType<typeof readWeek>>;

/** The page from what was read: seven days, their totals, each visit's charge explained once. */
export function weekViewOf(technician: WeekRead, monday: IsoDate, locale: Locale) {
  const entries = technician?.entries ?? [];
  const pattern = technician?.patternDays ?? [];
  // Each visit's charge explained once for all its entries (rounding and minimum apply per visit).
  const summaries = summariesOf(
    entries.flatMap((entry) => (entry.intervention ? [entry.intervention.id] : [])),
    technician?.visitEntries ?? [],
    technician?.rules,
    locale,
  );
  const days = Array.from({ length: 7 }, (_, index) => {
    const date = addDays(monday, index);
    const dayEntries = entries.filter((entry) => isoOf(entry.localDate) === date);
    return {
      date,
      expectedMinutes: expectedMinutesOn(pattern, date),
      rawMinutes: dayEntries.reduce((sum, entry) => sum + entry.rawMinutes, 0),
      accountedMinutes: dayEntries.reduce((sum, entry) => sum + entry.accountedMinutes, 0),
      entries: dayEntries,
    };
  });
  return {
    isTechnician: Boolean(technician),
    monday,
    previousWeek: addDays(monday, -7),
    nextWeek: addDays(monday, 7),
    days,
    visits: Object.fromEntries([...summaries].map(([id, summary]) => [id, summary.explanation])),
    totals: {
      expectedMinutes: days.reduce((sum, day) => sum + day.expectedMinutes, 0),
      rawMinutes: days.reduce((sum, day) => sum + day.rawMinutes, 0),
      accountedMinutes: days.reduce((sum, day) => sum + day.accountedMinutes, 0),
    },
  };
}

/** Choices of the entry form: recent and coming interventions, and members for remote work. */
export async function entryFormOptions(user: Actor, around: IsoDate, includeInterventionId?: string | null) {
  const [interventions, members] = await Promise.all([
    db().intervention.findMany({
      where: {
        associationId: user.associationId,
        status: { not: "CANCELLED" },
        OR: [
          { localDate: { gte: dateColumn(addDays(around, -21)), lte: dateColumn(addDays(around, 14)) } },
          ...(includeInterventionId ? [{ id: includeInterventionId }] : []),
        ],
      },
      select: { id: true, title: true, localDate: true, member: { select: { name: true } } },
      orderBy: { startsAt: "desc" },
      take: 60,
    }),
    db().member.findMany({
      where: { associationId: user.associationId, status: { not: "LEFT" } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    // The date stays ISO here; the form writes it for people ("mar. 1 déc."), never "2026-12-01".
    interventions: interventions.map((item) => ({
      id: item.id,
      date: isoOf(item.localDate),
      label: `${item.title}${item.member ? ` — ${item.member.name}` : ""}`,
    })),
    members,
  };
}

/** An own entry as form values (local times in the association's zone), with its minutes. */
export async function entryForEdit(user: Actor, entryId: string) {
  const technician = await ownTechnician(user);
  const entry = technician
    ? await db().timeEntry.findFirst({
        where: { id: entryId, associationId: user.associationId, technicianId: technician.id, deletedAt: null },
      })
    : null;
  if (!entry) notFound();
  const locked = await db().period.findFirst({
    where: {
      associationId: user.associationId,
      lockedAt: { not: null },
      startDate: { lte: entry.localDate },
      endDate: { gte: entry.localDate },
    },
    select: { label: true },
  });
  const time = (instant: Date | null) => (instant ? minutesToLocalTime(localMinutesOfDay(instant, user.timeZone)) : "");
  return {
    id: entry.id,
    running: Boolean(entry.startedAt && !entry.endedAt),
    lockedPeriod: locked?.label ?? null,
    rawMinutes: entry.rawMinutes,
    accountedMinutes: entry.accountedMinutes,
    values: {
      clientId: entry.clientId,
      date: isoOf(entry.localDate),
      mode: entry.startedAt ? "times" : "duration",
      startTime: time(entry.startedAt),
      endTime: time(entry.endedAt),
      durationHours: entry.startedAt ? "" : String(Math.floor(entry.rawMinutes / 60)),
      durationMinutes: entry.startedAt ? "" : String(entry.rawMinutes % 60),
      kind: entry.kind,
      interventionId: entry.interventionId ?? "",
      memberId: entry.memberId ?? "",
      notes: entry.notes,
    },
  };
}
