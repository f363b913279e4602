// The association's periods (accounting years of the shares). Creating one computes its
// bounds from the association's start month; overlapping periods are refused, since a day
// must belong to exactly one period for balances and invoices to make sense.
import { DomainError } from "~/domain/domain-error";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";
import type { IsoDate } from "../calendar/local-date";
import { localDateOf } from "../calendar/zoned-time";
import { dateColumn, isoOf } from "../calendar/date-columns";
import { periodSummaryFields } from "./period-fields";
import { findOverlap, nextPeriodBounds, periodBoundsContaining, type PeriodBounds } from "./period-bounds";

export async function listPeriods(user: CurrentUser, now = new Date()) {
  const [association, periods] = await Promise.all([
    db().association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { periodStartMonth: true, timeZone: true },
    }),
    db().period.findMany({
      where: associationScopeOf(user),
      orderBy: { startDate: "desc" },
      select: {
        ...periodSummaryFields,
        _count: { select: { subscriptions: true } },
      },
    }),
  ]);
  const today = localDateOf(now, association.timeZone);
  const latestEnd = periods[0] ? isoOf(periods[0].endDate) : null;
  return {
    periodStartMonth: association.periodStartMonth,
    today,
    next: nextPeriodBounds(latestEnd, today, association.periodStartMonth),
    periods: periods.map((period) => ({
      id: period.id,
      label: period.label,
      startDate: isoOf(period.startDate),
      endDate: isoOf(period.endDate),
      status: period.status,
      subscriptions: period._count.subscriptions,
      current: isoOf(period.startDate) <= today && today <= isoOf(period.endDate),
    })),
  };
}

/** Creates the period containing `containing` (default: the next one); one overlapping another is refused (409). */
export async function createPeriod(
  user: CurrentUser,
  containing: IsoDate | undefined,
  now = new Date(),
): Promise<PeriodBounds & { id: string }> {
  return db().$transaction(async (tx) => {
    const association = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { periodStartMonth: true, timeZone: true },
    });
    const existing = (
      await tx.period.findMany({
        where: associationScopeOf(user),
        orderBy: { startDate: "desc" },
        select: { id: true, label: true, startDate: true, endDate: true },
      })
    ).map((period) => ({
      id: period.id,
      label: period.label,
      startDate: isoOf(period.startDate),
      endDate: isoOf(period.endDate),
    }));
    const bounds = containing
      ? periodBoundsContaining(containing, association.periodStartMonth)
      : nextPeriodBounds(
          existing[0]?.endDate ?? null,
          localDateOf(now, association.timeZone),
          association.periodStartMonth,
        );
    const overlap = findOverlap(bounds, existing);
    if (overlap)
      throw new DomainError({
        code: "PERIOD_OVERLAP",
        status: 409,
        key: "periods.errors.overlap",
        values: { label: overlap.label, start: { day: overlap.startDate }, end: { day: overlap.endDate } },
      });
    const period = await tx.period.create({
      data: {
        associationId: user.associationId,
        label: bounds.label,
        startDate: dateColumn(bounds.startDate),
        endDate: dateColumn(bounds.endDate),
      },
    });
    await recordAudit(tx, user, {
      action: "period.create",
      entityType: "Period",
      entityId: period.id,
      after: { label: bounds.label, startDate: bounds.startDate, endDate: bounds.endDate },
    });
    return { ...bounds, id: period.id };
  });
}
