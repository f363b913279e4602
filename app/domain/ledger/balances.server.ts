// The ledger's read side: every figure is summed from movements by the database, in a fixed
// number of queries whatever the number of members or movements (no query per member).
import { Prisma, type LedgerKind, type PeriodStatus } from "~/generated/prisma/client.ts";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { type IsoDate } from "../calendar/local-date";
import { RESERVING_STATES } from "../scheduling/lifecycle";
import { visitSummaries } from "../time/visit-summary.server";
import { summarizeBalance, type BalanceSummary } from "./balance";
import { projectYearEnd, type YearEndProjection } from "./year-end";
import { projectExhaustionDate } from "./exhaustion";
import { isoOf } from "./ledger.server";
import { LEDGER_KINDS, type LedgerMovement } from "./movements";
import { TIME_CORRECTION_REASON } from "../time/consumption-deltas";

/**
 * The line a movement is shown on. Per-visit accounting re-balances a visit by appending
 * corrections (ADR 014), so one visit can hold a consumption and several give-backs; they read as
 * one charge, with the visit's explanation. Every other movement stands on its own line.
 */
const movementLine = Prisma.sql`CASE WHEN m."interventionId" IS NOT NULL AND (m.kind IN ('CONSUMPTION', 'POOLED_CONSUMPTION')
  OR (m.kind = 'ADJUSTMENT' AND m.reason = ${TIME_CORRECTION_REASON})) THEN 'visit:' || m."interventionId" ELSE m.id END`;

/** `scopeOf(user)`: a member user only ever reaches their own organisation. */
export interface BalanceScope {
  associationId: string;
  memberId?: string;
}

export interface PeriodOption {
  id: string;
  label: string;
  startDate: IsoDate;
  endDate: IsoDate;
  status: PeriodStatus;
}

export interface MemberBalanceRow extends BalanceSummary {
  memberId: string;
  memberName: string;
  subscriptionId: string;
  shareHalves: number;
  movementCount: number;
  /** Null when the balance lasts to the period end at the current pace (or nothing used yet). */
  projectedExhaustion: IsoDate | null;
  /** The period's end at the current pace, and what would expire beyond the carry-over cap (null outside the period). */
  yearEnd: YearEndProjection | null;
}

export interface BalancesView {
  periods: PeriodOption[];
  /** Null when the association has no period yet. */
  period: PeriodOption | null;
  minutesPerDay: number;
  today: IsoDate;
  rows: MemberBalanceRow[];
}

type SubscriptionTotals = Record<LedgerKind, number> & {
  subscriptionId: string;
  memberId: string;
  memberName: string;
  shareHalves: number;
  /** Σ consumption dated from the period start to today (negative), the projection's pace. */
  consumedToDate: number;
  movementCount: number;
  reservedMinutes: number;
};

interface BalancesRow {
  minutesPerDay: number;
  carryOverCapPercent: number;
  today: IsoDate;
  periods: PeriodOption[];
  periodId: string | null;
  totals: SubscriptionTotals[];
  member: { id: string; name: string } | null;
}

/**
 * Everything a balance view reads, in ONE statement (ADR 019; it took four round trips): the
 * association's settings, today in its time zone, its periods, the period shown (the requested
 * one, else the one containing today, else the latest), and every subscription of that period
 * within the scope with its minutes summed per kind (a single pass over the period's movements,
 * through the subscriptionId index) and its member's reserved minutes. With `memberId`, the
 * member's id and name too (null when it is not the association's).
 *
 * Reserved = what planned and in-progress interventions of the period will still cost: their
 * planned minutes less the time already charged to them, never below zero. Only closing (done)
 * or cancelling releases a reservation; the first entry does not (issue 11).
 */
