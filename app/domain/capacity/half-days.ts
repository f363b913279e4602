// Capacity is counted in integer half-days: a technician works mornings and
// afternoons, and half-days are the smallest bookable unit, so no float ever appears.
import { numberFormatOf } from "~/utils/format-amounts";

/** Whole days as a number for display or charts (always a multiple of 0.5, exact in binary). */
export function halfDaysToDays(halfDays: number): number {
  assertHalfDays(halfDays);
  return halfDays / 2;
}

/** "12,5" in French, "12.5" in English; no trailing ",0". */
export function formatHalfDaysAsDays(halfDays: number, locale = "fr-FR"): string {
  return numberFormatOf(locale, { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(
    halfDaysToDays(halfDays),
  );
}

/** Half-days to ledger minutes; a half-day is half of the association's day (420 → 210). */
export function halfDaysToMinutes(halfDays: number, minutesPerDay = 420): number {
  assertHalfDays(halfDays);
  if (!Number.isInteger(minutesPerDay) || minutesPerDay <= 0 || minutesPerDay % 2 !== 0) {
    throw new RangeError(`minutesPerDay must be a positive even integer: ${minutesPerDay}`);
  }
  return halfDays * (minutesPerDay / 2);
}

function assertHalfDays(halfDays: number): void {
  if (!Number.isInteger(halfDays)) throw new RangeError(`Half-days must be an integer: ${halfDays}`);
}
