// What a subscription is worth, in cents and in ledger minutes, when a member joins after the
// period has started: the full amount × (days left in the period ÷ days in the period).
//
// Rounding (documented for the treasurer): days are counted inclusively, both ends included;
// the result is rounded to the nearest integer, halves rounded up, with exact integer
// arithmetic (no floating point), so the same inputs always give the same cents.
import { compareIsoDates, daysBetween, type IsoDate } from "~/domain/calendar/local-date";
import { halfDaysToMinutes } from "~/domain/capacity/half-days";

/** amount × numerator ÷ denominator, rounded half up; all non-negative integers. */
function mulDivRoundHalfUp(amount: number, numerator: number, denominator: number): number {
  const product = amount * numerator;
  if (!Number.isSafeInteger(product * 2)) throw new RangeError("Montant trop grand pour un calcul exact.");
  return Math.floor((product * 2 + denominator) / (denominator * 2));
}

/**
 * The share of `fullAmount` for a subscription starting on `subscriptionStart` in the period
 * [periodStart, periodEnd] (inclusive). Starting on or before the first day gives the full
 * amount; starting after the last day gives 0.
 */
export function proRataAmount(
  fullAmount: number,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  subscriptionStart: IsoDate,
): number {
  if (!Number.isSafeInteger(fullAmount) || fullAmount < 0) throw new RangeError(`Montant invalide : ${fullAmount}`);
  const periodDays = daysBetween(periodStart, periodEnd) + 1;
  if (periodDays <= 0) throw new RangeError(`Période vide : ${periodStart} → ${periodEnd}`);
  if (compareIsoDates(subscriptionStart, periodStart) <= 0) return fullAmount;
  if (compareIsoDates(subscriptionStart, periodEnd) > 0) return 0;
  const remainingDays = daysBetween(subscriptionStart, periodEnd) + 1;
  return mulDivRoundHalfUp(fullAmount, remainingDays, periodDays);
}

/** Price in cents, pro rata by days (see the rounding rule above). */
export function proRataPriceCents(
  fullPriceCents: number,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  subscriptionStart: IsoDate,
): number {
  return proRataAmount(fullPriceCents, periodStart, periodEnd, subscriptionStart);
}

/** Ledger minutes granted, pro rata by days with the same rule as the price. */
export function proRataGrantMinutes(
  fullMinutes: number,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  subscriptionStart: IsoDate,
): number {
  return proRataAmount(fullMinutes, periodStart, periodEnd, subscriptionStart);
}

/** Full-period price: shares × price of one share; a half share of an odd price rounds half up. */
export function fullPriceCents(shareHalves: number, sharePriceCents: number): number {
  return mulDivRoundHalfUp(shareHalves, sharePriceCents, 2);
}

/** Full-period grant: shareHalves × daysPerShare half-days, in minutes (minutesPerDay is even). */
export function fullGrantMinutes(shareHalves: number, daysPerShare: number, minutesPerDay: number): number {
  return halfDaysToMinutes(shareHalves * daysPerShare, minutesPerDay);
}
