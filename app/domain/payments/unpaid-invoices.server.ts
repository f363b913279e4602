// The unpaid-invoices view: every issued invoice with an open balance, its days late and its ageing
// bucket, and the totals per bucket. Invoices whose balance is on its way (SEPA processing) are not
// listed: there is nothing to chase.
import { listInvoices } from "~/domain/invoicing/invoice-queries.server";
import { daysOverdue } from "~/domain/invoicing/invoice-state";
import type { CurrentUser } from "~/utils/auth.server";
import { ageingBucket, ageingTotals } from "./ageing";
import { todayIn } from "~/domain/calendar/today";

type Staff = Pick<CurrentUser, "associationId" | "role" | "memberId" | "timeZone">;

export async function unpaidInvoices(user: Staff) {
  const today = todayIn(user);
  const invoices = (await listInvoices(user)).filter(
    (invoice) => invoice.kind !== "CREDIT_NOTE" && invoice.openBalanceCents > 0 && invoice.dueDate,
  );
  const rows = invoices
    .map((invoice) => ({
      id: invoice.id,
      number: invoice.number ?? "",
      memberId: invoice.memberId,
      memberName: invoice.memberName,
      dueDate: invoice.dueDate!,
      totalInclTaxCents: invoice.totalInclTaxCents,
      openBalanceCents: invoice.openBalanceCents,
      daysLate: daysOverdue(invoice.dueDate!, today),
      bucket: ageingBucket(invoice.dueDate!, today),
    }))
    .sort((a, b) => b.daysLate - a.daysLate || a.dueDate.localeCompare(b.dueDate));
  return {
    today,
    rows,
    totals: ageingTotals(rows, today),
    totalCents: rows.reduce((sum, row) => sum + row.openBalanceCents, 0),
  };
}
