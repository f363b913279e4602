// Subscriptions: one member × one period, with its shares, price and billing schedule. Creating
// one (or changing its shares) appends the matching GRANT in the same transaction, after a
// capacity check that only an explicit override can get past.
import { capacityFromRead, exceedsWith, wouldExceedCapacity } from "~/domain/capacity/capacity.server";
import type { IsoDate } from "~/domain/calendar/local-date";
import { localDateOf } from "~/domain/calendar/zoned-time";
import { readSubscriptionsPage } from "./subscriptions-read.server";
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import { auditSnapshot, recordAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { intlLocaleOf, translate } from "~/utils/i18n";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import { fullPriceCents, proRataPriceCents } from "./pro-rata";
import type { EditSubscriptionInput, NewSubscriptionInput } from "./subscription.schema";
import {
  appendGrantChange,
  changeDate,
  currentPeriodId,
  grantTargetMinutes,
  isWithin,
  pricingOf,
  subscriptionTermsFields,
  type Actor,
} from "./subscription-support.server";

export type SaveResult =
  { ok: true; id: string } | { ok: false; fieldErrors?: Record<string, string[]>; formErrors?: string[] };

const subscriptionFields = {
  ...subscriptionTermsFields,
  status: true,
  capacityOverride: true,
  overrideNote: true,
} as const;

/** The subscriptions of one period (default: the current one), with the capacity they use. */
export async function subscriptionsOfPeriod(user: Actor, requestedPeriodId: string | null, now = new Date()) {
  // One statement after the session (ADR 019): the periods, the one shown, its subscriptions, its capacity read.
  const { periods, chosen } = await readSubscriptionsPage(
    user.associationId,
    requestedPeriodId,
    localDateOf(now, user.timeZone),
  );
  if (!chosen) return { periods, periodId: null, subscriptions: [], capacity: null };
  const capacity = exceedsWith(capacityFromRead(chosen.period, chosen.capacity), 0);
  return { periods, periodId: chosen.period.id, subscriptions: chosen.subscriptions, capacity };
}

export async function getSubscription(user: Actor, subscriptionId: string) {
  const subscription = await db().subscription.findFirst({
    where: { ...associationScopeOf(user), id: subscriptionId },
    select: {
      ...subscriptionFields,
      member: { select: { name: true } },
      period: { select: { label: true, startDate: true, endDate: true, status: true } },
      movements: {
        where: { associationId: user.associationId, idempotencyKey: { startsWith: "grant:" } },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, minutes: true, reason: true, occurredOn: true },
      },
    },
  });
  return { subscription: orNotFound(subscription), pricing: await pricingOf(db(), user.associationId) };
}

export async function assertSubscriptionInScope(user: Actor, subscriptionId: string) {
  orNotFound(
    await db().subscription.findFirst({
      where: { ...associationScopeOf(user), id: subscriptionId },
      select: { id: true },
    }),
  );
}

