// A member's balance movements as they are read: one line per visit (its consumption and the
// re-accounting corrections folded), every other movement on its own line, a page at a time.
import { Prisma, type LedgerKind } from "~/generated/prisma/client.ts";
import type { IsoDate } from "~/domain/calendar/local-date";
import type { TimeAccountingRules } from "../time/accounted-minutes";
import {
  accountingRulesSql,
  countedVisitEntrySql,
  summariesOf,
  type VisitEntryRow,
} from "../time/visit-summary.server";
import { TIME_CORRECTION_REASON } from "../time/consumption-deltas";
import type { Locale } from "~/utils/i18n";

/**
 * The line a movement is shown on. Per-visit accounting re-balances a visit by appending
 * corrections (ADR 014), so one visit can hold a consumption and several give-backs; they read as
 * one charge, with the visit's explanation. Every other movement stands on its own line.
 */
export const movementLine = Prisma.sql`CASE WHEN m."interventionId" IS NOT NULL AND (m.kind IN ('CONSUMPTION', 'POOLED_CONSUMPTION')
  OR (m.kind = 'ADJUSTMENT' AND m.reason = ${TIME_CORRECTION_REASON})) THEN 'visit:' || m."interventionId" ELSE m.id END`;

export const MOVEMENTS_PER_PAGE = 50;

export interface MovementView {
  id: string;
  kind: LedgerKind;
  minutes: number;
  occurredOn: IsoDate;
  reason: string;
  /** With how its time was charged ("1 h 37 passées → 2 h décomptées (…)") and where to read more. */
  intervention: {
    id: string;
    title: string;
    localDate: IsoDate;
    requestId: string | null;
    signed: boolean;
    explanation: string | null;
  } | null;
}

/**
 * SQL: one page of a subscription's movement lines (a visit's movements folded), newest first,
 * each with its intervention, as JSON-safe columns (dates as text) and its `position` on the page.
 * The member's balance page reads it as a CTE of its one statement (ADR 019, fifth pass), with the
 * counted entries of the page's visits (`visitEntriesOfLinesSql`) to explain each charge.
 */
export function movementLinesSql(associationId: string, subscriptionId: Prisma.Sql, page: number) {
  return Prisma.sql`
    SELECT MIN(m.id) AS id, (ARRAY_AGG(m.kind::text ORDER BY m."createdAt", m.id))[1] AS kind, SUM(m.minutes)::int AS minutes,
      to_char(MAX(m."occurredOn"), 'YYYY-MM-DD') AS "occurredOn", CASE WHEN COUNT(*) = 1 THEN MIN(m.reason) ELSE '' END AS reason,
      i.id AS "interventionId", i.title, to_char(i."localDate", 'YYYY-MM-DD') AS "localDate", i."requestId",
      i.status::text = 'SIGNED' AS signed,
      ROW_NUMBER() OVER (ORDER BY MAX(m."occurredOn") DESC, MAX(m."createdAt") DESC, MIN(m.id) DESC) AS position
    FROM "LedgerMovement" m
    LEFT JOIN "Intervention" i ON i.id = m."interventionId" AND i."associationId" = m."associationId"
    WHERE m."associationId" = ${associationId} AND m."subscriptionId" = ${subscriptionId}
    GROUP BY ${movementLine}, i.id, i.title, i."localDate", i."requestId", i.status
    ORDER BY MAX(m."occurredOn") DESC, MAX(m."createdAt") DESC, MIN(m.id) DESC
    LIMIT ${MOVEMENTS_PER_PAGE} OFFSET ${(page - 1) * MOVEMENTS_PER_PAGE}`;
}

/** SQL: the lines CTE `lines` as a JSON array in page order. */
export const movementLinesJsonSql = Prisma.sql`COALESCE((SELECT json_agg(row_to_json(l) ORDER BY l.position) FROM lines l), '[]'::json)`;

/** SQL: the counted entries of the visits on the lines CTE `lines`, and the association's rules. */
export function visitEntriesOfLinesSql(associationId: string) {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('interventionId', v."interventionId", 'kind', v."kind",
        'rawMinutes', v."rawMinutes", 'accountedMinutes', v."accountedMinutes") ORDER BY v."id")
      FROM "TimeEntry" v WHERE v."associationId" = ${associationId} AND ${Prisma.raw(countedVisitEntrySql("v"))}
        AND v."interventionId" IN (SELECT l."interventionId" FROM lines l)), '[]'::json) AS "visitEntries",
    (SELECT ${Prisma.raw(accountingRulesSql)} FROM "Association" a WHERE a."id" = ${associationId}) AS "rules"`;
}

export interface MovementLineJson {
  id: string;
  kind: LedgerKind;
  minutes: number;
  occurredOn: IsoDate;
  reason: string;
  interventionId: string | null;
  title: string | null;
  localDate: IsoDate | null;
  requestId: string | null;
  signed: boolean | null;
}

/** The page's movement lines, each visit's charge explained from its counted entries. */
export function movementViewsOf(
  lines: readonly MovementLineJson[],
  visitEntries: readonly VisitEntryRow[],
  rules: TimeAccountingRules,
  locale: Locale,
): MovementView[] {
  const ids = lines.flatMap((line) => (line.interventionId ? [line.interventionId] : []));
  const visits = summariesOf(ids, visitEntries, rules, locale);
  return lines.map((line) => ({
    id: line.id,
    kind: line.kind,
    minutes: line.minutes,
    occurredOn: line.occurredOn,
    reason: line.reason,
    intervention: line.interventionId
      ? {
          id: line.interventionId,
          title: line.title ?? "",
          localDate: line.localDate!,
          requestId: line.requestId,
          signed: Boolean(line.signed),
          explanation: visits.get(line.interventionId)?.explanation ?? null,
        }
      : null,
  }));
}
