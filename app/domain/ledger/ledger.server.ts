// The ledger's write side: movements are only ever appended (never updated or deleted), and
// every balance is a sum of them (see balances.server.ts for the read side).
import type { LedgerKind } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { compareIsoDates, type IsoDate } from "../calendar/local-date";
import { type AdjustmentInput } from "./adjustment.schema";
import { assertValidMovement } from "./movements";
import { overageAmountCents } from "./period-close";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import { todayIn } from "~/domain/calendar/today";

export interface AppendMovementInput {
  associationId: string;
  subscriptionId: string;
  kind: LedgerKind;
  /** Signed: see signOf() in movements.ts. */
  minutes: number;
  occurredOn: IsoDate;
  reason?: string;
  interventionId?: string | null;
  timeEntryId?: string | null;
  createdById?: string | null;
  /** Automatic movements carry one, so a retried write is a no-op. */
  idempotencyKey?: string | null;
}

/** The subscription fields a movement copies (member and period are denormalised on each row). */
export interface SubscriptionRef {
  id: string;
  memberId: string;
  periodId: string;
}

export function assertValidInput(input: Pick<AppendMovementInput, "kind" | "minutes" | "reason">) {
  assertValidMovement(input);
  if (input.kind === "ADJUSTMENT" && !input.reason?.trim()) {
    throw new RangeError("ADJUSTMENT: a reason is required");
  }
}

/**
 * Appends movements of subscriptions already loaded, in one INSERT. A movement whose
 * idempotency key is already stored is skipped (unique [associationId, idempotencyKey]), so
 * retries and concurrent runs write each keyed movement once. Returns how many were written.
 */
