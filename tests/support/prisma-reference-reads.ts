// The technician's page reads as Prisma expressed them before they moved to plain SQL (ADR 019,
// fourth pass). They are the reference the SQL reads must equal, field for field, on the same
// data (tests/integration/technician-page-reads.test.ts): a nested `select` states what a page
// reads more plainly than a statement with json_agg.
import { dateColumn } from "../../app/domain/calendar/date-columns";
import type { IsoDate } from "../../app/domain/calendar/local-date";
import { patternDayFields } from "../../app/domain/scheduling/schedule-data.server";
import { accountingRulesOf } from "../../app/domain/time/time-ledger.server";
import type { VisitEntryRow } from "../../app/domain/time/visit-summary.server";
import { db } from "../../app/utils/db.server";

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

/** Today: the technician, two days of visits, today's and running entries, the next visit after. */
export async function prismaTodayRead(
  scope: { associationId: string; userId: string },
  today: IsoDate,
  tomorrow: IsoDate,
) {
  const { associationId } = scope;
  const technician = await db().technician.findFirst({
    where: { associationId, userId: scope.userId },
    select: {
      id: true,
      displayName: true,
      patternDays: { select: patternDayFields, orderBy: { weekday: "asc" } },
      interventions: {
        where: {
          associationId,
          status: { not: "CANCELLED" },
          localDate: { gte: dateColumn(today), lte: dateColumn(tomorrow) },
        },
        select: interventionCard,
        orderBy: { startsAt: "asc" },
      },
      timeEntries: {
        where: {
          associationId,
          deletedAt: null,
          OR: [{ localDate: dateColumn(today) }, { startedAt: { not: null }, endedAt: null }],
        },
        select: {
          id: true,
          clientId: true,
          startedAt: true,
          endedAt: true,
          localDate: true,
          rawMinutes: true,
          interventionId: true,
          intervention: { select: { title: true, member: { select: { name: true } } } },
        },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!technician) return null;
  const next = await db().intervention.findFirst({
    where: { associationId, technicianId: technician.id, status: "PLANNED", localDate: { gt: dateColumn(tomorrow) } },
    select: interventionCard,
    orderBy: { startsAt: "asc" },
  });
  return { ...technician, next };
}

/** The planning: the association's zones, its technicians, their visits and absences over the range. */
export async function prismaCalendarRead(associationId: string, from: IsoDate, to: IsoDate, state: string | null) {
  const scope = { associationId };
  return db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: {
      holidayZone: true,
      timeZone: true,
      technicians: {
        orderBy: [{ displayName: "asc" }, { id: "asc" }],
        select: {
          id: true,
          displayName: true,
          userId: true,
          color: true,
          holidayZone: true,
          patternDays: { select: patternDayFields, orderBy: { weekday: "asc" } },
          interventions: {
            where: {
              ...scope,
              status: state ? (state as "PLANNED") : { not: "CANCELLED" },
              localDate: { gte: dateColumn(from), lte: dateColumn(to) },
            },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
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
            orderBy: [{ startDate: "asc" }, { id: "asc" }],
            select: { id: true, kind: true, portion: true, startDate: true, endDate: true, technicianId: true },
          },
        },
      },
    },
  });
}

/** The week of entries: the technician's pattern, the entries, the visits' counted entries and rules. */
export async function prismaWeekRead(
  scope: { associationId: string; userId: string },
  monday: IsoDate,
  sunday: IsoDate,
) {
  const { associationId } = scope;
  const technician = await db().technician.findFirst({
    where: { associationId, userId: scope.userId },
    select: { id: true, patternDays: { select: patternDayFields, orderBy: { weekday: "asc" } } },
  });
  if (!technician) return null;
  const entries = await db().timeEntry.findMany({
    where: {
      associationId,
      technicianId: technician.id,
      deletedAt: null,
      localDate: { gte: dateColumn(monday), lte: dateColumn(sunday) },
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
    orderBy: [{ localDate: "asc" }, { startedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const visitEntries = await db().timeEntry.findMany({
    where: {
      associationId,
      interventionId: { in: entries.flatMap((entry) => (entry.intervention ? [entry.intervention.id] : [])) },
      deletedAt: null,
      kind: { not: "POOLED" },
      OR: [{ startedAt: null }, { endedAt: { not: null } }],
    },
    select: { interventionId: true, kind: true, rawMinutes: true, accountedMinutes: true },
    orderBy: { id: "asc" },
  });
  const rules = await accountingRulesOf(db(), associationId);
  // Every counted entry has its visit (the `in` above): the type says so.
  return { ...technician, entries, visitEntries: visitEntries as VisitEntryRow[], rules };
}
