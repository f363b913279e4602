import { addDays, type IsoDate } from "../calendar/local-date";
import { negateMinutes, sumMinutes, type LedgerMovement } from "./movements";

export type PeriodCloseInput = {
  /** Every movement of the subscription for the period being closed. */
  movements: readonly LedgerMovement[];
  /** Integer 0–100, share of the period's grants that may carry over. */
  carryOverCapPercent: number;
  /** Inclusive last day of the period; the close movements are dated on it. */
  periodEndDate: IsoDate;
  /** Unique per subscription and period, e.g. `close:<subscriptionId>:<periodId>`. */
  closeKeyPrefix: string;
};

export type PeriodClosePlan = {
  /** Movements to append to the closed period's ledger (empty when already closed). */
  movements: LedgerMovement[];
  /** Movement to append to the next period's ledger of the same member, or null. */
  nextPeriodCarryOverIn: LedgerMovement | null;
  carriedOverMinutes: number;
  expiredMinutes: number;
  /** Overuse to bill on the closing invoice; it is not a ledger movement. */
  overageMinutes: number;
  alreadyClosed: boolean;
};

export function closeKeys(closeKeyPrefix: string) {
  return {
    carryOverOut: `${closeKeyPrefix}:carry-over-out`,
    expiry: `${closeKeyPrefix}:expiry`,
    carryOverIn: `${closeKeyPrefix}:carry-over-in`,
  };
}

/** A close always writes its expiry movement (0 min when nothing expires), which marks it. */
export function hasBeenClosed(movements: readonly LedgerMovement[], closeKeyPrefix: string): boolean {
  const { carryOverOut, expiry } = closeKeys(closeKeyPrefix);
  return movements.some((m) => m.idempotencyKey === expiry || m.idempotencyKey === carryOverOut);
}

/** floor(grants × cap% / 100): carry-in is left out so carry-over never compounds. */
export function carryOverCapMinutes(movements: readonly LedgerMovement[], carryOverCapPercent: number): number {
  return Math.floor((sumMinutes(movements, ["GRANT"]) * carryOverCapPercent) / 100);
}

/**
 * Movements that close a subscription's period.
 *
 * - Positive remaining: carry-over out up to the cap, expiry for the rest, so the
 *   closed period ends at exactly 0.
 * - Zero or negative remaining: a zero expiry as the close marker; a negative
 *   balance is returned as `overageMinutes` to bill, and stays visible in the ledger.
 *
 * Keys are derived from `closeKeyPrefix` only, so a retried close produces the same
 * keys (the database's unique key rejects duplicates) and planning again on a ledger
 * that holds the close returns nothing.
 */
export function planPeriodClose(input: PeriodCloseInput): PeriodClosePlan {
  const { movements, carryOverCapPercent, periodEndDate, closeKeyPrefix } = input;
  if (!Number.isInteger(carryOverCapPercent) || carryOverCapPercent < 0 || carryOverCapPercent > 100) {
    throw new RangeError(`carryOverCapPercent must be an integer from 0 to 100: ${carryOverCapPercent}`);
  }
  if (closeKeyPrefix.trim() === "") throw new RangeError("closeKeyPrefix must not be empty");

  if (hasBeenClosed(movements, closeKeyPrefix)) {
    return {
      movements: [],
      nextPeriodCarryOverIn: null,
      carriedOverMinutes: 0,
      expiredMinutes: 0,
      overageMinutes: 0,
      alreadyClosed: true,
    };
  }

  const keys = closeKeys(closeKeyPrefix);
  const remaining = sumMinutes(movements);
  const carriedOverMinutes = Math.max(0, Math.min(remaining, carryOverCapMinutes(movements, carryOverCapPercent)));
  const expiredMinutes = Math.max(0, remaining - carriedOverMinutes);

  const planned: LedgerMovement[] = [];
  if (carriedOverMinutes > 0) {
    planned.push({
      kind: "CARRY_OVER_OUT",
      minutes: negateMinutes(carriedOverMinutes),
      occurredOn: periodEndDate,
      idempotencyKey: keys.carryOverOut,
    });
  }
  planned.push({
    kind: "EXPIRY",
    minutes: negateMinutes(expiredMinutes),
    occurredOn: periodEndDate,
    idempotencyKey: keys.expiry,
  });

  return {
    movements: planned,
    nextPeriodCarryOverIn:
      carriedOverMinutes > 0
        ? {
            kind: "CARRY_OVER_IN",
            minutes: carriedOverMinutes,
            occurredOn: addDays(periodEndDate, 1),
            idempotencyKey: keys.carryOverIn,
          }
        : null,
    carriedOverMinutes,
    expiredMinutes,
    overageMinutes: Math.max(0, -remaining),
    alreadyClosed: false,
  };
}

/**
 * Overage amount, pro rata per minute of the day rate, rounded half up to the cent:
 * round(minutes × dayRateCents / minutesPerDay) in integers.
 */
export function overageAmountCents(overageMinutes: number, overageDayRateCents: number, minutesPerDay = 420): number {
  for (const [name, value] of Object.entries({ overageMinutes, overageDayRateCents, minutesPerDay })) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${name} must be a non-negative integer: ${value}`);
  }
  if (minutesPerDay === 0) throw new RangeError("minutesPerDay must be positive");
  return Math.floor((2 * overageMinutes * overageDayRateCents + minutesPerDay) / (2 * minutesPerDay));
}
