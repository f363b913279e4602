// The balance at the end of the period, as the member's balance page projects it: at the pace of
// the elapsed part of the period (the same burn rate as the exhaustion date), and what would
// expire at close beyond the carry-over cap — if nothing more is used, and at that pace.
import { compareIsoDates, daysBetween, type IsoDate } from "../calendar/local-date";
import { carryOverCapMinutes } from "./period-close";

export type YearEndInput = {
  /** The balance now (Σ of movements). */
  remainingMinutes: number;
  /** Booked future interventions: time that will be used. */
  reservedMinutes: number;
  /** Consumption dated from the period start to today, positive. */
  consumedToDateMinutes: number;
  /** The period's grants (carry-in excluded: carry-over never compounds). */
  grantedMinutes: number;
  carryOverCapPercent: number;
  periodStart: IsoDate;
  /** Inclusive. */
  periodEnd: IsoDate;
  today: IsoDate;
};

export type YearEndProjection = {
  capMinutes: number;
  /** Left at the period end at the current pace (reservations at least), may be negative. */
  projectedRemainingMinutes: number;
  /** Lost at close if nothing more than the reservations is used. */
  expiringIfUnusedMinutes: number;
  /** Lost at close at the current pace. */
  expiringAtPaceMinutes: number;
};

export function projectYearEnd(input: YearEndInput): YearEndProjection | null {
  const {
    remainingMinutes,
    reservedMinutes,
    consumedToDateMinutes,
    grantedMinutes,
    carryOverCapPercent,
    periodStart,
    periodEnd,
    today,
  } = input;
  if (compareIsoDates(today, periodStart) < 0 || compareIsoDates(today, periodEnd) > 0) return null;
  const capMinutes = carryOverCapMinutes(
    [{ kind: "GRANT", minutes: grantedMinutes, occurredOn: periodStart }],
    carryOverCapPercent,
  );
  const elapsedDays = daysBetween(periodStart, today) + 1;
  const daysLeft = daysBetween(today, periodEnd);
  // Integer minutes: the pace of the elapsed days, carried over the days left.
  const atPace = consumedToDateMinutes > 0 ? Math.floor((consumedToDateMinutes * daysLeft) / elapsedDays) : 0;
  const projectedRemainingMinutes = remainingMinutes - Math.max(reservedMinutes, atPace);
  return {
    capMinutes,
    projectedRemainingMinutes,
    expiringIfUnusedMinutes: Math.max(0, remainingMinutes - reservedMinutes - capMinutes),
    expiringAtPaceMinutes: Math.max(0, projectedRemainingMinutes - capMinutes),
  };
}
