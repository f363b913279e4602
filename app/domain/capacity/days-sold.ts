import type { IsoDate } from "~/domain/calendar/local-date";
import { proRataAmount } from "~/domain/subscriptions/pro-rata";

// Subscriptions count shares in halves (1.5 shares = 3 halves), so
// shareHalves × daysPerShare is directly a number of half-days: no division needed.

/** Half-days sold: Σ shareHalves × daysPerShare. */
export function daysSold(shareHalves: readonly number[], daysPerShare: number): number {
  if (!Number.isInteger(daysPerShare) || daysPerShare < 0) {
    throw new RangeError(`daysPerShare must be a non-negative integer: ${daysPerShare}`);
  }
  let halfDays = 0;
  for (const halves of shareHalves) {
    if (!Number.isInteger(halves) || halves < 0)
      throw new RangeError(`shareHalves must be a non-negative integer: ${halves}`);
    halfDays += halves * daysPerShare;
  }
  return halfDays;
}

/**
 * What one subscription takes from the capacity, in half-days: its shares pro rata of the days left
 * in the period when it starts late (the same rule as its price and its grant: 1.5 shares from
 * 1 July sell about 6.8 days, not 13.5), plus the minutes carried over into it from the previous
 * period, rounded to the nearest half-day.
 */
export function subscriptionHalfDaysSold(input: {
  shareHalves: number;
  daysPerShare: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  subscriptionStart: IsoDate;
  carriedInMinutes: number;
  minutesPerDay: number;
}): number {
  const full = daysSold([input.shareHalves], input.daysPerShare);
  const halfDayMinutes = input.minutesPerDay / 2;
  const carried = Math.max(0, Math.round(input.carriedInMinutes / halfDayMinutes));
  return proRataAmount(full, input.periodStart, input.periodEnd, input.subscriptionStart) + carried;
}

export type CapacityCheck = {
  /** Available minus sold (negative when oversold). */
  unsoldHalfDays: number;
  /** Sold beyond capacity (0 when within). */
  oversoldHalfDays: number;
  /** Selling this needs the explicit override and shows a warning. */
  needsOverride: boolean;
};

/** Whether selling `soldHalfDays` (existing + the new subscription) fits the capacity. */
export function checkCapacity(availableHalfDays: number, soldHalfDays: number): CapacityCheck {
  const unsoldHalfDays = availableHalfDays - soldHalfDays;
  return {
    unsoldHalfDays,
    oversoldHalfDays: Math.max(0, -unsoldHalfDays),
    needsOverride: unsoldHalfDays < 0,
  };
}
