// Renewing every subscription of a period into the next one: a preview (read-only) and the
// renewal itself, both built from the same pure plan so the numbers cannot differ.
import { wouldExceedCapacity } from "~/domain/capacity/capacity.server";
import { appendMovementsFor } from "~/domain/ledger/ledger.server";
import { isoOf } from "~/domain/calendar/date-columns";
import { auditSnapshot, recordAudits } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { translate } from "~/utils/i18n";
import { associationScopeOf } from "~/utils/scope.server";
import { planRenewal } from "./renewal-plan";
import {
  grantTargetMinutes,
  currentPeriodId,
  pricingOf,
  subscriptionTermsFields,
  type Actor,
} from "./subscription-support.server";
import { planGrantMovement } from "./grant-plan";

type PeriodRow = { id: string; label: string; startDate: Date; endDate: Date; status: "OPEN" | "CLOSED" };

async function planFor(client: Tx, user: Actor, fromId: string, toId: string) {
  const scope = associationScopeOf(user);
  const [sources, existing, pricing] = await Promise.all([
    client.subscription.findMany({
      where: { ...scope, periodId: fromId },
      orderBy: { member: { name: "asc" } },
      select: {
        memberId: true,
        shareHalves: true,
        billingSchedule: true,
        status: true,
        priceCents: true,
        member: { select: { name: true, status: true } },
      },
    }),
    client.subscription.findMany({ where: { ...scope, periodId: toId }, select: { memberId: true } }),
    pricingOf(client, user.associationId),
  ]);
  const plan = planRenewal(
    sources.map(({ member, ...source }) => ({ ...source, memberName: member.name, memberStatus: member.status })),
    new Set(existing.map((row) => row.memberId)),
    pricing.sharePriceCents,
  );
  return { plan, pricing };
}

/** The two periods of a renewal, chosen or defaulted: from the current one to the next. */
export async function renewalPreview(user: Actor, requested: { from: string | null; to: string | null }) {
  const periods: PeriodRow[] = await db().period.findMany({
    where: associationScopeOf(user),
    orderBy: { startDate: "asc" },
    select: { id: true, label: true, startDate: true, endDate: true, status: true },
  });
  const known = (id: string | null) => (id && periods.some((period) => period.id === id) ? id : null);
  const fromId = known(requested.from) ?? (await currentPeriodId(user));
  const from = periods.find((period) => period.id === fromId) ?? null;
  const to =
    periods.find((period) => period.id === known(requested.to)) ??
    periods.find((period) => from && period.startDate > from.startDate) ??
    null;
  const periodOptions = periods.map(({ id, label, status }) => ({ id, label, status }));
  if (!from || !to || from.id === to.id)
    return { periods: periodOptions, from: from?.id ?? null, to: to?.id ?? null, preview: null };
  const { plan } = await planFor(db(), user, from.id, to.id);
  const capacity = await wouldExceedCapacity(user.associationId, to.id, plan.totalShareHalves);
  return {
    periods: periodOptions,
    from: from.id,
    to: to.id,
    preview: {
      ...plan,
      targetClosed: to.status === "CLOSED",
      targetStart: isoOf(to.startDate),
      targetEnd: isoOf(to.endDate),
      capacity,
    },
  };
}

export type RenewalResult = { ok: true; created: number; skipped: number } | { ok: false; formErrors: string[] };

/** Creates the planned subscriptions with their grants, in one transaction; a rerun creates nothing. */
export async function renewSubscriptions(
  user: Actor,
  input: { from: string; to: string; capacityOverride: boolean },
): Promise<RenewalResult> {
  const scope = associationScopeOf(user);
  return db().$transaction(async (tx) => {
    const [from, to] = await Promise.all([
      tx.period.findFirst({ where: { ...scope, id: input.from } }),
      tx.period.findFirst({ where: { ...scope, id: input.to } }),
    ]);
    if (!from || !to || from.id === to.id)
      return { ok: false, formErrors: [translate(user.locale, "renewal.errors.periods")] };
    if (to.status === "CLOSED")
      return { ok: false, formErrors: [translate(user.locale, "subscriptions.errors.periodClosed")] };
    const { plan, pricing } = await planFor(tx, user, from.id, to.id);
    if (plan.lines.length === 0) return { ok: true, created: 0, skipped: plan.skipped.length };

    const capacity = await wouldExceedCapacity(user.associationId, to.id, plan.totalShareHalves, tx);
    if (capacity.exceeds && !input.capacityOverride)
      return { ok: false, formErrors: [translate(user.locale, "renewal.errors.capacity")] };

    // skipDuplicates: a concurrent renewal of the same member is absorbed by the unique
    // (periodId, memberId) instead of failing the whole batch.
    const overrideNote = capacity.exceeds ? translate(user.locale, "renewal.overrideNote", { name: user.name }) : "";
    const { count } = await tx.subscription.createMany({
      data: plan.lines.map((line) => ({
        associationId: user.associationId,
        memberId: line.memberId,
        periodId: to.id,
        shareHalves: line.shareHalves,
        priceCents: line.priceCents,
        billingSchedule: line.billingSchedule,
        startDate: to.startDate,
        endDate: to.endDate,
        capacityOverride: capacity.exceeds,
        overrideNote,
      })),
      skipDuplicates: true,
    });
    const created = await tx.subscription.findMany({
      where: { ...scope, periodId: to.id, memberId: { in: plan.lines.map((line) => line.memberId) } },
      select: subscriptionTermsFields,
    });
    // One INSERT for all grants: each is the first movement of a new subscription, keyed
    // grant:<id>; a concurrent duplicate is skipped by the unique key, never written twice.
    const startDate = isoOf(to.startDate);
    await appendMovementsFor(
      tx,
      user.associationId,
      created.map((subscription) => ({
        subscription,
        movement: {
          ...planGrantMovement(
            subscription.id,
            [],
            grantTargetMinutes(pricing, subscription.shareHalves, to, startDate),
          )!,
          occurredOn: startDate,
          createdById: user.id,
        },
      })),
    );
    await recordAudits(
      tx,
      user,
      created.map((subscription) => ({
        action: "subscription.renew",
        entityType: "Subscription",
        entityId: subscription.id,
        after: auditSnapshot(subscription),
        reason: `${from.label} → ${to.label}`,
      })),
    );
    return { ok: true, created: count, skipped: plan.skipped.length + plan.lines.length - count };
  });
}
