// What the treasurer's home shows of the money: receivables by age, cash received per month, the
// most overdue members and what is left to invoice this period. One pass over the open balances.
import { planInvoiceRun } from "~/domain/invoicing/invoice-run-plan.server";
import { ageingTotals } from "~/domain/payments/ageing";
import { openBalancesInTx } from "~/domain/payments/open-balances.server";
import { localDateOf } from "~/domain/calendar/zoned-time";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";
import { cashByMonth, leftToInvoice, mostOverdueMembers } from "./treasury";
import { isoOf } from "~/domain/calendar/date-columns";

export async function treasuryFigures(
  user: Pick<CurrentUser, "id" | "associationId" | "timeZone">,
  periodId: string | null,
  now = new Date(),
) {
  const today = localDateOf(now, user.timeZone);
  const scope = associationScopeOf(user);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  const [open, members, payments, shareItems] = await Promise.all([
    openBalancesInTx(db(), user.associationId, {}),
    db().member.findMany({ where: scope, select: { id: true, name: true } }),
    db().payment.findMany({
      where: { ...scope, status: "SUCCEEDED", deletedAt: null, receivedOn: { gte: new Date(`${yearAgo}T00:00:00Z`) } },
      select: { receivedOn: true, amountCents: true },
    }),
    periodId ? shareInstalments(user, periodId) : null,
  ]);
  const names = new Map(members.map((member) => [member.id, member.name]));
  return {
    ageing: ageingTotals(
      open.flatMap((invoice) =>
        invoice.dueDate ? [{ dueDate: invoice.dueDate, openBalanceCents: invoice.openBalanceCents }] : [],
      ),
      today,
    ),
    cash: cashByMonth(
      payments.map((payment) => ({ receivedOn: isoOf(payment.receivedOn), amountCents: payment.amountCents })),
      today,
    ),
    mostOverdue: mostOverdueMembers(
      open.map((invoice) => ({ ...invoice, memberName: names.get(invoice.memberId) ?? "" })),
      today,
    ),
    leftToInvoice: shareItems
      ? leftToInvoice(
          shareItems.reduce((sum, item) => sum + item.amountCents, 0),
          shareItems.filter((item) => item.status === "issued").reduce((sum, item) => sum + item.amountCents, 0),
          0,
        )
      : null,
  };
}

/**
 * Every share instalment of the period (up to its last day), each marked issued or not by its run
 * item: what was invoiced is counted by instalment, never by invoice totals, which also hold the fee
 * grouped on the same invoice (issue 12) and would overstate it.
 */
async function shareInstalments(user: Pick<CurrentUser, "id" | "associationId">, periodId: string) {
  const period = await db().period.findFirstOrThrow({
    where: { id: periodId, associationId: user.associationId },
    select: { endDate: true },
  });
  const { items } = await planInvoiceRun(user, periodId, isoOf(period.endDate));
  return items.filter((item) => item.kind === "SHARES");
}
