import { addDays, compareIsoDates, daysBetween, type IsoDate } from "../calendar/local-date";
import { type LedgerMovement } from "./movements";

export type ExhaustionInput = {
  remainingMinutes: number;
  /** The subscription's movements; only consumption dated in the elapsed part counts. */
  movements: readonly LedgerMovement[];
  periodStart: IsoDate;
  /** Inclusive. */
  periodEnd: IsoDate;
  today: IsoDate;
};

/**
 * Projected date the balance runs out, at the average daily burn rate of the
 * elapsed part of the period (periodStart → today, both included).
 *
 * Only consumption and pooled consumption make the burn rate: adjustments are
 * corrections, not a usage pattern. Returns today when the balance is already
 * exhausted, and null when nothing has been consumed yet or when, at this rate,
 * the balance lasts past the period end.
 */
export function projectExhaustionDate(input: ExhaustionInput): IsoDate | null {
  const { remainingMinutes, movements, periodStart, periodEnd, today } = input;
  if (compareIsoDates(today, periodStart) < 0 || compareIsoDates(today, periodEnd) > 0) return null;
  if (remainingMinutes <= 0) return today;

  let consumed = 0;
  for (const movement of movements) {
    if (movement.kind !== "CONSUMPTION" && movement.kind !== "POOLED_CONSUMPTION") continue;
    if (compareIsoDates(movement.occurredOn, periodStart) < 0 || compareIsoDates(movement.occurredOn, today) > 0)
      continue;
    consumed -= movement.minutes;
  }
  if (consumed <= 0) return null;

  const elapsedDays = daysBetween(periodStart, today) + 1;
  // Smallest d with d × consumed / elapsed ≥ remaining, in integers.
  const daysLeft = Math.ceil((remainingMinutes * elapsedDays) / consumed);
  const exhaustion = addDays(today, daysLeft);
  return compareIsoDates(exhaustion, periodEnd) <= 0 ? exhaustion : null;
}
