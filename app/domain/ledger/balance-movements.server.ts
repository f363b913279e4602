// A member's balance movements as they are read: one line per visit (its consumption and the
// re-accounting corrections folded), every other movement on its own line, a page at a time.
import { Prisma, type LedgerKind } from "~/generated/prisma/client.ts";
import { readSql } from "~/utils/db.server";
import type { IsoDate } from "~/domain/calendar/local-date";
import { isoOf } from "~/domain/calendar/date-columns";
import { visitSummaries } from "../time/visit-summary.server";
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

/** One page of a subscription's movement lines (a visit's movements folded), newest first, each with its intervention (one statement). */
export async function movementPage(
  associationId: string,
  subscriptionId: string,
  page: number,
  locale: Locale,
): Promise<MovementView[]> {
  const rows = await readSql<{
    id: string;
    kind: LedgerKind;
    minutes: number;
    occurredOn: Date;
    reason: string;
    interventionId: string | null;
    title: string | null;
    localDate: Date | null;
    requestId: string | null;
    signed: boolean | null;
  }>(Prisma.sql`
    SELECT MIN(m.id) AS id, (ARRAY_AGG(m.kind::text ORDER BY m."createdAt", m.id))[1] AS kind, SUM(m.minutes)::int AS minutes,
      MAX(m."occurredOn") AS "occurredOn", CASE WHEN COUNT(*) = 1 THEN MIN(m.reason) ELSE '' END AS reason,
      i.id AS "interventionId", i.title, i."localDate", i."requestId", i.status::text = 'SIGNED' AS signed
    FROM "LedgerMovement" m
    LEFT JOIN "Intervention" i ON i.id = m."interventionId" AND i."associationId" = m."associationId"
    WHERE m."associationId" = ${associationId} AND m."subscriptionId" = ${subscriptionId}
    GROUP BY ${movementLine}, i.id, i.title, i."localDate", i."requestId", i.status
    ORDER BY MAX(m."occurredOn") DESC, MAX(m."createdAt") DESC, MIN(m.id) DESC
    LIMIT ${MOVEMENTS_PER_PAGE} OFFSET ${(page - 1) * MOVEMENTS_PER_PAGE}`);
  const visits = await visitSummaries(
    associationId,
    rows.flatMap((row) => (row.interventionId ? [row.interventionId] : [])),
    locale,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    minutes: row.minutes,
    occurredOn: isoOf(row.occurredOn),
    reason: row.reason,
    intervention: row.interventionId
      ? {
          id: row.interventionId,
          title: row.title ?? "",
          localDate: isoOf(row.localDate!),
          requestId: row.requestId,
          signed: Boolean(row.signed),
          explanation: visits.get(row.interventionId)?.explanation ?? null,
        }
      : null,
  }));
}
