import { addDays, formatIsoDate, parseIsoDate, type IsoDate } from "./local-date";

export type HolidayZone = "METROPOLE" | "ALSACE_MOSELLE";

export type Holiday = { date: IsoDate; name: string };

/**
 * Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher).
 * Integer-only; valid for every Gregorian year.
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

/**
 * The public holidays (jours fériés) of a year, one entry per date, sorted by date.
 *
 * When two holidays fall on the same date (Ascension on 1 May in 2008), the date is
 * listed once under the fixed-date holiday's name, as the official data.gouv.fr
 * dataset does. Lundi de Pentecôte is listed every year, as in that dataset, even
 * though some employers work it as the "journée de solidarité".
 */
export function frenchHolidays(year: number, zone: HolidayZone): Holiday[] {
  const key = `${zone}:${year}`;
  const cached = cache.get(key);
  if (cached) return cached.map((holiday) => ({ ...holiday }));

  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string): Holiday => ({
    date: formatIsoDate({ year, month, day }),
    name,
  });
  const fromEaster = (offset: number, name: string): Holiday => ({ date: addDays(easter, offset), name });

  // Fixed-date holidays first so they keep their name on a collision.
  const candidates: Holiday[] = [
    fixed(1, 1, "Jour de l'an"),
    fixed(5, 1, "Fête du travail"),
    fixed(5, 8, "Victoire des alliés"),
    fixed(7, 14, "Fête Nationale"),
    fixed(8, 15, "Assomption"),
    fixed(11, 1, "Toussaint"),
    fixed(11, 11, "Armistice"),
    fixed(12, 25, "Noël"),
    ...(zone === "ALSACE_MOSELLE" ? [fixed(12, 26, "Saint Étienne")] : []),
    ...(zone === "ALSACE_MOSELLE" ? [fromEaster(-2, "Vendredi Saint")] : []),
    fromEaster(1, "Lundi de Pâques"),
    fromEaster(39, "Ascension"),
    fromEaster(50, "Lundi de Pentecôte"),
  ];

  const byDate = new Map<IsoDate, Holiday>();
  for (const holiday of candidates) if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  const holidays = [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  cache.set(key, holidays);
  return holidays.map((holiday) => ({ ...holiday }));
}

// Pure function of (year, zone): memoising only saves recomputation in day loops.
const cache = new Map<string, Holiday[]>();

/** The holiday's name on that date, or null when it is not a public holiday. */
export function holidayName(date: IsoDate, zone: HolidayZone): string | null {
  const { year } = parseIsoDate(date);
  return frenchHolidays(year, zone).find((holiday) => holiday.date === date)?.name ?? null;
}

export function isHoliday(date: IsoDate, zone: HolidayZone): boolean {
  return holidayName(date, zone) !== null;
}

/** Holiday dates between two dates (both included), for day-by-day loops. */
export function holidayDatesBetween(from: IsoDate, to: IsoDate, zone: HolidayZone): Set<IsoDate> {
  const first = parseIsoDate(from).year;
  const last = parseIsoDate(to).year;
  const dates = new Set<IsoDate>();
  for (let year = first; year <= last; year++) {
    for (const { date } of frenchHolidays(year, zone)) if (date >= from && date <= to) dates.add(date);
  }
  return dates;
}
