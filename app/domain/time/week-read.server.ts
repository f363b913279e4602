// The technician's week of entries in one plain-SQL statement (ADR 019, fourth pass): the
// technician's pattern, the week's entries with their visit and member, and what explains each
// visit's charge (the visits' counted entries and the association's rules). It took three round
// trips through Prisma; technician-views.server.ts shapes it.
import { dateColumn } from "~/domain/calendar/date-columns";
import type { IsoDate } from "~/domain/calendar/local-date";
import { patternDaysSql } from "~/domain/scheduling/schedule-data.server";
import type { PatternDay } from "~/domain/scheduling/work-pattern";
import type { TimeEntryKind } from "~/generated/prisma/client.ts";
import { readRows } from "~/utils/db.server";
import { instantOrNull, isoDateSql, isoInstantSql } from "~/utils/sql-json.server";
import type { TimeAccountingRules } from "./accounted-minutes";
import { accountingRulesSql, countedVisitEntrySql, type VisitEntryRow } from "./visit-summary.server";

// $1 association, $2 user, $3 Monday, $4 Sunday.
const weekEntriesSql = `FROM "TimeEntry" e WHERE e."associationId" = $1 AND e."technicianId" = t."id"
  AND e."deletedAt" IS NULL AND e."localDate" BETWEEN $3::date AND $4::date`;
const weekSql = `
  SELECT t."id", ${patternDaysSql(`t."id"`)} AS "patternDays",
    COALESCE((SELECT json_agg(json_build_object('id', e."id", 'kind', e."kind",
        'startedAt', ${isoInstantSql(`e."startedAt"`)}, 'endedAt', ${isoInstantSql(`e."endedAt"`)},
        'localDate', ${isoDateSql(`e."localDate"`)}, 'rawMinutes', e."rawMinutes",
        'accountedMinutes', e."accountedMinutes", 'notes', e."notes",
        'intervention', (SELECT json_build_object('id', i."id", 'title', i."title") FROM "Intervention" i WHERE i."id" = e."interventionId"),
        'member', (SELECT json_build_object('name', m."name") FROM "Member" m WHERE m."id" = e."memberId"))
      ORDER BY e."localDate", e."startedAt", e."createdAt", e."id") ${weekEntriesSql}), '[]'::json) AS "entries",
    COALESCE((SELECT json_agg(json_build_object('interventionId', v."interventionId", 'kind', v."kind",
        'rawMinutes', v."rawMinutes", 'accountedMinutes', v."accountedMinutes") ORDER BY v."id")
      FROM "TimeEntry" v WHERE v."associationId" = $1 AND ${countedVisitEntrySql("v")}
        AND v."interventionId" IN (SELECT e."interventionId" ${weekEntriesSql})), '[]'::json) AS "visitEntries",
    (SELECT ${accountingRulesSql} FROM "Association" a WHERE a."id" = $1) AS "rules"
  FROM "Technician" t
  WHERE t."associationId" = $1 AND t."userId" = $2
  LIMIT 1`;

interface WeekRow {
  id: string;
  patternDays: PatternDay[];
  entries: {
    id: string;
    kind: TimeEntryKind;
    startedAt: string | null;
    endedAt: string | null;
    localDate: string;
    rawMinutes: number;
    accountedMinutes: number;
    notes: string;
    intervention: { id: string; title: string } | null;
    member: { name: string } | null;
  }[];
  visitEntries: VisitEntryRow[];
  rules: TimeAccountingRules;
}

/** The user's technician with the week's entries, or null when the user is none. */
export async function readWeek(scope: { associationId: string; userId: string }, monday: IsoDate, sunday: IsoDate) {
  const [row] = await readRows<WeekRow>(weekSql, [scope.associationId, scope.userId, monday, sunday]);
  if (!row) return null;
  return {
    ...row,
    entries: row.entries.map((entry) => ({
      ...entry,
      startedAt: instantOrNull(entry.startedAt),
      endedAt: instantOrNull(entry.endedAt),
      localDate: dateColumn(entry.localDate),
    })),
  };
}
