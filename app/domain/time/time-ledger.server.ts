// Keeps the ledger in step with time entries: what an entry costs goes to the member's
// subscription (or, for pooled work, to every subscription active that day, pro rata to shares),
// and a change appends the difference. Also the locked-period rule that guards every write.
import type { TimeEntryKind } from "~/generated/prisma/client.ts";
import type { Tx } from "~/utils/db.server";
import type { IsoDate } from "../calendar/local-date";
import { appendMovementsFor } from "../ledger/ledger.server";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import type { TimeAccountingRules } from "./accounted-minutes";
import { consumptionDeltas, type ConsumptionTarget } from "./consumption-deltas";
import { splitPooled } from "./pooled-split";
import { timeRefusal } from "./time-refusal";

export const rulesSelect = {
  roundingRemoteMinutes: true,
  roundingOnSiteMinutes: true,
  minimumOnSiteMinutes: true,
  roundingTravelMinutes: true,
  roundingPooledMinutes: true,
  travelPercent: true,
} as const;

export async function accountingRulesOf(tx: Tx, associationId: string): Promise<TimeAccountingRules> {
  return tx.association.findUniqueOrThrow({ where: { id: associationId }, select: rulesSelect });
}

/**
 * A closed or invoiced period is frozen: its time is corrected by an adjustment, at the office.
 * A date no period covers cannot be charged at all: the treasurer opens the period first.
 */
export async function assertDateUnlocked(tx: Tx, associationId: string, date: IsoDate) {
  const covering = await tx.period.findFirst({
    where: { associationId, startDate: { lte: dateColumn(date) }, endDate: { gte: dateColumn(date) } },
    select: { id: true },
  });
  if (!covering) throw timeRefusal("NO_PERIOD", { date });
  const locked = await tx.period.findFirst({
    where: {
      associationId,
      lockedAt: { not: null },
      startDate: { lte: dateColumn(date) },
      endDate: { gte: dateColumn(date) },
    },
    select: { label: true },
  });
  if (locked) throw timeRefusal("LOCKED_PERIOD", { period: locked.label });
}

type EntryForLedger = {
  id: string;
  kind: TimeEntryKind;
  localDate: Date;
  accountedMinutes: number;
  memberId: string | null;
  interventionId: string | null;
  endedAt: Date | null;
  startedAt: Date | null;
  deletedAt: Date | null;
};

const activeOn = (associationId: string, date: Date) => ({
  associationId,
  status: "ACTIVE" as const,
  startDate: { lte: date },
  endDate: { gte: date },
});

async function targetsOf(tx: Tx, associationId: string, entry: EntryForLedger): Promise<ConsumptionTarget[]> {
  // A running timer costs nothing yet; a deleted entry costs nothing any more.
  if (entry.deletedAt || (entry.startedAt && !entry.endedAt)) return [];
  if (entry.kind === "POOLED") {
    const subscriptions = await tx.subscription.findMany({
      where: { ...activeOn(associationId, entry.localDate), shareHalves: { gt: 0 } },
      select: { id: true, shareHalves: true },
      orderBy: { id: "asc" },
    });
    if (subscriptions.length === 0) return [];
    return splitPooled(entry.accountedMinutes, subscriptions).map((part) => ({
      subscriptionId: part.id,
      minutes: part.minutes,
    }));
  }
  if (!entry.memberId) return [];
  const subscription = await tx.subscription.findFirst({
    where: { ...activeOn(associationId, entry.localDate), memberId: entry.memberId },
    select: { id: true },
  });
  return subscription ? [{ subscriptionId: subscription.id, minutes: entry.accountedMinutes }] : [];
}

/** Appends what the entry's movements are missing so that they add up to its current cost. */
export async function syncEntryLedger(tx: Tx, associationId: string, entry: EntryForLedger, actorUserId: string) {
  const targets = await targetsOf(tx, associationId, entry);
  const recorded = await tx.ledgerMovement.findMany({
    where: { associationId, timeEntryId: entry.id },
    select: { subscriptionId: true, minutes: true },
  });
  const deltas = consumptionDeltas(entry.id, entry.kind === "POOLED", targets, recorded);
  if (deltas.length === 0) return 0;
  const subscriptions = await tx.subscription.findMany({
    where: { associationId, id: { in: deltas.map((delta) => delta.subscriptionId) } },
    select: { id: true, memberId: true, periodId: true },
  });
  const refOf = new Map(subscriptions.map((subscription) => [subscription.id, subscription]));
  return appendMovementsFor(
    tx,
    associationId,
    deltas.map((delta) => ({
      subscription: refOf.get(delta.subscriptionId)!,
      movement: {
        kind: delta.kind,
        minutes: delta.minutes,
        occurredOn: isoOf(entry.localDate),
        reason: delta.reason,
        interventionId: entry.interventionId,
        timeEntryId: entry.id,
        createdById: actorUserId,
        idempotencyKey: delta.idempotencyKey,
      },
    })),
  );
}