async function readBalances(scope: BalanceScope, periodId: string | null | undefined, now: Date) {
  const { associationId, memberId } = scope;
  const sumOf = (kind: LedgerKind) =>
    Prisma.sql`COALESCE(SUM(m.minutes) FILTER (WHERE m.kind = ${kind}::"LedgerKind"), 0)::int AS ${Prisma.raw(`"${kind}"`)}`;
  const rows = await db().$queryRaw<BalancesRow[]>`
    WITH settings AS (
      SELECT a."minutesPerDay", a."carryOverCapPercent", (${now.toISOString()}::timestamptz AT TIME ZONE a."timeZone")::date AS today
      FROM "Association" a WHERE a."id" = ${associationId}
    ), periods AS (
      SELECT p."id", p."label", p."startDate", p."endDate", p."status"::text AS "status"
      FROM "Period" p WHERE p."associationId" = ${associationId}
    ), chosen AS (
      SELECT p."id", p."startDate", p."endDate", s.today FROM periods p CROSS JOIN settings s
      WHERE ${periodId ? Prisma.sql`p."id" = ${periodId}` : Prisma.sql`TRUE`}
      ORDER BY (p."startDate" <= s.today AND s.today <= p."endDate") DESC, p."startDate" DESC
      LIMIT 1
    ), reserved AS (
      SELECT i."memberId", SUM(GREATEST(0, i."plannedMinutes" - COALESCE((
        SELECT SUM(t."accountedMinutes") FROM "TimeEntry" t
        WHERE t."associationId" = i."associationId" AND t."interventionId" = i."id" AND t."deletedAt" IS NULL
      ), 0)))::int AS "reservedMinutes"
      FROM chosen c
      JOIN "Intervention" i ON i."localDate" BETWEEN c."startDate" AND c."endDate"
      WHERE i."associationId" = ${associationId} AND i."memberId" IS NOT NULL
        ${memberId ? Prisma.sql`AND i."memberId" = ${memberId}` : Prisma.empty}
        AND i."status"::text IN (${Prisma.join([...RESERVING_STATES])})
      GROUP BY i."memberId"
    ), totals AS (
      SELECT s.id AS "subscriptionId", s."memberId", mb.name AS "memberName", s."shareHalves",
        ${Prisma.join(LEDGER_KINDS.map(sumOf), ", ")},
        COALESCE(SUM(m.minutes) FILTER (
          WHERE m.kind IN ('CONSUMPTION', 'POOLED_CONSUMPTION') AND m."occurredOn" BETWEEN c."startDate" AND c.today
        ), 0)::int AS "consumedToDate",
        COUNT(DISTINCT ${movementLine})::int AS "movementCount"
      FROM chosen c
      JOIN "Subscription" s ON s."periodId" = c."id" AND s."associationId" = ${associationId}
      JOIN "Member" mb ON mb.id = s."memberId" AND mb."associationId" = s."associationId"
      LEFT JOIN "LedgerMovement" m ON m."subscriptionId" = s.id AND m."periodId" = s."periodId" AND m."associationId" = s."associationId"
      ${memberId ? Prisma.sql`WHERE s."memberId" = ${memberId}` : Prisma.empty}
      GROUP BY s.id, mb.name
    )
    SELECT s."minutesPerDay", s."carryOverCapPercent", to_char(s.today, 'YYYY-MM-DD') AS today,
      (SELECT id FROM chosen) AS "periodId",
      COALESCE((
        SELECT json_agg(json_build_object('id', p."id", 'label', p."label", 'startDate', to_char(p."startDate", 'YYYY-MM-DD'),
          'endDate', to_char(p."endDate", 'YYYY-MM-DD'), 'status', p."status") ORDER BY p."startDate" DESC)
        FROM periods p
      ), '[]') AS periods,
      COALESCE((
        SELECT json_agg(x) FROM (
          SELECT t.*, COALESCE(r."reservedMinutes", 0) AS "reservedMinutes"
          FROM totals t LEFT JOIN reserved r ON r."memberId" = t."memberId"
        ) x
      ), '[]') AS totals,
      ${
        memberId
          ? Prisma.sql`(SELECT json_build_object('id', mb."id", 'name', mb."name") FROM "Member" mb
              WHERE mb."associationId" = ${associationId} AND mb."id" = ${memberId})`
          : Prisma.sql`NULL::json`
      } AS member
    FROM settings s`;
  const row = rows[0];
  if (!row) notFound();
  // The requested period must be the association's; another tenant's id reads as unknown.
  if (periodId && row.periodId !== periodId) notFound("Période introuvable.");
  return row;
}

