/**
 * Capacity of the association for a period: what the technicians can deliver, against what
 * the subscriptions sold. Everything is in integer half-days (see half-days.ts).
 *
 * For the subscriptions engineer:
 *
 *   wouldExceedCapacity(associationId, periodId, extraShareHalves, client?)
 *     → Promise<{ exceeds: boolean; availableHalfDays: number; soldHalfDays: number }>
 *
 *   - `extraShareHalves`: the half-shares you are about to add (3 for 1.5 shares; for an edit,
 *     pass the difference new − old, possibly negative).
 *   - `soldHalfDays`: what ACTIVE subscriptions of the period already sell, WITHOUT the extra.
 *   - `exceeds`: soldHalfDays + extraShareHalves × daysPerShare > availableHalfDays. When true,
 *     the sale needs `capacityOverride` (and the capacity page will show a warning).
 *   - `client`: pass your transaction (`tx`) to see your own uncommitted rows.
 *   The period must belong to the association, else it throws a 404 Response.
 *
 * Every function loads its data in a constant number of queries, whatever the number of
 * technicians, absences or subscriptions (no query per technician): the benchmark checks it.
 */
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound, orNotFound } from "~/utils/scope.server";
import { periodsWithChoice } from "../periods/period-choice.server";
import type { HolidayZone } from "../calendar/holidays";
import type { IsoWeekday } from "../calendar/local-date";
import { isoOf } from "../calendar/date-columns";
import { availableDays, type AvailableDays, type WeeklyPattern } from "./available-days";
import { readPeriodCapacity, type CapacityRead } from "./capacity-read.server";
import { checkCapacity, subscriptionHalfDaysSold, type CapacityCheck } from "./days-sold";
import { monthsBetween, soldHalfDaysByMonth } from "./monthly-sold";

type Client = Tx;

export type TechnicianCapacity = {
  id: string;
  displayName: string;
  employmentPercent: number;
  zone: HolidayZone;
  capacity: AvailableDays;
};

export type MonthRow = {
  month: string;
  patternHalfDays: number;
  holidayHalfDays: number;
  absenceHalfDays: number;
  reserveHalfDays: number;
  availableHalfDays: number;
  soldHalfDays: number;
};

export type CapacityOverride = {
  subscriptionId: string;
  memberId: string;
  memberName: string;
  shareHalves: number;
  overrideNote: string;
};

export type PeriodCapacity = {
  period: { id: string; label: string; startDate: string; endDate: string; status: string };
  daysPerShare: number;
  reservePercent: number;
  technicians: TechnicianCapacity[];
  months: MonthRow[];
  totals: Omit<MonthRow, "month">;
  check: CapacityCheck;
  overrides: CapacityOverride[];
};

export type PeriodRow = { id: string; label: string; startDate: Date; endDate: Date; status: string };

/** Computes the capacity of one period of the association (404 when the period is not theirs). */
export async function periodCapacity(
  associationId: string,
  periodId: string,
  client: Client = db(),
): Promise<PeriodCapacity> {
  const period = orNotFound(
    await client.period.findFirst({
      where: { associationId, id: periodId },
      select: { id: true, label: true, startDate: true, endDate: true, status: true },
    }),
  );
  return capacityOfPeriod(associationId, period, client);
}

/**
 * The capacity of a period already read: the association's settings, its technicians under
 * contract in the period with their pattern and absences, and the period's active subscriptions
 * with the days carried into them, in one statement (nested selects, relationJoins; ADR 019).
 */
async function capacityOfPeriod(associationId: string, period: PeriodRow, client: Client): Promise<PeriodCapacity> {
  const periodId = period.id;
  const association: CapacityRead = await client.association.findUniqueOrThrow({
    where: { id: associationId },
    select: {
      holidayZone: true,
      capacityReservePercent: true,
      daysPerShare: true,
      minutesPerDay: true,
      technicians: {
        where: {
          associationId,
          contractStart: { lte: period.endDate },
          OR: [{ contractEnd: null }, { contractEnd: { gte: period.startDate } }],
        },
        orderBy: { displayName: "asc" },
        select: {
          id: true,
          displayName: true,
          employmentPercent: true,
          holidayZone: true,
          contractStart: true,
          contractEnd: true,
          patternDays: { select: { weekday: true, morning: true, afternoon: true } },
          absences: {
            where: { associationId, startDate: { lte: period.endDate }, endDate: { gte: period.startDate } },
            select: { startDate: true, endDate: true, portion: true },
          },
        },
      },
      subscriptions: {
        where: { associationId, periodId, status: "ACTIVE" },
        select: {
          id: true,
          memberId: true,
          shareHalves: true,
          startDate: true,
          endDate: true,
          capacityOverride: true,
          overrideNote: true,
          member: { select: { name: true } },
          // Days carried over from the previous period are owed to the members too: they take capacity.
          movements: { where: { associationId, periodId, kind: "CARRY_OVER_IN" }, select: { minutes: true } },
        },
        orderBy: { member: { name: "asc" } },
      },
    },
  });
  return capacityFromRead(period, association);
}