/** What the "new subscription" form offers: members who have not left, open periods, prices. */
export async function newSubscriptionOptions(user: Actor) {
  const scope = associationScopeOf(user);
  const [members, periods, pricing, periodId] = await Promise.all([
    db().member.findMany({
      where: { ...scope, status: { not: "LEFT" } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db().period.findMany({
      where: { ...scope, status: "OPEN" },
      orderBy: { startDate: "desc" },
      select: { id: true, label: true, startDate: true, endDate: true },
    }),
    pricingOf(db(), user.associationId),
    currentPeriodId(user),
  ]);
  return {
    members,
    periods: periods.map((period) => ({
      ...period,
      startDate: isoOf(period.startDate),
      endDate: isoOf(period.endDate),
    })),
    pricing,
    defaultPeriodId: periodId,
  };
}

/** Refusal when a sale would go beyond capacity without the explicit override. */
async function capacityRefusal(tx: Tx, user: Actor, periodId: string, extraShareHalves: number, override: boolean) {
  if (extraShareHalves <= 0) return { exceeds: false, refusal: null };
  const check = await wouldExceedCapacity(user.associationId, periodId, extraShareHalves, tx);
  if (!check.exceeds || override) return { exceeds: check.exceeds, refusal: null };
  const { daysPerShare } = await pricingOf(tx, user.associationId);
  const numberLocale = intlLocaleOf(user.locale);
  const message = translate(user.locale, "subscriptions.errors.capacity", {
    sold: formatHalfDaysAsDays(check.soldHalfDays, numberLocale),
    requested: formatHalfDaysAsDays(extraShareHalves * daysPerShare, numberLocale),
    available: formatHalfDaysAsDays(check.availableHalfDays, numberLocale),
  });
  return { exceeds: true, refusal: { ok: false as const, formErrors: [message] } };
}

function overrideNoteFor(user: Actor, note: string) {
  return note || translate(user.locale, "subscriptions.defaultOverrideNote", { name: user.name });
}

/** The association's pricing, and the price typed or else the shares' full price pro rata of the days left. */
async function pricedSubscription(
  tx: Tx,
  user: Actor,
  input: Pick<NewSubscriptionInput & EditSubscriptionInput, "price" | "shares">,
  days: { periodStart: IsoDate; periodEnd: IsoDate; startDate: IsoDate },
) {
  const pricing = await pricingOf(tx, user.associationId);
  const priceCents =
    input.price ??
    proRataPriceCents(
      fullPriceCents(input.shares, pricing.sharePriceCents),
      days.periodStart,
      days.periodEnd,
      days.startDate,
    );
  return { pricing, priceCents };
}

export async function createSubscription(user: Actor, input: NewSubscriptionInput): Promise<SaveResult> {
  const scope = associationScopeOf(user);
  return db().$transaction(async (tx) => {
    const [period, member] = await Promise.all([
      tx.period.findFirst({ where: { ...scope, id: input.periodId } }),
      tx.member.findFirst({ where: { ...scope, id: input.memberId }, select: { id: true, status: true } }),
    ]);
    if (!period) return { ok: false, fieldErrors: { periodId: ["subscriptions.errors.periodRequired"] } };
    if (period.status === "CLOSED")
      return { ok: false, fieldErrors: { periodId: ["subscriptions.errors.periodClosed"] } };
    if (!member) return { ok: false, fieldErrors: { memberId: ["subscriptions.errors.memberRequired"] } };
    if (member.status === "LEFT") return { ok: false, fieldErrors: { memberId: ["subscriptions.errors.memberLeft"] } };
    const duplicate = await tx.subscription.findFirst({
      where: { ...scope, periodId: period.id, memberId: member.id },
      select: { id: true },
    });
    if (duplicate) return { ok: false, fieldErrors: { memberId: ["subscriptions.errors.duplicate"] } };

    const periodStart = isoOf(period.startDate);
    const periodEnd = isoOf(period.endDate);
    const startDate = input.startDate ?? periodStart;
    const endDate = input.endDate ?? periodEnd;
    const dateErrors = checkDates(startDate, endDate, periodStart, periodEnd);
    if (dateErrors) return { ok: false, fieldErrors: dateErrors };

    const { exceeds, refusal } = await capacityRefusal(tx, user, period.id, input.shares, input.capacityOverride);
    if (refusal) return refusal;

    const { pricing, priceCents } = await pricedSubscription(tx, user, input, { periodStart, periodEnd, startDate });
    const subscription = await tx.subscription.create({
      data: {
        associationId: user.associationId,
        memberId: member.id,
        periodId: period.id,
        shareHalves: input.shares,
        priceCents,
        billingSchedule: input.billingSchedule,
        startDate: dateColumn(startDate),
        endDate: dateColumn(endDate),
        capacityOverride: exceeds,
        overrideNote: exceeds ? overrideNoteFor(user, input.overrideNote) : "",
      },
      select: subscriptionFields,
    });
    await appendGrantChange(
      tx,
      user,
      subscription,
      grantTargetMinutes(pricing, input.shares, period, startDate),
      startDate,
    );
    await recordAudit(tx, user, {
      action: "subscription.create",
      entityType: "Subscription",
      entityId: subscription.id,
      after: auditSnapshot(subscription),
    });
    return { ok: true, id: subscription.id };
  });
}

export async function updateSubscription(
  user: Actor,
  subscriptionId: string,
  input: EditSubscriptionInput,
): Promise<SaveResult> {
  return db().$transaction(async (tx) => {
    const before = orNotFound(
      await tx.subscription.findFirst({
        where: { ...associationScopeOf(user), id: subscriptionId },
        select: { ...subscriptionFields, period: true },
      }),
    );
    const { period, ...beforeFields } = before;
    // A closed period has had its carry-over and expiry computed: its grants can no longer move.
    if (period.status === "CLOSED")
      return { ok: false, formErrors: [translate(user.locale, "subscriptions.errors.periodClosed")] };
    const periodStart = isoOf(period.startDate);
    const periodEnd = isoOf(period.endDate);
    const startDate = input.startDate ?? isoOf(before.startDate);
    const endDate = input.endDate ?? isoOf(before.endDate);
    const dateErrors = checkDates(startDate, endDate, periodStart, periodEnd);
    if (dateErrors) return { ok: false, fieldErrors: dateErrors };

    const extraShareHalves = before.status === "ACTIVE" ? input.shares - before.shareHalves : 0;
    const { exceeds, refusal } = await capacityRefusal(tx, user, period.id, extraShareHalves, input.capacityOverride);
    if (refusal) return refusal;

    const { pricing, priceCents } = await pricedSubscription(tx, user, input, { periodStart, periodEnd, startDate });
    const after = await tx.subscription.update({
      where: { id: before.id },
      data: {
        shareHalves: input.shares,
        priceCents,
        billingSchedule: input.billingSchedule,
        startDate: dateColumn(startDate),
        endDate: dateColumn(endDate),
        // Once sold beyond capacity, the warning stays until the board looks at it again.
        capacityOverride: before.capacityOverride || exceeds,
        overrideNote: exceeds ? overrideNoteFor(user, input.overrideNote) : input.overrideNote || before.overrideNote,
      },
      select: subscriptionFields,
    });
    // Only a change of shares or of start date changes what was granted; the settings of the
    // day (days per share) must not silently rewrite an old grant on an unrelated edit.
    if (after.shareHalves !== before.shareHalves || startDate !== isoOf(before.startDate)) {
      await appendGrantChange(
        tx,
        user,
        after,
        grantTargetMinutes(pricing, after.shareHalves, period, startDate),
        changeDate(user, startDate, endDate),
      );
    }
    await recordAudit(tx, user, {
      action: "subscription.update",
      entityType: "Subscription",
      entityId: after.id,
      before: auditSnapshot(beforeFields),
      after: auditSnapshot(after),
    });
    return { ok: true, id: after.id };
  });
}

function checkDates(
  startDate: string,
  endDate: string,
  periodStart: string,
  periodEnd: string,
): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (!isWithin(startDate, periodStart, periodEnd)) errors.startDate = ["subscriptions.errors.outsidePeriod"];
  if (!isWithin(endDate, periodStart, periodEnd)) errors.endDate = ["subscriptions.errors.outsidePeriod"];
  else if (endDate < startDate) errors.endDate = ["subscriptions.errors.endBeforeStart"];
  return Object.keys(errors).length ? errors : null;
}
