import type { CurrentUser } from "~/utils/auth.server";
import type { LifecycleState } from "../scheduling/lifecycle";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";

/** The open period containing `today`, or the latest one. */
async function currentPeriod(associationId: string, today: Date) {
  return (
    (await db().period.findFirst({ where: { associationId, startDate: { lte: today }, endDate: { gte: today } } })) ??
    (await db().period.findFirst({ where: { associationId }, orderBy: { startDate: "desc" } }))
  );
}

export async function adminHome(user: CurrentUser, today = new Date()) {
  const scope = associationScopeOf(user);
  const [association, period, activeMembers, technicians, upcoming, pendingInvitations] = await Promise.all([
    db().association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { daysPerShare: true, minutesPerDay: true },
    }),
    currentPeriod(user.associationId, today),
    db().member.count({ where: { ...scope, status: "ACTIVE" } }),
    db().technician.count({ where: scope }),
    db().intervention.count({ where: { ...scope, status: "PLANNED", startsAt: { gte: today } } }),
    db().invitation.count({ where: { ...scope, acceptedAt: null, expiresAt: { gt: today } } }),
  ]);
  const shares = period
    ? await db().subscription.aggregate({
        where: { ...scope, periodId: period.id, status: "ACTIVE" },
        _sum: { shareHalves: true },
      })
    : null;
  const shareHalves = shares?._sum.shareHalves ?? 0;
  return {
    periodLabel: period?.label ?? null,
    activeMembers,
    technicians,
    upcoming,
    pendingInvitations,
    shareHalves,
    // Half-shares × days per share / 2, kept in half-days to stay an integer.
    soldHalfDays: shareHalves * association.daysPerShare,
  };
}

export async function treasurerHome(user: CurrentUser, today = new Date()) {
  const scope = associationScopeOf(user);
  const period = await currentPeriod(user.associationId, today);
  const [subscriptions, drafts, issued] = await Promise.all([
    period
      ? db().subscription.groupBy({
          by: ["billingSchedule"],
          where: { ...scope, periodId: period.id, status: "ACTIVE" },
          _sum: { priceCents: true },
          _count: true,
        })
      : Promise.resolve([]),
    db().invoice.count({ where: { ...scope, status: "DRAFT" } }),
    db().invoice.count({ where: { ...scope, status: "ISSUED" } }),
  ]);
  return {
    periodId: period?.id ?? null,
    periodLabel: period?.label ?? null,
    bySchedule: subscriptions.map((row) => ({
      schedule: row.billingSchedule,
      count: row._count,
      totalCents: row._sum.priceCents ?? 0,
    })),
    totalCents: subscriptions.reduce((sum, row) => sum + (row._sum.priceCents ?? 0), 0),
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