/** The capacity of a period from its read: the rules, no database. */
export function capacityFromRead(period: PeriodRow, association: CapacityRead): PeriodCapacity {
  const { technicians, subscriptions } = association;

  const from = isoOf(period.startDate);
  const to = isoOf(period.endDate);
  const perTechnician = technicians.map((technician): TechnicianCapacity => {
    const zone = technician.holidayZone ?? association.holidayZone;
    const pattern: WeeklyPattern = {};
    for (const day of technician.patternDays)
      pattern[day.weekday as IsoWeekday] = { morning: day.morning, afternoon: day.afternoon };
    const capacity = availableDays({
      from,
      to,
      pattern,
      zone,
      reservePercent: association.capacityReservePercent,
      absences: technician.absences.map((absence) => ({
        startDate: isoOf(absence.startDate),
        endDate: isoOf(absence.endDate),
        portion: absence.portion,
      })),
      contractStart: isoOf(technician.contractStart),
      contractEnd: technician.contractEnd ? isoOf(technician.contractEnd) : null,
    });
    return {
      id: technician.id,
      displayName: technician.displayName,
      employmentPercent: technician.employmentPercent,
      zone,
      capacity,
    };
  });

  const monthKeys = monthsBetween(from, to);
  const soldSubscriptions = subscriptions.map((subscription) => {
    const startDate = isoOf(subscription.startDate);
    return {
      shareHalves: subscription.shareHalves,
      startDate,
      endDate: isoOf(subscription.endDate),
      halfDays: subscriptionHalfDaysSold({
        shareHalves: subscription.shareHalves,
        daysPerShare: association.daysPerShare,
        periodStart: from,
        periodEnd: to,
        subscriptionStart: startDate,
        carriedInMinutes: sum(subscription.movements.map((movement) => movement.minutes)),
        minutesPerDay: association.minutesPerDay,
      }),
    };
  });
  const sold = soldHalfDaysByMonth(soldSubscriptions, association.daysPerShare, monthKeys);
  const months: MonthRow[] = monthKeys.map((month, index) => {
    const row: MonthRow = {
      month,
      patternHalfDays: 0,
      holidayHalfDays: 0,
      absenceHalfDays: 0,
      reserveHalfDays: 0,
      availableHalfDays: 0,
      soldHalfDays: sold[index],
    };
    for (const { capacity } of perTechnician) {
      const technicianMonth = capacity.byMonth.find((candidate) => candidate.month === month);
      if (!technicianMonth) continue;
      row.patternHalfDays += technicianMonth.patternHalfDays;
      row.holidayHalfDays += technicianMonth.holidayHalfDays;
      row.absenceHalfDays += technicianMonth.absenceHalfDays;
      row.reserveHalfDays += technicianMonth.reserveHalfDays;
      row.availableHalfDays += technicianMonth.availableHalfDays;
    }
    return row;
  });
  const soldHalfDays = sum(soldSubscriptions.map((subscription) => subscription.halfDays));
  const totals = {
    patternHalfDays: sum(perTechnician.map((entry) => entry.capacity.patternHalfDays)),
    holidayHalfDays: sum(perTechnician.map((entry) => entry.capacity.holidayHalfDays)),
    absenceHalfDays: sum(perTechnician.map((entry) => entry.capacity.absenceHalfDays)),
    reserveHalfDays: sum(perTechnician.map((entry) => entry.capacity.reserveHalfDays)),
    availableHalfDays: sum(perTechnician.map((entry) => entry.capacity.availableHalfDays)),
    soldHalfDays,
  };
  return {
    period: { id: period.id, label: period.label, startDate: from, endDate: to, status: period.status },
    daysPerShare: association.daysPerShare,
    reservePercent: association.capacityReservePercent,
    technicians: perTechnician,
    months,
    totals,
    check: checkCapacity(totals.availableHalfDays, soldHalfDays),
    overrides: subscriptions
      .filter((subscription) => subscription.capacityOverride)
      .map((subscription) => ({
        subscriptionId: subscription.id,
        memberId: subscription.memberId,
        memberName: subscription.member.name,
        shareHalves: subscription.shareHalves,
        overrideNote: subscription.overrideNote,
      })),
  };
}

/** See the note at the top of this file. */
export async function wouldExceedCapacity(
  associationId: string,
  periodId: string,
  extraShareHalves: number,
  client: Client = db(),
): Promise<{ exceeds: boolean; availableHalfDays: number; soldHalfDays: number }> {
  if (!Number.isInteger(extraShareHalves))
    throw new RangeError(`extraShareHalves must be an integer: ${extraShareHalves}`);
  return exceedsWith(await periodCapacity(associationId, periodId, client), extraShareHalves);
}

/** Whether the period sold beyond its capacity once `extraShareHalves` more are sold. */
export function exceedsWith(capacity: PeriodCapacity, extraShareHalves: number) {
  const { availableHalfDays, soldHalfDays } = capacity.totals;
  return {
    exceeds: soldHalfDays + extraShareHalves * capacity.daysPerShare > availableHalfDays,
    availableHalfDays,
    soldHalfDays,
  };
}

/** The capacity page: the chosen period (default: the one containing today, else the latest). */
export async function capacityPage(user: CurrentUser, requestedPeriodId: string | null, now = new Date()) {
  const { periods, chosen: period, requestedFound } = await periodsWithChoice(user, requestedPeriodId, now);
  // A period asked for by name that is not the association's is a 404, not another period.
  if (requestedPeriodId && !requestedFound) notFound();
  // The periods already give the chosen one's dates: the capacity is one more statement, in plain SQL.
  const capacity = period
    ? capacityFromRead(period, orNotFound(await readPeriodCapacity(user.associationId, period.id)))
    : null;
  return { periods: periods.map(({ id, label }) => ({ id, label })), capacity };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
