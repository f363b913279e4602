// Days sold are agreed per period, but the capacity page compares them with what the
// technicians can deliver month by month. Each subscription's half-days are spread over the
// days it covers (a member joining in June sells nothing in March), in integer half-days.
import { compareIsoDates, daysBetween, maxIsoDate, minIsoDate, type IsoDate } from "../calendar/local-date";

export type SoldSubscription = {
  shareHalves: number;
  startDate: IsoDate;
  endDate: IsoDate;
  /** What it sells, when not shareHalves × daysPerShare (pro rata of a late start, carried-over days). */
  halfDays?: number;
};

/** Months "YYYY-MM" from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

function monthBounds(month: string): { first: IsoDate; last: IsoDate } {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(lastDay).padStart(2, "0")}` };
}

/**
 * Splits `halfDays` over `months` in proportion to the calendar days of [from, to] in each,
 * by the largest-remainder method (ties go to the earlier month): the parts are integers
 * and add up exactly to `halfDays`. Days outside `months` are ignored in the weights.
 */
export function spreadOverMonths(halfDays: number, from: IsoDate, to: IsoDate, months: readonly string[]): number[] {
  const weights = coveredDays(from, to, months);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return months.map(() => 0);
  const parts = weights.map((weight) => Math.floor((halfDays * weight) / totalWeight));
  let left = halfDays - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (halfDays * weight) % totalWeight }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Half-days sold per month: Σ over subscriptions of shareHalves × daysPerShare, spread by the
 * days each covers. The apportionment is done once on the total, not per subscription:
 * rounding twelve small subscriptions one by one would hand every extra half-day to the
 * 31-day months. The exact shares are fractions with different denominators, so they are
 * compared as floats, but only to order the remainders: the parts stay integers and add up
 * exactly to the total sold.
 */
export function soldHalfDaysByMonth(
  subscriptions: readonly SoldSubscription[],
  daysPerShare: number,
  months: readonly string[],
): number[] {
  const exact = months.map(() => 0);
  let total = 0;
  for (const subscription of subscriptions) {
    const halfDays = subscription.halfDays ?? subscription.shareHalves * daysPerShare;
    const weights = coveredDays(subscription.startDate, subscription.endDate, months);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    if (totalWeight === 0) continue;
    total += halfDays;
    weights.forEach((weight, index) => (exact[index] += (halfDays * weight) / totalWeight));
  }
  // Guard against 2.9999999996 flooring to 2.
  const cleaned = exact.map((value) => Math.round(value * 1e6) / 1e6);
  const parts = cleaned.map(Math.floor);
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = cleaned
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}

function coveredDays(from: IsoDate, to: IsoDate, months: readonly string[]): number[] {
  return months.map((month) => {
    const { first, last } = monthBounds(month);
    const start = maxIsoDate(first, from);
    const end = minIsoDate(last, to);
    return compareIsoDates(start, end) <= 0 ? daysBetween(start, end) + 1 : 0;
  });
}