/** memberBalances, with the scope's member (id and name) when `scope.memberId` is set. */
export async function balancesWithMember(
  scope: BalanceScope,
  periodId: string | null | undefined,
  now: Date,
): Promise<BalancesView & { member: { id: string; name: string } | null }> {
  const read = await readBalances(scope, periodId, now);
  const { today, periods } = read;
  const period = periods.find((candidate) => candidate.id === read.periodId) ?? null;
  const base = { periods, period, minutesPerDay: read.minutesPerDay, today };
  if (!period) return { ...base, rows: [], member: read.member };

  const rows = read.totals.map((total) => {
    // One aggregated movement per kind is enough for the pure summaries: they only add minutes.
    const movements: LedgerMovement[] = LEDGER_KINDS.map((kind) => ({
      kind,
      minutes: total[kind],
      occurredOn: period.startDate,
    }));
    const summary = summarizeBalance(movements, total.reservedMinutes);
    const projectedExhaustion = projectExhaustionDate({
      remainingMinutes: summary.remainingMinutes,
      movements: [{ kind: "CONSUMPTION", minutes: total.consumedToDate, occurredOn: period.startDate }],
      periodStart: period.startDate,
      periodEnd: period.endDate,
      today,
    });
    return {
      ...summary,
      memberId: total.memberId,
      memberName: total.memberName,
      subscriptionId: total.subscriptionId,
      shareHalves: total.shareHalves,
      movementCount: total.movementCount,
      projectedExhaustion,
      yearEnd: projectYearEnd({
        remainingMinutes: summary.remainingMinutes,
        reservedMinutes: summary.reservedMinutes,
        consumedToDateMinutes: Math.max(0, -total.consumedToDate),
        grantedMinutes: total.GRANT,
        carryOverCapPercent: read.carryOverCapPercent,
        periodStart: period.startDate,
        periodEnd: period.endDate,
        today,
      }),
    };
  });
  rows.sort((a, b) => a.memberName.localeCompare(b.memberName, "fr"));
  return { ...base, rows, member: read.member };
}

/**
 * Balances of every subscription of the period within the scope (all members for staff, one
 * for a member user): one statement whatever the numbers of members and movements (readBalances).
 * The requested period (404 when it is not the association's), else the current one, else the latest.
 */
export async function memberBalances(
  scope: BalanceScope,
  periodId?: string | null,
  now: Date = new Date(),
): Promise<BalancesView> {
  const { member: _member, ...view } = await balancesWithMember(scope, periodId, now);
  return view;
}

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
 * One member's balance for a period, with one page of its movements (newest first) and the
 * intervention each comes from. A member user asking for another member gets 404.
 */
export async function memberBalance(
  scope: BalanceScope,
  memberId: string,
  periodId?: string | null,
  page = 1,
  now = new Date(),
) {
  if (scope.memberId && scope.memberId !== memberId) notFound();
  const associationId = scope.associationId;
  const { member, ...view } = await balancesWithMember({ associationId, memberId }, periodId, now);
  if (!member) notFound();
  const currentPage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const balance = view.rows[0] ?? null;
  const movements =
    balance && balance.movementCount > 0 ? await movementPage(associationId, balance.subscriptionId, currentPage) : [];
  return {
    ...view,
    member,
    balance,
    movements,
    page: currentPage,
    pageCount: Math.max(1, Math.ceil((balance?.movementCount ?? 0) / MOVEMENTS_PER_PAGE)),
  };
}

/** One page of a subscription's movement lines (a visit's movements folded), newest first, each with its intervention (one statement). */
async function movementPage(associationId: string, subscriptionId: string, page: number): Promise<MovementView[]> {
  const rows = await db().$queryRaw<
    {
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
    }[]
  >`
    SELECT MIN(m.id) AS id, (ARRAY_AGG(m.kind::text ORDER BY m."createdAt", m.id))[1] AS kind, SUM(m.minutes)::int AS minutes,
      MAX(m."occurredOn") AS "occurredOn", CASE WHEN COUNT(*) = 1 THEN MIN(m.reason) ELSE '' END AS reason,
      i.id AS "interventionId", i.title, i."localDate", i."requestId", i.status::text = 'SIGNED' AS signed
    FROM "LedgerMovement" m
    LEFT JOIN "Intervention" i ON i.id = m."interventionId" AND i."associationId" = m."associationId"
    WHERE m."associationId" = ${associationId} AND m."subscriptionId" = ${subscriptionId}
    GROUP BY ${movementLine}, i.id, i.title, i."localDate", i."requestId", i.status
    ORDER BY MAX(m."occurredOn") DESC, MAX(m."createdAt") DESC, MIN(m.id) DESC
    LIMIT ${MOVEMENTS_PER_PAGE} OFFSET ${(page - 1) * MOVEMENTS_PER_PAGE}`;
  const visits = await visitSummaries(
    associationId,
    rows.flatMap((row) => (row.interventionId ? [row.interventionId] : [])),
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
