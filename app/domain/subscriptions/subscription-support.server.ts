// Pieces shared by subscription creation, editing and renewal: the association's pricing
// settings, the current period, the grant movements.
import { compareIsoDates, maxIsoDate, minIsoDate, type IsoDate } from "~/domain/calendar/local-date";
import { appendMovementsFor } from "~/domain/ledger/ledger.server";
import { isoOf } from "~/domain/calendar/date-columns";
import { localDateOf } from "~/domain/calendar/zoned-time";
import type { CurrentUser } from "~/utils/auth.server";
import { periodsWithChoice } from "~/domain/periods/period-choice.server";
import type { Tx } from "~/utils/db.server";
import { grantKeyPrefix, planGrantMovement } from "./grant-plan";
import { fullGrantMinutes, proRataGrantMinutes } from "./pro-rata";

export type Actor = Pick<CurrentUser, "id" | "associationId" | "locale" | "timeZone" | "name">;

/** A subscription's terms (who, which period, how many shares, at what price, when): the fields renewal copies. */
export const subscriptionTermsFields = {
  id: true,
  memberId: true,
  periodId: true,
  shareHalves: true,
  priceCents: true,
  billingSchedule: true,
  startDate: true,
  endDate: true,
} as const;

export type Pricing = { sharePriceCents: number; daysPerShare: number; minutesPerDay: number };

export function pricingOf(client: Tx, associationId: string): Promise<Pricing> {
  return client.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { sharePriceCents: true, daysPerShare: true, minutesPerDay: true },
  });
}

/** The period containing today (association time zone), else the latest one; null when none. */
export async function currentPeriodId(user: Actor, now = new Date()): Promise<string | null> {
  return (await periodsWithChoice(user, null, now)).chosen?.id ?? null;
}

/** Minutes a subscription is entitled to: its shares, pro rata from its start date. */
export function grantTargetMinutes(
  pricing: Pricing,
  shareHalves: number,
  period: { startDate: Date; endDate: Date },
  startDate: IsoDate,
) {
  const full = fullGrantMinutes(shareHalves, pricing.daysPerShare, pricing.minutesPerDay);
  return proRataGrantMinutes(full, isoOf(period.startDate), isoOf(period.endDate), startDate);
}

/**
 * Appends the movement that brings the subscription's grant to `targetMinutes` (nothing when
 * it already matches). Existing movements are read, never changed: the ledger is append-only.
 */
export async function appendGrantChange(
  tx: Tx,
  user: Actor,
  subscription: { id: string; memberId: string; periodId: string },
  targetMinutes: number,
  occurredOn: IsoDate,
) {
  const prefix = grantKeyPrefix(subscription.id);
  const existing = await tx.ledgerMovement.findMany({
    where: {
      associationId: user.associationId,
      subscriptionId: subscription.id,
      OR: [{ idempotencyKey: prefix }, { idempotencyKey: { startsWith: `${prefix}:` } }],
    },
    select: { minutes: true },
  });
  const plan = planGrantMovement(subscription.id, existing, targetMinutes);
  if (!plan) return null;
  await appendMovementsFor(tx, user.associationId, [
    { subscription, movement: { ...plan, occurredOn, createdById: user.id } },
  ]);
  return plan;
}

/** A later change is dated today, kept inside the subscription so it shows in its period. */
export function changeDate(user: Actor, startDate: IsoDate, endDate: IsoDate, now = new Date()): IsoDate {
  return minIsoDate(maxIsoDate(localDateOf(now, user.timeZone), startDate), endDate);
}

/** Inclusive bounds check on "YYYY-MM-DD". */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate) {
  return compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;
}

// Dates become ISO strings, as they would in any JSON column.
