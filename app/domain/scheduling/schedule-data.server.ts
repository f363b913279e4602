// Reads what the booking rules need about a technician, and takes the per-technician lock that
// serialises bookings: two admins planning the same slot at once queue on the technician's row,
// so the second one sees the first one's intervention when it checks overlaps.
import { addDays, type IsoDate } from "../calendar/local-date";
import type { HolidayZone } from "../calendar/holidays";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import { type Tx } from "~/utils/db.server";
import { instantOfLocalMinute, type TechnicianSchedule } from "./conflicts";

/** Interventions that hold a technician's time. */
// A visit in progress or done still holds its slot: nothing else is booked over it.
export const BUSY_STATUSES = ["PLANNED", "PROPOSED", "IN_PROGRESS", "DONE", "SIGNED"] as const;

/** Locks the technician row until the transaction ends; false when it is not the association's. */
/** What a technician's working pattern is read with: each weekday's half-days and their hours. */
export const patternDayFields = {
  weekday: true,
  morning: true,
  afternoon: true,
  morningStart: true,
  morningEnd: true,
  afternoonStart: true,
  afternoonEnd: true,
} as const;

/** The same pattern in plain SQL (readRows): a JSON array of the technician's days, by weekday. */
export const patternDaysSql = (technicianId: string) => `COALESCE((SELECT json_agg(json_build_object(
    'weekday', d."weekday", 'morning', d."morning", 'afternoon', d."afternoon",
    'morningStart', d."morningStart", 'morningEnd', d."morningEnd",
    'afternoonStart', d."afternoonStart", 'afternoonEnd', d."afternoonEnd") ORDER BY d."weekday")
  FROM "WorkPatternDay" d WHERE d."technicianId" = ${technicianId}), '[]'::json)`;

export async function lockTechnician(tx: Tx, associationId: string, technicianId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Technician" WHERE id = ${technicianId} AND "associationId" = ${associationId} FOR UPDATE`;
  return rows.length === 1;
}

export interface LoadedSchedule extends TechnicianSchedule {
  technician: { id: string; displayName: string; userId: string | null };
}

/** The technician's pattern, absences and busy interventions between two local dates (included). */
export async function loadTechnicianSchedule(
  tx: Tx,
  associationId: string,
  technicianId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<LoadedSchedule | null> {
  const technician = await tx.technician.findFirst({
    where: { id: technicianId, associationId },
    select: {
      id: true,
      displayName: true,
      userId: true,
      holidayZone: true,
      association: { select: { timeZone: true, holidayZone: true } },
      patternDays: { select: patternDayFields },
    },
  });
  if (!technician) return null;
  const timeZone = technician.association.timeZone;
  const [absences, busy] = await Promise.all([
    tx.absence.findMany({
      where: { associationId, technicianId, startDate: { lte: dateColumn(to) }, endDate: { gte: dateColumn(from) } },
      select: { id: true, kind: true, startDate: true, endDate: true, portion: true },
    }),
    tx.intervention.findMany({
      where: {
        associationId,
        technicianId,
        status: { in: [...BUSY_STATUSES] },
        startsAt: { lt: instantOfLocalMinute(addDays(to, 1), 0, timeZone) },
        endsAt: { gt: instantOfLocalMinute(from, 0, timeZone) },
      },
      select: { id: true, title: true, startsAt: true, endsAt: true },
      orderBy: { startsAt: "asc" },
    }),
  ]);
  return {
    technician: { id: technician.id, displayName: technician.displayName, userId: technician.userId },
    timeZone,
    holidayZone: (technician.holidayZone ?? technician.association.holidayZone) as HolidayZone,
    pattern: technician.patternDays,
    absences: absences.map((absence) => ({
      ...absence,
      startDate: isoOf(absence.startDate),
      endDate: isoOf(absence.endDate),
    })),
    busy,
  };
}
