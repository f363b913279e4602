// The subscriptions list in one plain-SQL statement (ADR 019, fourth pass: the treasurer's pages):
// the association's periods, the one to show, its subscriptions with their member, and what its
// capacity is computed from. It took three round trips through Prisma, the capacity a nested read.
import type { IsoDate } from "~/domain/calendar/local-date";
import { dateColumn } from "~/domain/calendar/date-columns";
import { capacityReadOf, capacityReadSql, type CapacityJson } from "~/domain/capacity/capacity-read.server";
import type { BillingSchedule, MemberStatus, PeriodStatus, SubscriptionStatus } from "~/generated/prisma/client.ts";
import { readRows } from "~/utils/db.server";
import { isoDateSql } from "~/utils/sql-json.server";

// $1 association, $2 the requested period (or null), $3 today in the user's zone.
// The period shown is periodsWithChoice's: the requested one if it is the association's, else the
// one containing today, else the latest (period-choice.server.ts).
const subscriptionsPageSql = `
  WITH periods AS (SELECT p."id", p."label", p."status", p."startDate", p."endDate"
      FROM "Period" p WHERE p."associationId" = $1),
    chosen AS (SELECT * FROM periods ORDER BY COALESCE(periods."id" = $2::text, false) DESC,
      (periods."startDate" <= $3::date AND periods."endDate" >= $3::date) DESC, periods."startDate" DESC LIMIT 1)
  SELECT COALESCE((SELECT json_agg(json_build_object('id', l."id", 'label', l."label", 'status', l."status")
        ORDER BY l."startDate" DESC) FROM periods l), '[]'::json) AS "periods",
    c."id", c."label", c."status", c."startDate", c."endDate",
    COALESCE((SELECT json_agg(json_build_object('id', s."id", 'memberId', s."memberId", 'periodId', s."periodId",
        'shareHalves', s."shareHalves", 'priceCents', s."priceCents", 'billingSchedule', s."billingSchedule",
        'startDate', ${isoDateSql(`s."startDate"`)}, 'endDate', ${isoDateSql(`s."endDate"`)}, 'status', s."status",
        'capacityOverride', s."capacityOverride", 'overrideNote', s."overrideNote",
        'member', json_build_object('name', m."name", 'status', m."status")) ORDER BY m."name", s."id")
      FROM "Subscription" s JOIN "Member" m ON m."id" = s."memberId" AND m."associationId" = $1
      WHERE s."associationId" = $1 AND s."periodId" = c."id"), '[]'::json) AS "subscriptions",
    CASE WHEN c."id" IS NULL THEN NULL ELSE ${capacityReadSql("$1", "c")} END AS "capacity"
  FROM (SELECT 1) one LEFT JOIN chosen c ON true`;

interface SubscriptionsPageRow {
  periods: { id: string; label: string; status: PeriodStatus }[];
  id: string | null;
  label: string;
  status: PeriodStatus;
  startDate: Date;
  endDate: Date;
  subscriptions: {
    id: string;
    memberId: string;
    periodId: string;
    shareHalves: number;
    priceCents: number;
    billingSchedule: BillingSchedule;
    startDate: IsoDate;
    endDate: IsoDate;
    status: SubscriptionStatus;
    capacityOverride: boolean;
    overrideNote: string;
    member: { name: string; status: MemberStatus };
  }[];
  capacity: CapacityJson | null;
}

/** The periods, the one shown (null when the association has none), its subscriptions and capacity read. */
export async function readSubscriptionsPage(associationId: string, requestedPeriodId: string | null, today: IsoDate) {
  const [row] = await readRows<SubscriptionsPageRow>(subscriptionsPageSql, [associationId, requestedPeriodId, today]);
  const { periods, id, label, status, startDate, endDate, subscriptions, capacity } = row!;
  if (id === null || capacity === null) return { periods, chosen: null };
  return {
    periods,
    chosen: {
      period: { id, label, status, startDate, endDate },
      subscriptions: subscriptions.map((subscription) => ({
        ...subscription,
        startDate: dateColumn(subscription.startDate),
        endDate: dateColumn(subscription.endDate),
      })),
      capacity: capacityReadOf(capacity),
    },
  };
}
