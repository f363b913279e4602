import type { CurrentUser } from "~/utils/auth.server";
import type { LifecycleState } from "../scheduling/lifecycle";
import { Prisma, type BillingSchedule } from "~/generated/prisma/client.ts";
import { db, readSql } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";

// The staff homes are one statement each (ADR 019): a handful of counts and sums that took 7 and
// 4 round trips, some one after the other.

/** CTE "period": the association's period containing today (UTC date, as Prisma compared it), else its latest. */
function currentPeriodCte(associationId: string, now: Date) {
  const today = now.toISOString().slice(0, 10);
  return Prisma.sql`period AS (
    SELECT p."id", p."label" FROM "Period" p WHERE p."associationId" = ${associationId}
    ORDER BY (p."startDate" <= ${today}::date AND p."endDate" >= ${today}::date) DESC, p."startDate" DESC
    LIMIT 1
  )`;
}

/** An instant as the timestamp(3) columns store it (UTC, without zone). */
const utc = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export async function adminHome(user: CurrentUser, today = new Date()) {
  const associationId = user.associationId;
  const rows = await readSql<{
    daysPerShare: number;
    periodLabel: string | null;
    activeMembers: number;
    technicians: number;
    upcoming: number;
    pendingInvitations: number;
    shareHalves: number;
  }>(Prisma.sql`
    WITH ${currentPeriodCte(associationId, today)}
    SELECT a."daysPerShare", (SELECT p."label" FROM period p) AS "periodLabel",
      (SELECT COUNT(*) FROM "Member" m WHERE m."associationId" = a."id" AND m."status" = 'ACTIVE')::int AS "activeMembers",
      (SELECT COUNT(*) FROM "Technician" t WHERE t."associationId" = a."id")::int AS "technicians",
      (SELECT COUNT(*) FROM "Intervention" i
        WHERE i."associationId" = a."id" AND i."status" = 'PLANNED' AND i."startsAt" >= ${utc(today)})::int AS "upcoming",
      (SELECT COUNT(*) FROM "Invitation" v
        WHERE v."associationId" = a."id" AND v."acceptedAt" IS NULL AND v."expiresAt" > ${utc(today)})::int AS "pendingInvitations",
      COALESCE((SELECT SUM(s."shareHalves") FROM "Subscription" s JOIN period p ON p."id" = s."periodId"
        WHERE s."associationId" = a."id" AND s."status" = 'ACTIVE'), 0)::int AS "shareHalves"
    FROM "Association" a WHERE a."id" = ${associationId}`);
  const home = rows[0];
  if (!home) throw new Error("Association introuvable.");
  return {
    periodLabel: home.periodLabel,
    activeMembers: home.activeMembers,
    technicians: home.technicians,
    upcoming: home.upcoming,
    pendingInvitations: home.pendingInvitations,
    shareHalves: home.shareHalves,
    // Half-shares × days per share / 2, kept in half-days to stay an integer.
    soldHalfDays: home.shareHalves * home.daysPerShare,
  };
}

export async function treasurerHome(user: CurrentUser, today = new Date()) {
  const associationId = user.associationId;
  const rows = await readSql<{
    period: { id: string; label: string } | null;
    drafts: number;
    issued: number;
    bySchedule: { schedule: BillingSchedule; count: number; totalCents: number }[];
  }>(Prisma.sql`
    WITH ${currentPeriodCte(associationId, today)}
    SELECT (SELECT json_build_object('id', p."id", 'label', p."label") FROM period p) AS "period",
      (SELECT COUNT(*) FROM "Invoice" i WHERE i."associationId" = ${associationId} AND i."status" = 'DRAFT')::int AS "drafts",
      (SELECT COUNT(*) FROM "Invoice" i WHERE i."associationId" = ${associationId} AND i."status" = 'ISSUED')::int AS "issued",
      COALESCE((
        SELECT json_agg(json_build_object('schedule', g."schedule", 'count', g."count", 'totalCents', g."totalCents") ORDER BY g."schedule")
        FROM (
          SELECT s."billingSchedule" AS "schedule", COUNT(*) AS "count", COALESCE(SUM(s."priceCents"), 0) AS "totalCents"
          FROM "Subscription" s JOIN period p ON p."id" = s."periodId"
          WHERE s."associationId" = ${associationId} AND s."status" = 'ACTIVE'
          GROUP BY s."billingSchedule"
        ) g
      ), '[]') AS "bySchedule"`);
  const { period, drafts, issued, bySchedule } = rows[0]!;
  return {
    periodId: period?.id ?? null,
    periodLabel: period?.label ?? null,
    bySchedule,
    totalCents: bySchedule.reduce((sum, row) => sum + row.totalCents, 0),
    drafts,
    issued,
  };
}

/**
 * The technician's interventions: by default what is coming or still running (planned from now
 * on, in progress whenever), else those of one lifecycle state, the latest first.
 */
export async function technicianHome(user: CurrentUser, today = new Date(), state: LifecycleState | null = null) {
  const technician = await db().technician.findFirst({ where: { ...associationScopeOf(user), userId: user.id } });
  const mine = { associationId: user.associationId, technicianId: technician?.id ?? "" };
  const interventions = technician
    ? await db().intervention.findMany({
        where: state
          ? { ...mine, status: state === "REQUESTED" ? "PROPOSED" : state }
          : { ...mine, OR: [{ status: "PLANNED", endsAt: { gte: today } }, { status: "IN_PROGRESS" }] },
        orderBy: { startsAt: state ? "desc" : "asc" },
        take: state ? 30 : 10,
        include: { member: { select: { name: true, phone: true } } },
      })
    : [];
  return { technicianName: technician?.displayName ?? null, interventions, state };
}
