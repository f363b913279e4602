// When the instalments of a share subscription fall due, and how much each one is.
// ANNUAL: one instalment at the start; QUARTERLY: every three months; MONTHLY: every month, within
// the subscription's own dates (a subscription starting mid-year has fewer instalments, pro rata).
// The price is split with the largest remainder, so the instalments add up exactly to the price.

import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  type IsoDate,
} from "~/domain/calendar/local-date";
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
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * Every instalment of a subscription running from `start` to `end` (inclusive) for `priceCents`.
 *
 * The period (from `periodStart`, the subscription's start by default) is cut into steps of 12, 3 or 1
 * months; each step the subscription overlaps is one instalment, due on the first day it covers and
 * covering only the days inside the subscription. So a quarterly subscription from 1 July has two
 * instalments (July–September, October–December), never one in January of the next year. The price
 * is split pro rata of the days each instalment covers, a full step weighing the same whatever its
 * length (four equal quarters in a full year), with the largest remainder so the parts add up to it.
 */
export function subscriptionInstalments(input: {
  priceCents: number;
  schedule: BillingSchedule;
  start: IsoDate;
  end: IsoDate;
  periodStart?: IsoDate;
}): Instalment[] {
  const step = 12 / INSTALMENT_COUNT[input.schedule];
  const periodStart = input.periodStart && input.periodStart <= input.start ? input.periodStart : input.start;
  const pieces: { serviceStart: IsoDate; serviceEnd: IsoDate; weight: number }[] = [];
  if (input.end < input.start) return [];
  // Bounded: a subscription lasts at most a few years, so a few dozen steps.
  for (let position = 0; position < 1200; position += 1) {
    const stepStart = addMonths(periodStart, position * step);
    const stepEnd = addDays(addMonths(periodStart, (position + 1) * step), -1);
    if (stepEnd < input.start) continue;
    const serviceStart = maxIsoDate(stepStart, input.start);
    const serviceEnd = minIsoDate(stepEnd, input.end);
    const stepDays = daysBetween(stepStart, stepEnd) + 1;
    const pieceDays = daysBetween(serviceStart, serviceEnd) + 1;
    pieces.push({
      serviceStart,
      serviceEnd,
      weight: pieceDays === stepDays ? FULL_STEP : Math.round((FULL_STEP * pieceDays) / stepDays),
    });
    if (stepEnd >= input.end) break;
  }
  const amounts = splitByLargestRemainder(
    input.priceCents,
    pieces.map((piece) => Math.max(piece.weight, 1)),
  );
  return pieces.map((piece, position) => ({
    index: position + 1,
    count: pieces.length,
    dueDate: piece.serviceStart,
    amountCents: amounts[position],
    serviceStart: piece.serviceStart,
    serviceEnd: piece.serviceEnd,
  }));
}

const FULL_STEP = 1_000_000;

/** The instalments due on or before `dueUpTo`. */
export function instalmentsDueBy(instalments: readonly Instalment[], dueUpTo: IsoDate): Instalment[] {
  return instalments.filter((instalment) => instalment.dueDate <= dueUpTo);
}