export async function appendMovementsFor(
  tx: Tx,
  associationId: string,
  rows: { subscription: SubscriptionRef; movement: Omit<AppendMovementInput, "associationId" | "subscriptionId"> }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  for (const { movement } of rows) assertValidInput(movement);
  const result = await tx.ledgerMovement.createMany({
    data: rows.map(({ subscription, movement }) => ({
      associationId,
      subscriptionId: subscription.id,
      memberId: subscription.memberId,
      periodId: subscription.periodId,
      kind: movement.kind,
      minutes: movement.minutes,
      occurredOn: dateColumn(movement.occurredOn),
      reason: movement.reason?.trim() ?? "",
      interventionId: movement.interventionId ?? null,
      timeEntryId: movement.timeEntryId ?? null,
      createdById: movement.createdById ?? null,
      idempotencyKey: movement.idempotencyKey ?? null,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

/**
 * Appends one movement to a subscription of the association. Returns false when a movement
 * with the same idempotency key already exists (the call was a repeat). Throws on a wrong
 * sign for the kind, a missing adjustment reason, or a subscription outside the association.
 */
export async function appendMovement(tx: Tx, input: AppendMovementInput): Promise<boolean> {
  assertValidInput(input);
  const subscription = await tx.subscription.findFirst({
    where: { id: input.subscriptionId, associationId: input.associationId },
    select: { id: true, memberId: true, periodId: true },
  });
  if (!subscription) throw new RangeError(`Unknown subscription ${input.subscriptionId} in this association`);
  const { associationId: _association, subscriptionId: _subscription, ...movement } = input;
  return (await appendMovementsFor(tx, input.associationId, [{ subscription, movement }])) === 1;
}

/** The member, within the association, or a 404: checked before anything else is read from a form. */
export async function requireMember(associationId: string, memberId: string) {
  const member = await db().member.findFirst({
    where: { associationId, id: memberId },
    select: { id: true, name: true },
  });
  return member ?? notFound();
}

/** Hours and minutes typed by a person, with a sign chosen apart: −1 h 30 → −90. */
export function adjustmentMinutes(input: Pick<AdjustmentInput, "direction" | "hours" | "minutes">) {
  const magnitude = input.hours * 60 + input.minutes;
  return input.direction === "remove" ? -magnitude : magnitude;
}

/** A subscription as an adjustment needs it: its period's bounds date the movement. */
export const adjustableSubscription = {
  id: true,
  memberId: true,
  periodId: true,
  period: { select: { startDate: true, endDate: true } },
  association: { select: { minutesPerDay: true } },
} as const;

type AdjustableSubscription = {
  id: string;
  memberId: string;
  periodId: string;
  period: { startDate: Date; endDate: Date };
};

/**
 * Appends one ADJUSTMENT by staff, dated today (kept inside the period), and writes the audit
 * entry in the same transaction. Shared by the balance page's adjustments and the corrections made
 * from an intervention's page (then the movement also points to the intervention).
 */
export async function writeAdjustment(
  tx: Tx,
  user: Pick<CurrentUser, "id" | "associationId" | "timeZone">,
  subscription: AdjustableSubscription,
  input: { minutes: number; reason: string; interventionId?: string | null },
  audit: { action: string; entityType: string; entityId: string },
) {
  const today = todayIn(user);
  const start = isoOf(subscription.period.startDate);
  const end = isoOf(subscription.period.endDate);
  const occurredOn = compareIsoDates(today, start) < 0 ? start : compareIsoDates(today, end) > 0 ? end : today;
  const reason = input.reason.trim();
  const movement = {
    kind: "ADJUSTMENT" as const,
    minutes: input.minutes,
    occurredOn,
    reason,
    createdById: user.id,
    interventionId: input.interventionId ?? null,
  };
  const ref = { id: subscription.id, memberId: subscription.memberId, periodId: subscription.periodId };
  await appendMovementsFor(tx, user.associationId, [{ subscription: ref, movement }]);
  await recordAudit(
    tx,
    { id: user.id, associationId: user.associationId },
    {
      ...audit,
      after: { kind: "ADJUSTMENT", minutes: input.minutes, occurredOn, subscriptionId: subscription.id },
      reason,
    },
  );
  return occurredOn;
}

/**
 * A manual correction by staff, with its mandatory reason, dated today (kept inside the
 * period) and written to the audit log in the same transaction. A closed period can still be
 * corrected this way: that is how a locked period is changed at all.
 */
export async function addAdjustment(user: CurrentUser, memberId: string, periodId: string, input: AdjustmentInput) {
  const associationId = user.associationId;
  const minutes = adjustmentMinutes(input);
  return db().$transaction(async (tx) => {
    const subscription = await tx.subscription.findFirst({
      where: { associationId, memberId, periodId },
      select: adjustableSubscription,
    });
    if (!subscription) notFound();
    await writeAdjustment(
      tx,
      user,
      subscription,
      { minutes, reason: input.reason },
      { action: "ledger.adjustment", entityType: "Subscription", entityId: subscription.id },
    );
    return { subscriptionId: subscription.id, minutes, minutesPerDay: subscription.association.minutesPerDay };
  });
}

export interface OverageLine {
  subscriptionId: string;
  memberId: string;
  memberName: string;
  overageMinutes: number;
  amountCents: number;
}

/**
 * What the closing invoice bills as overage: for a CLOSED period, −remaining of each
 * subscription whose balance ended below zero (the close leaves a positive balance at exactly
 * 0 through carry-over and expiry, so any negative remainder is overuse). Derived from the
 * ledger, so a later adjustment on the closed period lowers the overage. Empty while the
 * period is open. The invoicing work reads this; nothing else stores overage.
 */
export async function overageToBill(associationId: string, periodId: string): Promise<OverageLine[]> {
  const period = await db().period.findFirst({
    where: { id: periodId, associationId },
    select: { status: true, association: { select: { overageDayRateCents: true, minutesPerDay: true } } },
  });
  if (!period) notFound();
  if (period.status !== "CLOSED") return [];
  const sums = await db().ledgerMovement.groupBy({
    by: ["subscriptionId", "memberId"],
    where: { associationId, periodId },
    _sum: { minutes: true },
  });
  const overdrawn = sums.filter((row) => (row._sum.minutes ?? 0) < 0);
  const members = await db().member.findMany({
    where: { associationId, id: { in: overdrawn.map((row) => row.memberId) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  const { overageDayRateCents, minutesPerDay } = period.association;
  return overdrawn
    .map((row) => {
      const overageMinutes = -(row._sum.minutes ?? 0);
      return {
        subscriptionId: row.subscriptionId,
        memberId: row.memberId,
        memberName: nameOf.get(row.memberId) ?? "",
        overageMinutes,
        amountCents: overageAmountCents(overageMinutes, overageDayRateCents, minutesPerDay),
      };
    })
    .sort((a, b) => a.memberName.localeCompare(b.memberName, "fr"));
}
