// Open balances read INSIDE a transaction (PGlite has one connection: a read through db() would wait
// for the very transaction asking for it). The figure is openBalanceCents, the one rule shared with
// the UI, the Checkout amount and the reminders.
import { openBalanceCents } from "~/domain/invoicing/invoice-state";
import type { Tx } from "~/utils/db.server";

export type OpenInvoice = {
  id: string;
  number: string;
  memberId: string;
  issueDate: string;
  dueDate: string | null;
  totalInclTaxCents: number;
  openBalanceCents: number;
};

const isoOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Issued invoices (credit notes excepted) with their open balance; `excludePaymentId` leaves one payment out (the one being applied). */
export async function openBalancesInTx(
  tx: Tx,
  associationId: string,
  where: { invoiceIds?: string[]; memberId?: string },
  options: { excludePaymentId?: string } = {},
): Promise<OpenInvoice[]> {
  const invoices = await tx.invoice.findMany({
    where: {
      associationId,
      status: "ISSUED",
      kind: { not: "CREDIT_NOTE" },
      ...(where.invoiceIds ? { id: { in: where.invoiceIds } } : {}),
      ...(where.memberId ? { memberId: where.memberId } : {}),
    },
    select: { id: true, number: true, memberId: true, issueDate: true, dueDate: true, totalInclTaxCents: true, status: true, kind: true },
    orderBy: [{ dueDate: "asc" }, { issueDate: "asc" }, { sequence: "asc" }],
  });
  const ids = invoices.map((invoice) => invoice.id);
  if (ids.length === 0) return [];
  const paymentFilter = (status: "SUCCEEDED" | "PROCESSING") => ({ status, deletedAt: null, ...(options.excludePaymentId ? { id: { not: options.excludePaymentId } } : {}) });
  // One after the other: a transaction is one connection, and pg refuses overlapping queries on it.
  const paid = await tx.paymentAllocation.groupBy({ by: ["invoiceId"], where: { associationId, invoiceId: { in: ids }, payment: paymentFilter("SUCCEEDED") }, _sum: { amountCents: true } });
  const processing = await tx.paymentAllocation.groupBy({ by: ["invoiceId"], where: { associationId, invoiceId: { in: ids }, payment: paymentFilter("PROCESSING") }, _sum: { amountCents: true } });
  const credited = await tx.invoice.groupBy({ by: ["correctsInvoiceId"], where: { associationId, kind: "CREDIT_NOTE", status: "ISSUED", correctsInvoiceId: { in: ids } }, _sum: { totalInclTaxCents: true } });
  const paidBy = new Map(paid.map((row) => [row.invoiceId, row._sum.amountCents ?? 0]));
  const processingBy = new Map(processing.map((row) => [row.invoiceId, row._sum.amountCents ?? 0]));
  const creditedBy = new Map(credited.map((row) => [row.correctsInvoiceId ?? "", row._sum.totalInclTaxCents ?? 0]));
  return invoices.map((invoice) => ({
    id: invoice.id,
    number: invoice.number ?? "",
    memberId: invoice.memberId,
    issueDate: isoOf(invoice.issueDate) ?? "",
    dueDate: isoOf(invoice.dueDate),
    totalInclTaxCents: invoice.totalInclTaxCents,
    openBalanceCents: openBalanceCents({
      kind: invoice.kind,
      status: invoice.status,
      totalInclTaxCents: invoice.totalInclTaxCents,
      paidCents: paidBy.get(invoice.id) ?? 0,
      processingCents: processingBy.get(invoice.id) ?? 0,
      creditedCents: creditedBy.get(invoice.id) ?? 0,
    }),
  }));
}
