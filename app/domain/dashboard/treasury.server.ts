// What the treasurer's home shows of the money: receivables by age, cash received per month, the
// most overdue members and what is left to invoice this period. One pass over the open balances.
import { instalmentsDueBy, subscriptionInstalments } from "~/domain/invoicing/instalments";
import { ageingTotals } from "~/domain/payments/ageing";
import {
  OPEN_BALANCES_ORDER,
  openBalancesSql,
  openInvoiceOf,
  type JsonOpenBalanceRow,
} from "~/domain/payments/open-balances.server";
import { localDateOf } from "~/domain/calendar/zoned-time";
import type { IsoDate } from "~/domain/calendar/local-date";
import { Prisma, type BillingSchedule } from "~/generated/prisma/client.ts";
import type { CurrentUser } from "~/utils/auth.server";
import { readSql } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { cashByMonth, leftToInvoice, mostOverdueMembers } from "./treasury";
import { shareRunKey } from "~/domain/invoicing/invoice-run-groups";

export async function treasuryFigures(
  user: Pick<CurrentUser, "id" | "associationId" | "timeZone">,
  periodId: string | null,
  now = new Date(),
) {
  const today = localDateOf(now, user.timeZone);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  const [money, shareItems] = await Promise.all([
    openInvoicesAndCash(user.associationId, yearAgo),
    periodId ? shareInstalments(user.associationId, periodId) : null,
  ]);
  const { open, payments } = money;
  return {
    ageing: ageingTotals(
      open.flatMap((invoice) =>
        invoice.dueDate ? [{ dueDate: invoice.dueDate, openBalanceCents: invoice.openBalanceCents }] : [],
      ),
      today,
    ),
    cash: cashByMonth(payments, today),
    mostOverdue: mostOverdueMembers(open, today),
    leftToInvoice: shareItems
      ? leftToInvoice(
          shareItems.reduce((sum, item) => sum + item.amountCents, 0),
          shareItems.filter((item) => item.issued).reduce((sum, item) => sum + item.amountCents, 0),
          0,
        )
      : null,
  };
}

/**
 * The open invoices with their member's name (oldest due first) and the payments received since
 * `yearAgo`, in one statement (ADR 019; three round trips before).
 */
async function openInvoicesAndCash(associationId: string, yearAgo: IsoDate) {
  const [row] = await readSql<{
    open: (JsonOpenBalanceRow & { memberName: string })[];
    payments: { receivedOn: IsoDate; amountCents: number }[];
  }>(Prisma.sql`
    SELECT
      COALESCE((
        SELECT json_agg(o ORDER BY ${OPEN_BALANCES_ORDER})
        FROM (
          SELECT b.*, COALESCE(m."name", '') AS "memberName"
          FROM (${openBalancesSql(associationId, {})}) b
          LEFT JOIN "Member" m ON m."id" = b."memberId" AND m."associationId" = ${associationId}
        ) o
      ), '[]') AS "open",
      COALESCE((
        SELECT json_agg(json_build_object('receivedOn', to_char(p."receivedOn", 'YYYY-MM-DD'), 'amountCents', p."amountCents"))
        FROM "Payment" p
        WHERE p."associationId" = ${associationId} AND p."status" = 'SUCCEEDED' AND p."deletedAt" IS NULL
          AND p."receivedOn" >= ${yearAgo}::date
      ), '[]') AS "payments"`);
  return {
    open: row!.open.map((invoice) => ({ ...openInvoiceOf(invoice), memberName: invoice.memberName })),
    payments: row!.payments,
  };
}

/**
 * Every share instalment of the period (up to its last day), each marked issued or not by its run
 * item (an invoice other than a draft): what was invoiced is counted by instalment, never by
 * invoice totals, which also hold the fee grouped on the same invoice (issue 12) and would overstate
 * it. The same instalments as the invoice run's (planInvoiceRun), from one statement: the period,
 * its active subscriptions and the run keys already issued.
 */
async function shareInstalments(associationId: string, periodId: string) {
  const rows = await readSql<{
    periodStart: IsoDate;
    periodEnd: IsoDate;
    subscriptions: { id: string; priceCents: number; schedule: BillingSchedule; start: IsoDate; end: IsoDate }[];
    issuedKeys: string[];
  }>(Prisma.sql`
    WITH subscriptions AS (
      SELECT s."id", s."priceCents", s."billingSchedule" AS "schedule",
        to_char(s."startDate", 'YYYY-MM-DD') AS "start", to_char(s."endDate", 'YYYY-MM-DD') AS "end"
      FROM "Subscription" s
      WHERE s."associationId" = ${associationId} AND s."periodId" = ${periodId} AND s."status" = 'ACTIVE'
    )
    SELECT to_char(p."startDate", 'YYYY-MM-DD') AS "periodStart", to_char(p."endDate", 'YYYY-MM-DD') AS "periodEnd",
      COALESCE((SELECT json_agg(s) FROM subscriptions s), '[]') AS "subscriptions",
      COALESCE((
        SELECT json_agg(r."runKey")
        FROM "InvoiceRunItem" r JOIN "Invoice" i ON i."id" = r."invoiceId" AND i."associationId" = r."associationId"
        WHERE r."associationId" = ${associationId} AND i."status" <> 'DRAFT' AND r."runKey" LIKE 'shares:%'
          AND split_part(r."runKey", ':', 2) IN (SELECT s."id" FROM subscriptions s)
      ), '[]') AS "issuedKeys"
    FROM "Period" p WHERE p."id" = ${periodId} AND p."associationId" = ${associationId}`);
  const period = rows[0];
  if (!period) notFound();
  const issued = new Set(period.issuedKeys);
  return period.subscriptions.flatMap((subscription) =>
    instalmentsDueBy(
      subscriptionInstalments({
        priceCents: subscription.priceCents,
        schedule: subscription.schedule,
        start: subscription.start,
        end: subscription.end,
        periodStart: period.periodStart,
      }),
      period.periodEnd,
    ).map((instalment) => ({
      amountCents: instalment.amountCents,
      issued: issued.has(shareRunKey(subscription.id, instalment.index)),
    })),
  );
}
