// The association's periods (accounting years of the shares). Creating one computes its
// bounds from the association's start month; overlapping periods are refused, since a day
// must belong to exactly one period for balances and invoices to make sense.
import { DomainError } from "~/domain/domain-error";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, readSql } from "~/utils/db.server";
import { isoDateSql } from "~/utils/sql-json.server";
import { Prisma, type PeriodStatus } from "~/generated/prisma/client.ts";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import type { IsoDate } from "../calendar/local-date";
import { localDateOf } from "../calendar/zoned-time";
import { dateColumn, isoOf } from "../calendar/date-columns";
import { findOverlap, nextPeriodBounds, periodBoundsContaining, type PeriodBounds } from "./period-bounds";

interface PeriodsPageRow {
  periodStartMonth: number;
  timeZone: string;
  periods: {
    id: string;
    label: string;
    startDate: IsoDate;
    endDate: IsoDate;
    status: PeriodStatus;
    subscriptions: number;
  }[];
}

/**
 * The periods page: the association's start month and zone, and its periods (latest first) with
 * their subscriptions counted, in one plain-SQL statement (ADR 019) where Prisma's
 * client cost more than the read. Dates come as "YYYY-MM-DD", as the page shows them.
 */
export async function listPeriods(user: CurrentUser, now = new Date()) {
  const { associationId } = user;
  const [page] = await readSql<PeriodsPageRow>(Prisma.sql`
    SELECT a."periodStartMonth", a."timeZone",
      COALESCE((
        SELECT json_agg(json_build_object('id', p."id", 'label', p."label",
          'startDate', ${Prisma.raw(isoDateSql(`p."startDate"`))}, 'endDate', ${Prisma.raw(isoDateSql(`p."endDate"`))},
          'status', p."status"::text,
          'subscriptions', (SELECT count(*)::int FROM "Subscription" s
            WHERE s."associationId" = ${associationId} AND s."periodId" = p."id")
        ) ORDER BY p."startDate" DESC)
        FROM "Period" p WHERE p."associationId" = ${associationId}
      ), '[]'::json) AS "periods"
    FROM "Association" a WHERE a."id" = ${associationId}`);
  if (!page) notFound();
  const today = localDateOf(now, page.timeZone);
  const latestEnd = page.periods[0]?.endDate ?? null;
  return {
    periodStartMonth: page.periodStartMonth,
    today,
    next: nextPeriodBounds(latestEnd, today, page.periodStartMonth),
    periods: page.periods.map((period) => ({
      ...period,
      current: period.startDate <= today && today <= period.endDate,
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
