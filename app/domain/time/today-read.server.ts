// The technician's Today page in one plain-SQL statement (ADR 019, fourth pass): the technician,
// the visits of two days (with member, first contacts, request and report), the next planned
// visit after them, the pattern and the entries that make the running timer and today's minutes.
// Prisma's compiler and client cost more than the database on this page; the rules stay in
// technician-views.server.ts.
import { dateColumn } from "~/domain/calendar/date-columns";
import type { IsoDate } from "~/domain/calendar/local-date";
import type { PatternDay } from "~/domain/scheduling/work-pattern";
import { patternDaysSql } from "~/domain/scheduling/schedule-data.server";
import type { InterventionStatus, WorkMode } from "~/generated/prisma/client.ts";
import { readRows } from "~/utils/db.server";
import { instantOf, instantOrNull, isoDateSql, isoInstantSql } from "~/utils/sql-json.server";

/** A visit's card as Today shows it; `i` is the Intervention row. */
const cardSql = `json_build_object(
  'id', i."id", 'title', i."title", 'notes', i."notes", 'mode', i."mode", 'status', i."status",
  'siteAddress', i."siteAddress", 'localDate', ${isoDateSql(`i."localDate"`)},
  'startsAt', ${isoInstantSql(`i."startsAt"`)}, 'endsAt', ${isoInstantSql(`i."endsAt"`)},
  'member', (SELECT json_build_object('name', m."name", 'phone', m."phone", 'contacts', COALESCE((
      SELECT json_agg(json_build_object('name', c."name", 'phone', c."phone") ORDER BY c."createdAt", c."id")
      FROM (SELECT * FROM "Contact" c WHERE c."memberId" = m."id" ORDER BY c."createdAt", c."id" LIMIT 3) c), '[]'::json))
    FROM "Member" m WHERE m."id" = i."memberId"),
  'request', (SELECT json_build_object('subject', r."subject", 'details', r."details")
    FROM "InterventionRequest" r WHERE r."id" = i."requestId"),
  'report', (SELECT json_build_object('signedAt', ${isoInstantSql(`p."signedAt"`)})
    FROM "InterventionReport" p WHERE p."interventionId" = i."id"))`;

// $1 association, $2 user, $3 today, $4 tomorrow.
const todaySql = `
  SELECT t."id", t."displayName",
    ${patternDaysSql(`t."id"`)} AS "patternDays",
    COALESCE((SELECT json_agg(${cardSql} ORDER BY i."startsAt", i."id") FROM "Intervention" i
      WHERE i."associationId" = $1 AND i."technicianId" = t."id" AND i."status" <> 'CANCELLED'
        AND i."localDate" BETWEEN $3::date AND $4::date), '[]'::json) AS "interventions",
    (SELECT ${cardSql} FROM "Intervention" i
      WHERE i."associationId" = $1 AND i."technicianId" = t."id" AND i."status" = 'PLANNED' AND i."localDate" > $4::date
      ORDER BY i."startsAt", i."id" LIMIT 1) AS "next",
    COALESCE((SELECT json_agg(json_build_object('id', e."id", 'clientId', e."clientId",
        'startedAt', ${isoInstantSql(`e."startedAt"`)}, 'endedAt', ${isoInstantSql(`e."endedAt"`)},
        'localDate', ${isoDateSql(`e."localDate"`)}, 'rawMinutes', e."rawMinutes", 'interventionId', e."interventionId",
        'intervention', (SELECT json_build_object('title', i."title", 'member',
            (SELECT json_build_object('name', m."name") FROM "Member" m WHERE m."id" = i."memberId"))
          FROM "Intervention" i WHERE i."id" = e."interventionId")) ORDER BY e."id")
      FROM "TimeEntry" e
      WHERE e."associationId" = $1 AND e."technicianId" = t."id" AND e."deletedAt" IS NULL
        AND (e."localDate" = $3::date OR (e."startedAt" IS NOT NULL AND e."endedAt" IS NULL))), '[]'::json) AS "entries"
  FROM "Technician" t
  WHERE t."associationId" = $1 AND t."userId" = $2
  LIMIT 1`;

interface CardJson {
  id: string;
  title: string;
  notes: string;
  mode: WorkMode;
  status: InterventionStatus;
  siteAddress: string;
  localDate: string;
  startsAt: string;
  endsAt: string;
  member: { name: string; phone: string; contacts: { name: string; phone: string }[] } | null;
  request: { subject: string; details: string } | null;
  report: { signedAt: string | null } | null;
}

interface EntryJson {
  id: string;
  clientId: string;
  startedAt: string | null;
  endedAt: string | null;
  localDate: string;
  rawMinutes: number;
  interventionId: string | null;
  intervention: { title: string; member: { name: string } | null } | null;
}

interface TodayRow {
  id: string;
  displayName: string;
  patternDays: PatternDay[];
  interventions: CardJson[];
  next: CardJson | null;
  entries: EntryJson[];
}

const cardOf = (card: CardJson) => ({
  ...card,
  localDate: dateColumn(card.localDate),
  startsAt: instantOf(card.startsAt),
  endsAt: instantOf(card.endsAt),
  report: card.report && { signedAt: instantOrNull(card.report.signedAt) },
});

/** The technician of this user with everything Today shows, or null when the user is none. */
export async function readToday(scope: { associationId: string; userId: string }, today: IsoDate, tomorrow: IsoDate) {
  const [row] = await readRows<TodayRow>(todaySql, [scope.associationId, scope.userId, today, tomorrow]);
  if (!row) return null;
  return {
    id: row.id,
    displayName: row.displayName,
    patternDays: row.patternDays,
    interventions: row.interventions.map(cardOf),
    next: row.next && cardOf(row.next),
    timeEntries: row.entries.map((entry) => ({
      ...entry,
      startedAt: instantOrNull(entry.startedAt),
      endedAt: instantOrNull(entry.endedAt),
      localDate: dateColumn(entry.localDate),
    })),
  };
}
