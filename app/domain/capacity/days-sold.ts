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
