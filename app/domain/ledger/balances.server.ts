// The ledger's read side: every figure is summed from movements by the database, in a fixed
// number of queries whatever the number of members or movements (no query per member).
import { Prisma, type LedgerKind, type PeriodStatus } from "~/generated/prisma/client.ts";
import { readSql } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { type IsoDate } from "../calendar/local-date";
import { RESERVING_STATES } from "../scheduling/lifecycle";
import { summarizeBalance, type BalanceSummary } from "./balance";
import { projectYearEnd, type YearEndProjection } from "./year-end";
import { projectExhaustionDate } from "./exhaustion";
import { LEDGER_KINDS, type LedgerMovement } from "./movements";
import {
  MOVEMENTS_PER_PAGE,
  movementLine,
  movementLinesJsonSql,
  movementLinesSql,
  movementViewsOf,
  visitEntriesOfLinesSql,
  type MovementLineJson,
} from "./balance-movements.server";
import type { TimeAccountingRules } from "../time/accounted-minutes";
import type { VisitEntryRow } from "../time/visit-summary.server";
import type { Locale } from "~/utils/i18n";

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

export interface BalancesRow {
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
export function balancesSql(scope: BalanceScope, periodId: string | null | undefined, now: Date) {
  return Prisma.sql`${balancesCtes(scope, periodId, now)} SELECT ${balancesColumns(scope)} FROM settings s`;
}

/** balancesSql's CTEs (`settings`, `periods`, `chosen`, `reserved`, `totals`), for a statement that reads more. */
function balancesCtes(scope: BalanceScope, periodId: string | null | undefined, now: Date) {
  const { associationId, memberId } = scope;
  const sumOf = (kind: LedgerKind) =>
    Prisma.sql`COALESCE(SUM(m.minutes) FILTER (WHERE m.kind = ${kind}::"LedgerKind"), 0)::int AS ${Prisma.raw(`"${kind}"`)}`;
  return Prisma.sql`
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
    ), reserved AS MATERIALIZED (
      -- Materialized: referenced once, PostgreSQL inlined it into the join with totals and ran the
      -- whole aggregate again for every member row (12 loops on the demo, 300 with 300 members).
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
    )`;
}

/** balancesSql's columns, read from its CTEs and `settings s`. */
function balancesColumns({ associationId, memberId }: BalanceScope) {
  return Prisma.sql`s."minutesPerDay", s."carryOverCapPercent", to_char(s.today, 'YYYY-MM-DD') AS today,
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
      } AS member`;
}

async function readBalances(scope: BalanceScope, periodId: string | null | undefined, now: Date) {
  const [row] = await readSql<BalancesRow>(balancesSql(scope, periodId, now));
  return checkedBalances(row, periodId);
}

function checkedBalances(row: BalancesRow | null | undefined, periodId: string | null | undefined) {
  if (!row) notFound();
  // The requested period must be the association's; another tenant's id reads as unknown.
  if (periodId && row.periodId !== periodId) notFound();
  return row;
}

/** memberBalances, with the scope's member (id and name) when `scope.memberId` is set. */
export async function balancesWithMember(
  scope: BalanceScope,
  periodId: string | null | undefined,
  now: Date,
): Promise<BalancesView & { member: { id: string; name: string } | null }> {
  return balancesViewOf(await readBalances(scope, periodId, now));
}

/**
 * The balances view of a balancesSql row read within a page's own statement (the member's home);
 * 404 when the requested period is not the association's.
 */
export function balancesFromRow(row: BalancesRow | null | undefined, periodId: string | null | undefined) {
  return balancesViewOf(checkedBalances(row, periodId));
}

function balancesViewOf(read: BalancesRow): BalancesView & { member: { id: string; name: string } | null } {
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
  locale: Locale = "fr",
) {
  if (scope.memberId && scope.memberId !== memberId) notFound();
  const associationId = scope.associationId;
  const currentPage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  // One statement (ADR 019, fifth pass; it took three): the balances, the page of movement lines of
  // the member's subscription in the period shown, and what explains each visit's charge.
  const balanceScope = { associationId, memberId };
  const [row] = await readSql<BalancesRow & MovementsRead>(Prisma.sql`
    ${balancesCtes(balanceScope, periodId, now)}, lines AS (
      ${movementLinesSql(associationId, Prisma.sql`(SELECT t."subscriptionId" FROM totals t LIMIT 1)`, currentPage)}
    )
    SELECT ${balancesColumns(balanceScope)}, ${movementLinesJsonSql} AS "lines", ${visitEntriesOfLinesSql(associationId)}
    FROM settings s`);
  const { member, ...view } = balancesFromRow(row, periodId);
  if (!member) notFound();
  const balance = view.rows[0] ?? null;
  return {
    ...view,
    member,
    balance,
    movements: balance ? movementViewsOf(row!.lines, row!.visitEntries, row!.rules, locale) : [],
    page: currentPage,
    pageCount: Math.max(1, Math.ceil((balance?.movementCount ?? 0) / MOVEMENTS_PER_PAGE)),
  };
}

interface MovementsRead {
  lines: MovementLineJson[];
  visitEntries: VisitEntryRow[];
  rules: TimeAccountingRules;
}
