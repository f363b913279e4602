import { holidayDatesBetween, type HolidayZone } from "../calendar/holidays";
import {
  compareIsoDates,
  eachDay,
  fromDayNumber,
  isoWeekdayOfDayNumber,
  maxIsoDate,
  minIsoDate,
  toDayNumber,
  type IsoDate,
  type IsoWeekday,
} from "../calendar/local-date";

export type HalfDayPattern = { morning: boolean; afternoon: boolean };

/** Working half-days per ISO weekday; a missing weekday is not worked. */
export type WeeklyPattern = Partial<Record<IsoWeekday, HalfDayPattern>>;

export type AbsencePortion = "FULL_DAY" | "MORNING" | "AFTERNOON";

/** `endDate` is inclusive. */
export type Absence = { startDate: IsoDate; endDate: IsoDate; portion: AbsencePortion };

export type AvailableDaysInput = {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  pattern: WeeklyPattern;
  absences: readonly Absence[];
  zone: HolidayZone;
  /** Integer 0–100 kept back for pooled and administrative work. */
  reservePercent: number;
  contractStart?: IsoDate | null;
  /** Inclusive; null or absent for an open-ended contract. */
  contractEnd?: IsoDate | null;
};

/** All counts are integer half-days. */
export type CapacityCounts = {
  /** Half-days the weekly pattern offers inside the window (and the contract). */
  patternHalfDays: number;
  /** Pattern half-days that fall on a public holiday. */
  holidayHalfDays: number;
  /** Pattern half-days, not holidays, covered by an absence (overlaps counted once). */
  absenceHalfDays: number;
  /** pattern − holidays − absences. */
  workingHalfDays: number;
  reserveHalfDays: number;
  /** workingHalfDays − reserveHalfDays: what can be sold. */
  availableHalfDays: number;
};

export type MonthCapacity = CapacityCounts & { month: string };

export type AvailableDays = CapacityCounts & { byMonth: MonthCapacity[] };

const MORNING = 1;
const AFTERNOON = 2;

/**
 * Available capacity of a technician over a window.
 *
 * Reserve rounding: available = floor(working × (100 − reserve%) / 100), so the
 * reserve is rounded UP to a whole half-day and we never sell capacity we don't
 * have. The monthly breakdown applies the same floor to the running total and
 * takes differences, so months add up exactly to the total and each month is
 * within one half-day of its exact share.
 */
export function availableDays(input: AvailableDaysInput): AvailableDays {
  const { pattern, absences, zone, reservePercent } = input;
  if (!Number.isInteger(reservePercent) || reservePercent < 0 || reservePercent > 100) {
    throw new RangeError(`reservePercent must be an integer from 0 to 100: ${reservePercent}`);
  }
  const from = input.contractStart ? maxIsoDate(input.from, input.contractStart) : input.from;
  const to = input.contractEnd ? minIsoDate(input.to, input.contractEnd) : input.to;
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const holidays = first <= last ? holidayDatesBetween(from, to, zone) : new Set<IsoDate>();
  const absentMasks = absenceMasksByDate(absences, from, to);

  const months: MonthCapacity[] = [];
  // Walks day numbers: each date is formatted once, never parsed again (the capacity and
  // subscriptions pages run this for every technician on every request; ADR 019, eighth pass).
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const date = fromDayNumber(dayNumber);
    const month = date.slice(0, 7);
    let current = months[months.length - 1];
    if (!current || current.month !== month) {
      current = { month, ...emptyCounts() };
      months.push(current);
    }
    const worked = patternMask(pattern[isoWeekdayOfDayNumber(dayNumber)]);
    const holidayMask = holidays.has(date) ? worked : 0;
    const absentMask = worked & ~holidayMask & (absentMasks.get(date) ?? 0);
    current.patternHalfDays += countHalves(worked);
    current.holidayHalfDays += countHalves(holidayMask);
    current.absenceHalfDays += countHalves(absentMask);
    current.workingHalfDays += countHalves(worked & ~holidayMask & ~absentMask);
  }

  let cumulativeWorking = 0;
  let cumulativeAvailable = 0;
  for (const month of months) {
    cumulativeWorking += month.workingHalfDays;
    const availableSoFar = afterReserve(cumulativeWorking, reservePercent);
    month.availableHalfDays = availableSoFar - cumulativeAvailable;
    month.reserveHalfDays = month.workingHalfDays - month.availableHalfDays;
    cumulativeAvailable = availableSoFar;
  }

  const total = emptyCounts();
  for (const month of months) {
    total.patternHalfDays += month.patternHalfDays;
    total.holidayHalfDays += month.holidayHalfDays;
    total.absenceHalfDays += month.absenceHalfDays;
    total.workingHalfDays += month.workingHalfDays;
    total.reserveHalfDays += month.reserveHalfDays;
    total.availableHalfDays += month.availableHalfDays;
  }
  return { ...total, byMonth: months };
}

/** Integer floor of halfDays × (100 − percent) / 100. */
export function afterReserve(halfDays: number, reservePercent: number): number {
  return Math.floor((halfDays * (100 - reservePercent)) / 100);
}

function emptyCounts(): CapacityCounts {
  return {
    patternHalfDays: 0,
    holidayHalfDays: 0,
    absenceHalfDays: 0,
    workingHalfDays: 0,
    reserveHalfDays: 0,
    availableHalfDays: 0,
  };
}

function patternMask(day: HalfDayPattern | undefined): number {
  if (!day) return 0;
  return (day.morning ? MORNING : 0) | (day.afternoon ? AFTERNOON : 0);
}

function portionMask(portion: AbsencePortion): number {
  return portion === "MORNING" ? MORNING : portion === "AFTERNOON" ? AFTERNOON : MORNING | AFTERNOON;
}

function countHalves(mask: number): number {
  return (mask & MORNING ? 1 : 0) + (mask & AFTERNOON ? 1 : 0);
}

// A union per date, so overlapping absences never subtract the same half-day twice.
function absenceMasksByDate(absences: readonly Absence[], from: IsoDate, to: IsoDate): Map<IsoDate, number> {
  const masks = new Map<IsoDate, number>();
  if (compareIsoDates(from, to) > 0) return masks;
  for (const absence of absences) {
    if (compareIsoDates(absence.startDate, absence.endDate) > 0) {
      throw new RangeError(`Absence ends before it starts: ${absence.startDate} → ${absence.endDate}`);
    }
    const start = maxIsoDate(absence.startDate, from);
    const end = minIsoDate(absence.endDate, to);
    if (compareIsoDates(start, end) > 0) continue;
    for (const date of eachDay(start, end)) masks.set(date, (masks.get(date) ?? 0) | portionMask(absence.portion));
  }
  return masks;
}
