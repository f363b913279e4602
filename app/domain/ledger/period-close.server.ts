// Closing a period: carry-over and expiry on the closed period, carry-over in on the next one,
// the period marked CLOSED and locked. See docs/decisions/008-period-close.md.
import type { PeriodStatus } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { type IsoDate } from "../calendar/local-date";
import { appendMovementsFor, type AppendMovementInput, type SubscriptionRef } from "./ledger.server";
import { isoOf } from "~/domain/calendar/date-columns";
import { periodSummaryFields } from "~/domain/periods/period-fields";
import { sumMinutes, type LedgerMovement } from "./movements";
import { carryOverCapMinutes, closeKeys, overageAmountCents, planPeriodClose } from "./period-close";
import { PERIOD_CLOSE_REASON, carryOverReason } from "./system-reasons";

export type CarryInState = "none" | "applied" | "to-apply" | "waiting-subscription" | "no-next-period";

export interface ClosePlanRow {
  subscription: SubscriptionRef;
  memberName: string;
  grantMinutes: number;
  /** Σ of the period's movements before the close movements. */
  remainingBeforeMinutes: number;
  capMinutes: number;
  carriedOverMinutes: number;
  expiredMinutes: number;
  overageMinutes: number;
  overageCents: number;
  alreadyClosed: boolean;
  carryIn: CarryInState;
  /** What the close writes now for this subscription (empty once everything is applied). */
  toWrite: { subscription: SubscriptionRef; movement: Omit<AppendMovementInput, "associationId" | "subscriptionId"> }[];
}

export interface ClosePlan {
  period: {
    id: string;
    label: string;
    startDate: IsoDate;
    endDate: IsoDate;
    status: PeriodStatus;
    lockedAt: Date | null;
  };
  nextPeriod: { id: string; label: string; startDate: IsoDate } | null;
  carryOverCapPercent: number;
  minutesPerDay: number;
  rows: ClosePlanRow[];
}

const closeKeyPrefix = (subscriptionId: string, periodId: string) => `close:${subscriptionId}:${periodId}`;

/**
 * What closing the period does, member by member, read in a fixed number of queries. On a
 * period already closed it reports what the close wrote, plus any carry-over in still to apply
 * (the next period's subscription did not exist yet at the time).
 */
export async function planClose(client: Tx, associationId: string, periodId: string): Promise<ClosePlan> {
  const period = await client.period.findFirst({
    where: { id: periodId, associationId },
    select: {
      ...periodSummaryFields,
      lockedAt: true,
      association: { select: { carryOverCapPercent: true, overageDayRateCents: true, minutesPerDay: true } },
    },
  });
  if (!period) notFound();
  const { carryOverCapPercent, overageDayRateCents, minutesPerDay } = period.association;
  const [nextPeriod, subscriptions, sums, markers] = await Promise.all([
    client.period.findFirst({
      where: { associationId, startDate: { gt: period.startDate } },
      orderBy: { startDate: "asc" },
      select: { id: true, label: true, startDate: true },
    }),
    client.subscription.findMany({
      where: { associationId, periodId },
      select: { id: true, memberId: true, periodId: true, member: { select: { name: true } } },
    }),
    client.ledgerMovement.groupBy({
      by: ["subscriptionId", "kind"],
      where: { associationId, periodId },
      _sum: { minutes: true },
    }),
    client.ledgerMovement.findMany({
      where: { associationId, periodId, idempotencyKey: { startsWith: "close:" } },
      select: { subscriptionId: true, kind: true, minutes: true, idempotencyKey: true },
    }),
  ]);
  const [nextSubscriptions, appliedCarryIns] = nextPeriod
    ? await Promise.all([
        client.subscription.findMany({
          where: { associationId, periodId: nextPeriod.id },
          select: { id: true, memberId: true, periodId: true },
        }),
        client.ledgerMovement.findMany({
          where: {
            associationId,
            idempotencyKey: { in: subscriptions.map((s) => closeKeys(closeKeyPrefix(s.id, periodId)).carryOverIn) },
          },
          select: { idempotencyKey: true },
        }),
      ])
    : [[], []];
  const nextOf = new Map(nextSubscriptions.map((subscription) => [subscription.memberId, subscription]));
  const applied = new Set(appliedCarryIns.map((row) => row.idempotencyKey));
  const endDate = isoOf(period.endDate);

  const rows = subscriptions.map((row): ClosePlanRow => {
    const subscription = { id: row.id, memberId: row.memberId, periodId: row.periodId };
    const prefix = closeKeyPrefix(row.id, periodId);
    const keys = closeKeys(prefix);
    const mine = markers.filter((marker) => marker.subscriptionId === row.id);
    // Sums per kind carry the amounts; the stored close rows only tell whether the close happened.
    const movements: LedgerMovement[] = sums
      .filter((sum) => sum.subscriptionId === row.id)
      .map((sum) => ({ kind: sum.kind, minutes: sum._sum.minutes ?? 0, occurredOn: endDate }));
    const marker = mine.find((m) => m.idempotencyKey === keys.expiry || m.idempotencyKey === keys.carryOverOut);
    if (marker)
      movements.push({ kind: "EXPIRY", minutes: 0, occurredOn: endDate, idempotencyKey: marker.idempotencyKey });

    const plan = planPeriodClose({ movements, carryOverCapPercent, periodEndDate: endDate, closeKeyPrefix: prefix });
    const storedOf = (key: string) => -(mine.find((m) => m.idempotencyKey === key)?.minutes ?? 0) || 0;
    const carriedOverMinutes = plan.alreadyClosed ? storedOf(keys.carryOverOut) : plan.carriedOverMinutes;
    const expiredMinutes = plan.alreadyClosed ? storedOf(keys.expiry) : plan.expiredMinutes;
    const remainingNow = sumMinutes(movements);
    const remainingBeforeMinutes = plan.alreadyClosed
      ? remainingNow + carriedOverMinutes + expiredMinutes
      : remainingNow;
    const overageMinutes = Math.max(0, -remainingBeforeMinutes);

    const toWrite: ClosePlanRow["toWrite"] = plan.movements.map((movement) => ({
      subscription,
      movement: { ...movement, reason: PERIOD_CLOSE_REASON },
    }));
    const next = nextOf.get(row.memberId);
    let carryIn: CarryInState = "none";
    if (carriedOverMinutes > 0) {
      if (!nextPeriod) carryIn = "no-next-period";
      else if (applied.has(keys.carryOverIn)) carryIn = "applied";
      else if (!next) carryIn = "waiting-subscription";
      else {
        carryIn = "to-apply";
        toWrite.push({
          subscription: next,
          movement: {
            kind: "CARRY_OVER_IN",
            minutes: carriedOverMinutes,
            occurredOn: isoOf(nextPeriod.startDate),
            reason: carryOverReason(period.label),
            idempotencyKey: keys.carryOverIn,
          },
        });
      }
    }
    return {
      subscription,
      memberName: row.member.name,
      grantMinutes: sumMinutes(movements, ["GRANT"]),
      remainingBeforeMinutes,
      capMinutes: carryOverCapMinutes(movements, carryOverCapPercent),
      carriedOverMinutes,
      expiredMinutes,
      overageMinutes,
      overageCents: overageAmountCents(overageMinutes, overageDayRateCents, minutesPerDay),
      alreadyClosed: plan.alreadyClosed,
      carryIn,
      toWrite,
    };
  });
  rows.sort((a, b) => a.memberName.localeCompare(b.memberName, "fr"));
  const { association: _settings, ...periodFields } = period;
  return {
    period: { ...periodFields, startDate: isoOf(period.startDate), endDate },
    nextPeriod: nextPeriod && { ...nextPeriod, startDate: isoOf(nextPeriod.startDate) },
    carryOverCapPercent,
    minutesPerDay,
    rows,
  };
}

