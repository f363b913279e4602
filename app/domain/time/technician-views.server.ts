// Read side of the technician's phone: today's work, the week of entries, the entry form.
import { visitSummaries } from "./visit-summary.server";
import type { Locale } from "~/utils/i18n";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { addDays, isIsoDate, type IsoDate } from "../calendar/local-date";
import { dateOnly, isoOf } from "../ledger/ledger.server";
import type { Actor } from "./time-entries.server";
import { expectedMinutesOn, minutesToLocalTime, mondayOf, workdayEndMinutes } from "./work-day";
import { localDateOf, localMinutesOfDay } from "../calendar/zoned-time";

async function ownTechnician(user: Actor) {
  return db().technician.findFirst({
    where: { associationId: user.associationId, userId: user.id },
    select: { id: true, displayName: true, patternDays: true },
  });
}

const interventionCard = {
  id: true,
  title: true,
  notes: true,
  mode: true,
  status: true,
  siteAddress: true,
  localDate: true,
  startsAt: true,
  endsAt: true,
  member: {
    select: {
      name: true,
      phone: true,
      contacts: { select: { name: true, phone: true }, orderBy: { createdAt: "asc" as const }, take: 3 },
    },
  },
  request: { select: { subject: true, details: true } },
  report: { select: { signedAt: true } },
} as const;

interface TimerRow {
  loggedMinutes: number;
  id: string | null;
  clientId: string | null;
  startedAt: Date | null;
  interventionId: string | null;
  interventionTitle: string | null;
  memberName: string | null;
}

/**
 * The running timer (with its visit's title and member) and the minutes logged today, in one
 * statement: the Today page is the technician's most visited, and these were two round trips
 * (ADR 019).
 */
async function runningTimerAndLoggedMinutes(associationId: string, technicianId: string, today: IsoDate) {
  const [row] = await db().$queryRaw<TimerRow[]>`
    SELECT
      (SELECT COALESCE(SUM(t."rawMinutes"), 0)::int FROM "TimeEntry" t
        WHERE t."associationId" = ${associationId} AND t."technicianId" = ${technicianId} AND t."deletedAt" IS NULL AND t."localDate" = ${today}::date) AS "loggedMinutes",
      r."id", r."clientId", r."startedAt", r."interventionId", i."title" AS "interventionTitle", m."name" AS "memberName"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT t."id", t."clientId", t."startedAt", t."interventionId" FROM "TimeEntry" t
      WHERE t."associationId" = ${associationId} AND t."technicianId" = ${technicianId} AND t."deletedAt" IS NULL
        AND t."startedAt" IS NOT NULL AND t."endedAt" IS NULL
      LIMIT 1
    ) r ON true
    LEFT JOIN "Intervention" i ON i."id" = r."interventionId" AND i."associationId" = ${associationId}
    LEFT JOIN "Member" m ON m."id" = i."memberId" AND m."associationId" = ${associationId}`;
  const running =
    row.id && row.clientId && row.startedAt
      ? {
          id: row.id,
          clientId: row.clientId,
          startedAt: row.startedAt,
          interventionId: row.interventionId,
          intervention:
            row.interventionTitle === null
              ? null
              : { title: row.interventionTitle, member: row.memberName === null ? null : { name: row.memberName } },
        }
      : null;
  return { running, loggedMinutes: row.loggedMinutes };
}

/** Today's and tomorrow's interventions (or the next one when both are empty) and the running timer. */
export async function todayView(user: Actor, now = new Date()) {
  const technician = await ownTechnician(user);
  const today = localDateOf(now, user.timeZone);
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
  const base = {
    associationId: user.associationId,
    technicianId: technician.id,
    status: { not: "CANCELLED" as const },
  };
  const [interventions, timer] = await Promise.all([
    db().intervention.findMany({
      where: { ...base, localDate: { gte: dateOnly(today), lte: dateOnly(tomorrow) } },
      select: interventionCard,
      orderBy: { startsAt: "asc" },
    }),
    runningTimerAndLoggedMinutes(user.associationId, technician.id, today),
  ]);
  const next =
    interventions.length === 0
      ? await db().intervention.findFirst({
          where: { ...base, status: "PLANNED", localDate: { gt: dateOnly(tomorrow) } },
          select: interventionCard,
          orderBy: { startsAt: "asc" },
        })
      : null;
  const end = workdayEndMinutes(technician.patternDays, today);
  return {
    technician: { id: technician.id, name: technician.displayName },
    today,
    tomorrow,
    interventions,
    next,
    running: timer.running,
    workdayEnd: end === null ? null : minutesToLocalTime(end),
    loggedTodayMinutes: timer.loggedMinutes,
  };
}

/** The technician's entries of one week, with per-day totals against the pattern's hours. */
export async function weekView(user: Actor & { locale?: Locale }, requestedWeek: string | null, now = new Date()) {
  const technician = await ownTechnician(user);
  const monday = mondayOf(requestedWeek && isIsoDate(requestedWeek) ? requestedWeek : localDateOf(now, user.timeZone));
  const sunday = addDays(monday, 6);
  const entries = technician
    ? await db().timeEntry.findMany({
        where: {
          associationId: user.associationId,
          technicianId: technician.id,
          deletedAt: null,
          localDate: { gte: dateOnly(monday), lte: dateOnly(sunday) },
        },
        select: {
          id: true,
          kind: true,
          startedAt: true,
          endedAt: true,
          localDate: true,
          rawMinutes: true,
          accountedMinutes: true,
          notes: true,
          intervention: { select: { id: true, title: true } },
          member: { select: { name: true } },
        },
        orderBy: [{ localDate: "asc" }, { startedAt: "asc" }, { createdAt: "asc" }],
      })
    : [];
  const pattern = technician?.patternDays ?? [];
  // Each visit's charge explained once for all its entries (rounding and minimum apply per visit).
  const summaries = await visitSummaries(
    user.associationId,
    entries.flatMap((entry) => (entry.intervention ? [entry.intervention.id] : [])),
    user.locale ?? "fr",
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
          { localDate: { gte: dateOnly(addDays(around, -21)), lte: dateOnly(addDays(around, 14)) } },
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
