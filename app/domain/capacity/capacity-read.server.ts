// What the capacity of a period is computed from, read in plain SQL for the pages that show it
// with other things in one statement (ADR 019, fourth pass: the treasurer's pages). Prisma's nested
// read in capacity.server.ts gives the same shape; capacityFromRead computes from either.
import type { HolidayZone } from "../calendar/holidays";
import { dateColumn } from "../calendar/date-columns";
import { readRows } from "~/utils/db.server";
import { isoDateSql } from "~/utils/sql-json.server";
import type { AbsencePortion } from "./available-days";

/** What the capacity of a period is computed from: the Prisma read above, or a page's plain-SQL read. */
export type CapacityRead = {
  holidayZone: HolidayZone;
  capacityReservePercent: number;
  daysPerShare: number;
  minutesPerDay: number;
  technicians: {
    id: string;
    displayName: string;
    employmentPercent: number;
    holidayZone: HolidayZone | null;
    contractStart: Date;
    contractEnd: Date | null;
    patternDays: { weekday: number; morning: boolean; afternoon: boolean }[];
    absences: { startDate: Date; endDate: Date; portion: AbsencePortion }[];
  }[];
  subscriptions: {
    id: string;
    memberId: string;
    shareHalves: number;
    startDate: Date;
    endDate: Date;
    capacityOverride: boolean;
    overrideNote: string;
    member: { name: string };
    movements: { minutes: number }[];
  }[];
};

type Revived<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
type CapacityJson = Omit<CapacityRead, "technicians" | "subscriptions"> & {
  technicians: (Revived<Omit<CapacityRead["technicians"][number], "absences">> & {
    absences: Revived<CapacityRead["technicians"][number]["absences"][number]>[];
  })[];
  subscriptions: Revived<CapacityRead["subscriptions"][number]>[];
};

/**
 * SQL: the capacity read of one period as one JSON value. `period` is a row alias with "id",
 * "startDate" and "endDate"; `association` the SQL of the association's id. Every table is scoped by it.
 */
export const capacityReadSql = (association: string, period: string) => `(SELECT json_build_object(
    'holidayZone', a."holidayZone", 'capacityReservePercent', a."capacityReservePercent",
    'daysPerShare', a."daysPerShare", 'minutesPerDay', a."minutesPerDay",
    'technicians', COALESCE((SELECT json_agg(json_build_object('id', t."id", 'displayName', t."displayName",
        'employmentPercent', t."employmentPercent", 'holidayZone', t."holidayZone",
        'contractStart', ${isoDateSql(`t."contractStart"`)}, 'contractEnd', ${isoDateSql(`t."contractEnd"`)},
        'patternDays', COALESCE((SELECT json_agg(json_build_object('weekday', d."weekday", 'morning', d."morning",
            'afternoon', d."afternoon") ORDER BY d."weekday") FROM "WorkPatternDay" d WHERE d."technicianId" = t."id"), '[]'::json),
        'absences', COALESCE((SELECT json_agg(json_build_object('startDate', ${isoDateSql(`ab."startDate"`)},
            'endDate', ${isoDateSql(`ab."endDate"`)}, 'portion', ab."portion") ORDER BY ab."startDate", ab."id")
          FROM "Absence" ab WHERE ab."associationId" = ${association} AND ab."technicianId" = t."id"
            AND ab."startDate" <= ${period}."endDate" AND ab."endDate" >= ${period}."startDate"), '[]'::json))
        ORDER BY t."displayName", t."id")
      FROM "Technician" t WHERE t."associationId" = ${association} AND t."contractStart" <= ${period}."endDate"
        AND (t."contractEnd" IS NULL OR t."contractEnd" >= ${period}."startDate")), '[]'::json),
    'subscriptions', COALESCE((SELECT json_agg(json_build_object('id', s."id", 'memberId', s."memberId",
        'shareHalves', s."shareHalves", 'startDate', ${isoDateSql(`s."startDate"`)}, 'endDate', ${isoDateSql(`s."endDate"`)},
        'capacityOverride', s."capacityOverride", 'overrideNote', s."overrideNote", 'member', json_build_object('name', m."name"),
        -- Days carried over from the previous period are owed to the members too: they take capacity.
        'movements', COALESCE((SELECT json_agg(json_build_object('minutes', mv."minutes")) FROM "LedgerMovement" mv
          WHERE mv."associationId" = ${association} AND mv."subscriptionId" = s."id" AND mv."periodId" = ${period}."id"
            AND mv."kind" = 'CARRY_OVER_IN'), '[]'::json)) ORDER BY m."name", s."id")
      FROM "Subscription" s JOIN "Member" m ON m."id" = s."memberId" AND m."associationId" = ${association}
      WHERE s."associationId" = ${association} AND s."periodId" = ${period}."id" AND s."status" = 'ACTIVE'), '[]'::json))
  FROM "Association" a WHERE a."id" = ${association})`;

const dateOrNull = (value: string | null) => (value === null ? null : dateColumn(value));

/** The JSON of capacityReadSql with its dates revived as Prisma gives them (UTC midnight). */
export function capacityReadOf(json: CapacityJson): CapacityRead {
  return {
    ...json,
    technicians: json.technicians.map((technician) => ({
      ...technician,
      contractStart: dateColumn(technician.contractStart),
      contractEnd: dateOrNull(technician.contractEnd),
      absences: technician.absences.map((absence) => ({
        ...absence,
        startDate: dateColumn(absence.startDate),
        endDate: dateColumn(absence.endDate),
      })),
    })),
    subscriptions: json.subscriptions.map((subscription) => ({
      ...subscription,
      startDate: dateColumn(subscription.startDate),
      endDate: dateColumn(subscription.endDate),
    })),
  };
}

export type { CapacityJson };

/**
 * The capacity read of one of the association's periods in one plain-SQL statement, for the
 * capacity page (Prisma's nested read cost most of that page's time); null when the period is not
 * the association's. Sales keep the Prisma read, which sees their own rows inside their transaction.
 */
export async function readPeriodCapacity(associationId: string, periodId: string): Promise<CapacityRead | null> {
  const [row] = await readRows<{ capacity: CapacityJson }>(
    `SELECT ${capacityReadSql("$1", "p")} AS "capacity" FROM "Period" p WHERE p."associationId" = $1 AND p."id" = $2`,
    [associationId, periodId],
  );
  return row ? capacityReadOf(row.capacity) : null;
}
