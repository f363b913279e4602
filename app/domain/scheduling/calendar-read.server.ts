// The planning's read in one plain-SQL statement (ADR 019, fourth pass): the association's zones,
// its technicians by name, each one's pattern, interventions and absences over the range. Prisma's
// compiler and client cost more than the database on this page; calendar-view.server.ts shapes it.
import { dateColumn } from "~/domain/calendar/date-columns";
import type { IsoDate } from "~/domain/calendar/local-date";
import type { AbsenceKind, DayPortion, HolidayZone, InterventionStatus } from "~/generated/prisma/client.ts";
import { readRows } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { instantOf, isoDateSql, isoInstantSql } from "~/utils/sql-json.server";
import { patternDaysSql } from "./schedule-data.server";
import type { PatternDay } from "./work-pattern";

// $1 association, $2 first day, $3 last day, $4 the one state asked for (null: all but cancelled).
const calendarSql = `
  SELECT a."holidayZone", a."timeZone", COALESCE((
    SELECT json_agg(json_build_object(
      'id', t."id", 'displayName', t."displayName", 'userId', t."userId", 'color', t."color",
      'holidayZone', t."holidayZone", 'patternDays', ${patternDaysSql(`t."id"`)},
      'interventions', COALESCE((SELECT json_agg(json_build_object(
          'id', i."id", 'title', i."title", 'status', i."status",
          'startsAt', ${isoInstantSql(`i."startsAt"`)}, 'endsAt', ${isoInstantSql(`i."endsAt"`)},
          'localDate', ${isoDateSql(`i."localDate"`)}, 'technicianId', i."technicianId",
          'member', (SELECT json_build_object('name', m."name") FROM "Member" m WHERE m."id" = i."memberId"))
          ORDER BY i."startsAt", i."id")
        FROM "Intervention" i
        WHERE i."associationId" = $1 AND i."technicianId" = t."id" AND i."localDate" BETWEEN $2::date AND $3::date
          AND (CASE WHEN $4::text IS NULL THEN i."status" <> 'CANCELLED' ELSE i."status"::text = $4::text END)), '[]'::json),
      'absences', COALESCE((SELECT json_agg(json_build_object(
          'id', x."id", 'kind', x."kind", 'portion', x."portion", 'startDate', ${isoDateSql(`x."startDate"`)},
          'endDate', ${isoDateSql(`x."endDate"`)}, 'technicianId', x."technicianId") ORDER BY x."startDate", x."id")
        FROM "Absence" x
        WHERE x."associationId" = $1 AND x."technicianId" = t."id" AND x."startDate" <= $3::date AND x."endDate" >= $2::date), '[]'::json)
    ) ORDER BY t."displayName", t."id")
    FROM "Technician" t WHERE t."associationId" = a."id"), '[]'::json) AS "technicians"
  FROM "Association" a WHERE a."id" = $1`;

interface CalendarRow {
  holidayZone: HolidayZone;
  timeZone: string;
  technicians: {
    id: string;
    displayName: string;
    userId: string | null;
    color: string;
    holidayZone: HolidayZone | null;
    patternDays: PatternDay[];
    interventions: {
      id: string;
      title: string;
      status: InterventionStatus;
      startsAt: string;
      endsAt: string;
      localDate: string;
      technicianId: string;
      member: { name: string } | null;
    }[];
    absences: {
      id: string;
      kind: AbsenceKind;
      portion: DayPortion;
      startDate: string;
      endDate: string;
      technicianId: string;
    }[];
  }[];
}

/** The association's technicians with their week (or day, or month) of visits and absences. */
export async function readCalendar(associationId: string, from: IsoDate, to: IsoDate, state: string | null) {
  const [row] = await readRows<CalendarRow>(calendarSql, [associationId, from, to, state]);
  if (!row) notFound();
  return {
    holidayZone: row.holidayZone,
    timeZone: row.timeZone,
    technicians: row.technicians.map((technician) => ({
      ...technician,
      interventions: technician.interventions.map((item) => ({
        ...item,
        startsAt: instantOf(item.startsAt),
        endsAt: instantOf(item.endsAt),
        localDate: dateColumn(item.localDate),
      })),
      absences: technician.absences.map((absence) => ({
        ...absence,
        startDate: dateColumn(absence.startDate),
        endDate: dateColumn(absence.endDate),
      })),
    })),
  };
}
