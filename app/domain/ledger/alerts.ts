import { daysBetween, type IsoDate } from "../calendar/local-date";

export const DEFAULT_ALERT_THRESHOLDS = [50, 80, 100] as const;

/**
 * Thresholds passed by going from `previousUsedPercent` to `newUsedPercent`, ascending.
 * A threshold counts once it is reached (previous < t ≤ new), so a jump from 40 to 100
 * raises 50, 80 and 100 together and staying at 100 raises nothing again.
 */
export function crossedAlertThresholds(
  previousUsedPercent: number,
  newUsedPercent: number,
  thresholds: readonly number[] = DEFAULT_ALERT_THRESHOLDS,
): number[] {
  return [...new Set(thresholds)]
    .filter((threshold) => previousUsedPercent < threshold && threshold <= newUsedPercent)
    .sort((a, b) => a - b);
}

/** True from `daysBefore` days before the (inclusive) period end until the end itself. */
export function isPeriodEndAlertDue(today: IsoDate, periodEnd: IsoDate, daysBefore = 30): boolean {
  const daysLeft = daysBetween(today, periodEnd);
  return daysLeft >= 0 && daysLeft <= daysBefore;
}
