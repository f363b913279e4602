// Open balances read INSIDE a transaction (PGlite has one connection: a read through db() would wait
// for the very transaction asking for it). The figure is openBalanceCents, the one rule shared with
// the UI, the Checkout amount and the reminders.
import { openBalanceCents } from "~/domain/invoicing/invoice-state";
import { Prisma, type InvoiceKind } from "~/generated/prisma/client.ts";
import type { Tx } from "~/utils/db.server";
import { isoOrNull } from "~/domain/calendar/date-columns";

export type OpenInvoice = {
  id: string;
  number: string;
  memberId: string;
  issueDate: string;
  dueDate: string | null;
  totalInclTaxCents: number;
  openBalanceCents: number;
};

/** An invoice with its settlementColumns, as the database returns it. */
export interface OpenBalanceRow {
  id: string;
  number: string | null;
  memberId: string;
  kind: InvoiceKind;
  issueDate: Date | null;
  dueDate: Date | null;
  totalInclTaxCents: number;
  paidCents: number;
  processingCents: number;
  creditedCents: number;
}

export type JsonOpenBalanceRow = Omit<OpenBalanceRow, "issueDate" | "dueDate"> & {
  issueDate: string | null;
  dueDate: string | null;
};

/**
 * What settles the invoice aliased `i`, summed beside it: allocations of non-deleted payments
 * succeeded ("paidCents") and still processing ("processingCents", SEPA debits Stripe has not
 * confirmed), and issued credit notes ("creditedCents"). The open balances and the invoice lists
 * both read them so.
 */
export function settlementColumns(options: { excludePaymentId?: string } = {}) {
  const excluded = options.excludePaymentId ? Prisma.sql`AND p."id" <> ${options.excludePaymentId}` : Prisma.empty;
  const allocated = (status: "SUCCEEDED" | "PROCESSING") => Prisma.sql`COALESCE((
      SELECT SUM(a."amountCents") FROM "PaymentAllocation" a JOIN "Payment" p ON p."id" = a."paymentId"
      WHERE a."associationId" = i."associationId" AND a."invoiceId" = i."id"
        AND p."status" = ${status}::"PaymentStatus" AND p."deletedAt" IS NULL ${excluded}), 0)::int`;
  return Prisma.sql`${allocated("SUCCEEDED")} AS "paidCents", ${allocated("PROCESSING")} AS "processingCents",
      COALESCE((
        SELECT SUM(c."totalInclTaxCents") FROM "Invoice" c
        WHERE c."associationId" = i."associationId" AND c."correctsInvoiceId" = i."id" AND c."kind" = 'CREDIT_NOTE' AND c."status" = 'ISSUED'
      ), 0)::int AS "creditedCents"`;
}

/**
 * Issued invoices (credit notes excepted) with what was paid, what is being paid and what was
 * credited on each, summed beside them: one SELECT, to run alone (openBalancesInTx) or nested in
 * a page's statement (memberPaymentInfo). It used to take four round trips (ADR 019).
 */
export function openBalancesSql(
  associationId: string,
  where: { invoiceIds?: string[]; memberId?: string },
  options: { excludePaymentId?: string } = {},
) {
  return Prisma.sql`
    SELECT i."id", i."number", i."memberId", i."kind"::text AS "kind", i."issueDate", i."dueDate", i."totalInclTaxCents",
      i."sequence", ${settlementColumns(options)}
    FROM "Invoice" i
    WHERE i."associationId" = ${associationId} AND i."status" = 'ISSUED' AND i."kind" <> 'CREDIT_NOTE'
      ${where.invoiceIds ? Prisma.sql`AND i."id" IN (${Prisma.join(where.invoiceIds)})` : Prisma.empty}
      ${where.memberId ? Prisma.sql`AND i."memberId" = ${where.memberId}` : Prisma.empty}`;
}

/** The order invoices are paid in: the oldest due first. */
export const OPEN_BALANCES_ORDER = Prisma.sql`"dueDate" ASC, "issueDate" ASC, "sequence" ASC`;

/** Issued invoices (credit notes excepted) with their open balance; `excludePaymentId` leaves one payment out (the one being applied). */
export async function openBalancesInTx(
  tx: Tx,
  associationId: string,
  where: { invoiceIds?: string[]; memberId?: string },
  options: { excludePaymentId?: string } = {},
): Promise<OpenInvoice[]> {
  if (where.invoiceIds && where.invoiceIds.length === 0) return [];
  const rows = await tx.$queryRaw<OpenBalanceRow[]>`
    SELECT * FROM (${openBalancesSql(associationId, where, options)}) o ORDER BY ${OPEN_BALANCES_ORDER}`;
  return rows.map(openInvoiceOf);
}

/** A row of openBalancesSql, read directly (dates as Dates) or through JSON (dates as "YYYY-MM-DD"). */
export function openInvoiceOf(invoice: OpenBalanceRow | JsonOpenBalanceRow): OpenInvoice {
  const iso = (date: Date | string | null) => (typeof date === "string" ? date : isoOrNull(date));
  return {
    id: invoice.id,
    number: invoice.number ?? "",
    memberId: invoice.memberId,
    issueDate: iso(invoice.issueDate) ?? "",
    dueDate: iso(invoice.dueDate),
    totalInclTaxCents: invoice.totalInclTaxCents,
    openBalanceCents: openBalanceCents({
      kind: invoice.kind,
      status: "ISSUED",
      totalInclTaxCents: invoice.totalInclTaxCents,
      paidCents: invoice.paidCents,
      processingCents: invoice.processingCents,
      creditedCents: invoice.creditedCents,
    }),
  };
}
