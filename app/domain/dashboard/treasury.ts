// The treasurer's home figures, pure: cash received per month over the last twelve months, the
// most overdue members, and what is left to invoice on the period's subscriptions.
import type { IsoDate } from "~/domain/calendar/local-date";
import { daysOverdue } from "~/domain/invoicing/invoice-state";

/** The twelve months ending with today's, oldest first, each with the cents received in it. */
export function cashByMonth(
  payments: readonly { receivedOn: IsoDate; amountCents: number }[],
  today: IsoDate,
): { month: string; cents: number }[] {
  const [year, month] = today.split("-").map(Number);
  const months = Array.from({ length: 12 }, (_, index) => {
    const offset = month - 11 + index; // 1-based month, may be ≤ 0
    const y = offset <= 0 ? year - 1 : year;
    const m = offset <= 0 ? offset + 12 : offset;
    return `${y}-${String(m).padStart(2, "0")}`;
  });
  const totals = new Map(months.map((key) => [key, 0]));
  for (const payment of payments) {
    const key = payment.receivedOn.slice(0, 7);
    if (totals.has(key)) totals.set(key, totals.get(key)! + payment.amountCents);
  }
  return months.map((key) => ({ month: key, cents: totals.get(key)! }));
}

export type OverdueMember = {
  memberId: string;
  memberName: string;
  overdueCents: number;
  invoiceCount: number;
  oldestDays: number;
};

/** Members with overdue invoices, the longest delay first, then the largest amount; at most `limit`. */
export function mostOverdueMembers(
  invoices: readonly { memberId: string; memberName: string; dueDate: IsoDate | null; openBalanceCents: number }[],
  today: IsoDate,
  limit = 5,
): OverdueMember[] {
  const byMember = new Map<string, OverdueMember>();
  for (const invoice of invoices) {
    if (invoice.openBalanceCents <= 0 || invoice.dueDate === null || invoice.dueDate >= today) continue;
    const row = byMember.get(invoice.memberId) ?? {
      memberId: invoice.memberId,
      memberName: invoice.memberName,
      overdueCents: 0,
      invoiceCount: 0,
      oldestDays: 0,
    };
    row.overdueCents += invoice.openBalanceCents;
    row.invoiceCount += 1;
    row.oldestDays = Math.max(row.oldestDays, daysOverdue(invoice.dueDate, today));
    byMember.set(invoice.memberId, row);
  }
  return [...byMember.values()]
    .sort(
      (a, b) =>
        b.oldestDays - a.oldestDays ||
        b.overdueCents - a.overdueCents ||
        a.memberName.localeCompare(b.memberName, "fr"),
    )
    .slice(0, limit);
}

/** Subscribed, invoiced (net of credit notes) and left to invoice, never below zero. */
export function leftToInvoice(subscribedCents: number, invoicedCents: number, creditedCents: number) {
  const invoiced = invoicedCents - creditedCents;
  return { subscribedCents, invoicedCents: invoiced, leftCents: Math.max(0, subscribedCents - invoiced) };
}
