// A period is the association's accounting year for shares: the calendar year by default
// (start month 1), or a season such as September–August (start month 9). Pure date rules on
// "YYYY-MM-DD" strings, so no time zone can shift a boundary.
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  type IsoDate,
} from "../calendar/local-date";

export type PeriodBounds = {
  startDate: IsoDate;
  /** Inclusive. */
  endDate: IsoDate;
  /** "2026" for a calendar year, "2026–2027" for a season straddling two years. */
  label: string;
};

export function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`startMonth must be an integer from 1 to 12: ${startMonth}`);
  }
}

/** The period, in the given calendar, that contains `date`. */
export function periodBoundsContaining(date: IsoDate, startMonth: number): PeriodBounds {
  assertStartMonth(startMonth);
  const { year, month } = parseIsoDate(date);
  const startYear = month >= startMonth ? year : year - 1;
  return periodStartingIn(startYear, startMonth);
}

/** The period that starts on the first day of `startMonth` of `startYear`. */
export function periodStartingIn(startYear: number, startMonth: number): PeriodBounds {
  assertStartMonth(startMonth);
  const startDate = formatIsoDate({ year: startYear, month: startMonth, day: 1 });
  const endYear = startMonth === 1 ? startYear : startYear + 1;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const endDate = formatIsoDate({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) });
  return { startDate, endDate, label: startMonth === 1 ? String(startYear) : `${startYear}–${endYear}` };
}

/**
 * The period to create next: the one right after the latest existing period, or the one
 * containing today when there is none yet. When the board changed the start month since
 * the latest period, the computed period may overlap it; `findOverlap` then says which.
 */
export function nextPeriodBounds(latestEndDate: IsoDate | null, today: IsoDate, startMonth: number): PeriodBounds {
  return periodBoundsContaining(latestEndDate ? addDays(latestEndDate, 1) : today, startMonth);
}

export type ExistingPeriod = { id: string; label: string; startDate: IsoDate; endDate: IsoDate };

/** The first existing period sharing at least one day with `bounds`, if any. */
export function findOverlap<T extends ExistingPeriod>(bounds: PeriodBounds, existing: readonly T[]): T | null {
  return (
    existing.find(
      (period) =>
        compareIsoDates(period.startDate, bounds.endDate) <= 0 &&
        compareIsoDates(bounds.startDate, period.endDate) <= 0,
    ) ?? null
  );
}
