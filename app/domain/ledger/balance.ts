import { negateMinutes, sumMinutes, type LedgerMovement } from "./movements";

export type BalanceSummary = {
  /** Grants + carry-over in. */
  allottedMinutes: number;
  /** Consumption + pooled consumption, as a positive number, before adjustments. */
  consumedMinutes: number;
  /** Signed sum of adjustments: positive gives time back to the member. */
  adjustmentsMinutes: number;
  /** Expiry at period close, positive. */
  expiredMinutes: number;
  /** Carried over to the next period at close, positive. */
  carriedOverOutMinutes: number;
  /** Booked future interventions at their planned duration. */
  reservedMinutes: number;
  /** Σ of every movement: the balance itself (negative when overused). */
  remainingMinutes: number;
  /** Remaining minus reservations: what can still be booked. */
  availableAfterReservationsMinutes: number;
  /**
   * floor(100 × (consumed − adjustments) / allotted), at least 0, not capped at 100
   * (overuse shows as 130). Reaches 100 exactly when the period's use empties the allotment.
   * With no allotment: 100 as soon as anything is used, else 0.
   */
  usedPercent: number;
};

/**
 * Derived balance view of one subscription's ledger.
 *
 * Adjustments are not folded into `consumedMinutes`, so the member sees what was
 * logged and what was corrected as separate lines; they are included in
 * `remainingMinutes` (a sum of all movements) and in `usedPercent`, so that the
 * 100% alert means the balance really is exhausted.
 */
export function summarizeBalance(movements: readonly LedgerMovement[], reservedMinutes: number): BalanceSummary {
  if (!Number.isSafeInteger(reservedMinutes) || reservedMinutes < 0) {
    throw new RangeError(`reservedMinutes must be a non-negative integer: ${reservedMinutes}`);
  }
  const allottedMinutes = sumMinutes(movements, ["GRANT", "CARRY_OVER_IN"]);
  const consumedMinutes = negateMinutes(sumMinutes(movements, ["CONSUMPTION", "POOLED_CONSUMPTION"]));
  const adjustmentsMinutes = sumMinutes(movements, ["ADJUSTMENT"]);
  const remainingMinutes = sumMinutes(movements);
  return {
    allottedMinutes,
    consumedMinutes,
    adjustmentsMinutes,
    expiredMinutes: negateMinutes(sumMinutes(movements, ["EXPIRY"])),
    carriedOverOutMinutes: negateMinutes(sumMinutes(movements, ["CARRY_OVER_OUT"])),
    reservedMinutes,
    remainingMinutes,
    availableAfterReservationsMinutes: remainingMinutes - reservedMinutes,
    usedPercent: usedPercent(consumedMinutes - adjustmentsMinutes, allottedMinutes),
  };
}

/** Integer percent, floored so that "≥ 80" means at least 80% really used. */
export function usedPercent(usedMinutes: number, allottedMinutes: number): number {
  if (usedMinutes <= 0) return 0;
  if (allottedMinutes <= 0) return 100;
  return Math.floor((usedMinutes * 100) / allottedMinutes);
}
