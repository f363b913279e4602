// What the treasurer's home shows of the money: receivables by age, cash received per month, the
// most overdue members and what is left to invoice this period. One pass over the open balances.
import { ageingTotals } from "~/domain/payments/ageing";
import { openBalancesInTx } from "~/domain/payments/open-balances.server";
import { localDateOf } from "~/domain/time/zoned-time";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";
import { cashByMonth, leftToInvoice, mostOverdueMembers } from "./treasury";

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

export async function treasuryFigures(user: Pick<CurrentUser, "associationId" | "timeZone">, periodId: string | null, now = new Date()) {
  const today = localDateOf(now, user.timeZone);
  const scope = associationScopeOf(user);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  const [open, members, payments, subscribed, invoiced, credited] = await Promise.all([
    openBalancesInTx(db(), user.associationId, {}),
    db().member.findMany({ where: scope, select: { id: true, name: true } }),
    db().payment.findMany({ where: { ...scope, status: "SUCCEEDED", deletedAt: null, receivedOn: { gte: new Date(`${yearAgo}T00:00:00Z`) } }, select: { receivedOn: true, amountCents: true } }),
    periodId ? db().subscription.aggregate({ where: { ...scope, periodId, status: "ACTIVE" }, _sum: { priceCents: true } }) : null,
    periodId ? db().invoice.aggregate({ where: { ...scope, periodId, status: "ISSUED", kind: "SHARES" }, _sum: { totalExclTaxCents: true } }) : null,
    periodId ? db().invoice.aggregate({ where: { ...scope, status: "ISSUED", kind: "CREDIT_NOTE", correctsInvoice: { periodId, kind: "SHARES" } }, _sum: { totalExclTaxCents: true } }) : null,
  ]);
  const names = new Map(members.map((member) => [member.id, member.name]));
  return {
    ageing: ageingTotals(
      open.flatMap((invoice) => (invoice.dueDate ? [{ dueDate: invoice.dueDate, openBalanceCents: invoice.openBalanceCents }] : [])),
      today,
    ),
    cash: cashByMonth(payments.map((payment) => ({ receivedOn: isoOf(payment.receivedOn), amountCents: payment.amountCents })), today),
    mostOverdue: mostOverdueMembers(open.map((invoice) => ({ ...invoice, memberName: names.get(invoice.memberId) ?? "" })), today),
    leftToInvoice: periodId ? leftToInvoice(subscribed?._sum.priceCents ?? 0, invoiced?._sum.totalExclTaxCents ?? 0, credited?._sum.totalExclTaxCents ?? 0) : null,
  };
}