export function previewPeriodClose(associationId: string, periodId: string) {
  return planClose(db(), associationId, periodId);
}

/**
 * Applies the close inside the caller's transaction. Safe to repeat and to race: every
 * movement has a key derived from (subscription, period), so the unique index keeps one copy,
 * and the period is only switched from OPEN once. A repeat after the next period's
 * subscriptions exist applies the carry-over in that was waiting for them.
 */
type ClosedPeriod = Awaited<ReturnType<typeof closePeriodInTx>>;

export async function closePeriodInTx(tx: Tx, associationId: string, periodId: string, actorUserId: string | null) {
  const plan = await planClose(tx, associationId, periodId);
  const written = await appendMovementsFor(
    tx,
    associationId,
    plan.rows.flatMap((row) => row.toWrite),
  );
  const now = new Date();
  const switched = await tx.period.updateMany({
    where: { id: periodId, associationId, status: "OPEN" },
    data: { status: "CLOSED", closedAt: now, lockedAt: plan.period.lockedAt ?? now },
  });
  if (switched.count === 1 || written > 0) {
    await recordAudit(
      tx,
      { id: actorUserId, associationId },
      {
        action: switched.count === 1 ? "period.close" : "period.carry-over-in",
        entityType: "Period",
        entityId: periodId,
        after: {
          movementsWritten: written,
          carriedOverMinutes: plan.rows.reduce((sum, row) => sum + row.carriedOverMinutes, 0),
          expiredMinutes: plan.rows.reduce((sum, row) => sum + row.expiredMinutes, 0),
          overageMinutes: plan.rows.reduce((sum, row) => sum + row.overageMinutes, 0),
        },
      },
    );
  }
  return { movementsWritten: written, closedNow: switched.count === 1, label: plan.period.label };
}

/**
 * Closes the period for good. Another association's period answers 404 first; then, from a form,
 * `confirmed: false` (the box left unticked) is refused without writing anything.
 */
export function closePeriod(associationId: string, periodId: string, actorUserId: string | null): Promise<ClosedPeriod>;
export function closePeriod(
  associationId: string,
  periodId: string,
  actorUserId: string | null,
  options: { confirmed: boolean },
): Promise<ClosedPeriod | { refused: "confirm" }>;
export async function closePeriod(
  associationId: string,
  periodId: string,
  actorUserId: string | null,
  options: { confirmed?: boolean } = {},
) {
  return db().$transaction(async (tx) => {
    const period = await tx.period.findFirst({ where: { id: periodId, associationId }, select: { id: true } });
    if (!period) notFound();
    if (options.confirmed === false) return { refused: "confirm" as const };
    return closePeriodInTx(tx, associationId, periodId, actorUserId);
  });
}
