// When the instalments of a share subscription fall due, and how much each one is.
// ANNUAL: one instalment at the start; QUARTERLY: four, every three months; MONTHLY: twelve.
// The price is split with the largest remainder, so the instalments add up exactly to the price.

import { addDays, daysInMonth, minIsoDate, parseIsoDate, formatIsoDate, type IsoDate } from "~/domain/calendar/local-date";
import { splitByLargestRemainder } from "./largest-remainder";

export type BillingSchedule = "ANNUAL" | "QUARTERLY" | "MONTHLY";

export type Instalment = {
  /** 1-based: "échéance 2 sur 4". */
  index: number;
  count: number;
  dueDate: IsoDate;
  amountCents: number;
  serviceStart: IsoDate;
  serviceEnd: IsoDate;
};

export const INSTALMENT_COUNT: Record<BillingSchedule, number> = { ANNUAL: 1, QUARTERLY: 4, MONTHLY: 12 };

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * Every instalment of a subscription running from `start` to `end` (inclusive) for `priceCents`.
 * Each covers its months of service, the last one ending with the subscription.
 */
export function subscriptionInstalments(input: { priceCents: number; schedule: BillingSchedule; start: IsoDate; end: IsoDate }): Instalment[] {
  const count = INSTALMENT_COUNT[input.schedule];
  const step = 12 / count;
  const amounts = splitByLargestRemainder(input.priceCents, Array.from({ length: count }, () => 1));
  return amounts.map((amountCents, position) => {
    const dueDate = addMonths(input.start, position * step);
    const nextStart = addMonths(input.start, (position + 1) * step);
    const serviceEnd = position === count - 1 ? input.end : minIsoDate(addDays(nextStart, -1), input.end);
    return { index: position + 1, count, dueDate, amountCents, serviceStart: dueDate, serviceEnd };
  });
}

/** The instalments due on or before `dueUpTo`. */
export function instalmentsDueBy(instalments: readonly Instalment[], dueUpTo: IsoDate): Instalment[] {
  return instalments.filter((instalment) => instalment.dueDate <= dueUpTo);
}
