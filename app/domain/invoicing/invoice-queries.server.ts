// Reading invoices for the lists, the detail page and the member's space. Amounts of issued
// documents are the frozen totals (the very figures of the PDF and the XML); a draft's total is a
// preview from computeInvoiceTotals. The state (paid, overdue…) is derived, never stored.

import { Prisma, type InvoiceStatus } from "~/generated/prisma/client.ts";
import type { CurrentUser } from "~/utils/auth.server";
import { db, readSql } from "~/utils/db.server";
import { notFound, scopeOf } from "~/utils/scope.server";
import { computeInvoiceTotals } from "./invoice-totals";
import { invoiceDisplayState, openBalanceCents, outstandingCents, type InvoiceDisplayState } from "./invoice-state";
import { compareInvoiceNumbers } from "./numbering";
import { isoOrNull } from "~/domain/calendar/date-columns";
import { todayIn } from "~/domain/calendar/today";
import { settlementColumns, type OpenBalanceRow } from "~/domain/payments/open-balances.server";

type Reader = Pick<CurrentUser, "associationId" | "role" | "memberId" | "timeZone">;

/** Σ allocations of non-deleted payments in one status, per invoice. */
async function allocatedCentsByInvoice(
  associationId: string,
  invoiceIds: string[],
  status: "SUCCEEDED" | "PROCESSING",
) {
  if (invoiceIds.length === 0) return new Map<string, number>();
  const rows = await db().paymentAllocation.groupBy({
    by: ["invoiceId"],
    where: { associationId, invoiceId: { in: invoiceIds }, payment: { status, deletedAt: null } },
    _sum: { amountCents: true },
  });
  return new Map(rows.map((row) => [row.invoiceId, row._sum.amountCents ?? 0]));
}

/** Σ allocations of succeeded, non-deleted payments, per invoice. */
export function paidCentsByInvoice(associationId: string, invoiceIds: string[]) {
  return allocatedCentsByInvoice(associationId, invoiceIds, "SUCCEEDED");
}

/** Σ allocations of payments still processing (SEPA debits Stripe has not confirmed), per invoice. */
export function processingCentsByInvoice(associationId: string, invoiceIds: string[]) {
  return allocatedCentsByInvoice(associationId, invoiceIds, "PROCESSING");
}

/** Σ issued credit notes, per corrected invoice. */
export async function creditedCentsByInvoice(associationId: string, invoiceIds: string[]) {
  if (invoiceIds.length === 0) return new Map<string, number>();
  const rows = await db().invoice.groupBy({
    by: ["correctsInvoiceId"],
    where: { associationId, kind: "CREDIT_NOTE", status: "ISSUED", correctsInvoiceId: { in: invoiceIds } },
    _sum: { totalInclTaxCents: true },
  });
  return new Map(rows.map((row) => [row.correctsInvoiceId ?? "", row._sum.totalInclTaxCents ?? 0]));
}

function draftTotalCents(invoice: {
  kind: string;
  lines: { quantityThousandths: number; unitPriceCents: number; vatBasisPoints: number }[];
}) {
  return computeInvoiceTotals(invoice.lines, invoice.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE")
    .totalInclTaxCents;
}

export type InvoiceListRow = {
  id: string;
  number: string | null;
  kind: string;
  memberId: string;
  memberName: string;
  issueDate: string | null;
  dueDate: string | null;
  totalInclTaxCents: number;
  paidCents: number;
  outstandingCents: number;
  /** Outstanding less payments in progress: what the member can still be asked to pay. */
  openBalanceCents: number;
  state: InvoiceDisplayState;
};

interface InvoiceListDbRow extends OpenBalanceRow {
  status: InvoiceStatus;
  memberName: string;
  /** A draft's lines (its total is a preview); null for the others. */
  lines: { quantityThousandths: number; unitPriceCents: number; vatBasisPoints: number }[] | null;
}

/** Staff see every invoice of their association; member users only their organisation's issued ones. */
export async function listInvoices(
  user: Reader,
  filter: { state?: InvoiceDisplayState | null; memberId?: string | null } = {},
): Promise<InvoiceListRow[]> {
  const scope = scopeOf(user);
  const memberId = "memberId" in scope ? scope.memberId : filter.memberId;
  // One statement in plain SQL (ADR 019): each invoice with what settles it (settlementColumns)
  // and, for a draft, its lines; Prisma's nested read of the same cost twice the CPU.
  const invoices = await readSql<InvoiceListDbRow>(Prisma.sql`
    SELECT i."id", i."number", i."kind"::text AS "kind", i."status"::text AS "status", i."memberId", m."name" AS "memberName",
      i."issueDate", i."dueDate", i."totalInclTaxCents", ${settlementColumns()},
      CASE WHEN i."status" = 'DRAFT' THEN COALESCE((
        SELECT json_agg(json_build_object('quantityThousandths', l."quantityThousandths", 'unitPriceCents', l."unitPriceCents",
          'vatBasisPoints', l."vatBasisPoints") ORDER BY l."position")
        FROM "InvoiceLine" l WHERE l."associationId" = i."associationId" AND l."invoiceId" = i."id"
      ), '[]') END AS "lines"
    FROM "Invoice" i
    JOIN "Member" m ON m."id" = i."memberId" AND m."associationId" = i."associationId"
    WHERE i."associationId" = ${user.associationId}
      ${memberId ? Prisma.sql`AND i."memberId" = ${memberId}` : Prisma.empty}
      ${user.role === "member" ? Prisma.sql`AND i."status" <> 'DRAFT'` : Prisma.empty}
    ORDER BY i."issueDate" DESC NULLS FIRST, i."createdAt" DESC
    LIMIT 2000`);
  const today = todayIn(user);
  const rows = invoices.map((invoice): InvoiceListRow => {
    const total = invoice.lines
      ? draftTotalCents({ kind: invoice.kind, lines: invoice.lines })
      : invoice.totalInclTaxCents;
    const input = {
      status: invoice.status,
      kind: invoice.kind,
      dueDate: isoOrNull(invoice.dueDate),
      totalInclTaxCents: total,
      paidCents: invoice.paidCents,
      creditedCents: invoice.creditedCents,
      processingCents: invoice.processingCents,
    };
    return {
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      memberId: invoice.memberId,
      memberName: invoice.memberName,
      issueDate: isoOrNull(invoice.issueDate),
      dueDate: input.dueDate,
      totalInclTaxCents: total,
      paidCents: input.paidCents,
      outstandingCents: outstandingCents(input),
      openBalanceCents: openBalanceCents(input),
      state: invoiceDisplayState(input, today),
    };
  });
  // Same day: the higher number first (numbers grow past 9999, so never compare them as strings).
  rows.sort((a, b) => {
    if (!a.number || !b.number) return a.number ? 1 : b.number ? -1 : 0;
    return (b.issueDate ?? "").localeCompare(a.issueDate ?? "") || compareInvoiceNumbers(b.number, a.number);
  });
  return filter.state ? rows.filter((row) => row.state === filter.state) : rows;
}

/** Everything the staff detail page shows; 404 outside the association. */
export async function invoiceDetail(user: Reader, invoiceId: string) {
  const invoice = await db().invoice.findFirst({
    where: { id: invoiceId, ...scopeOf(user) },
    include: {
      lines: { orderBy: { position: "asc" } },
      member: { select: { id: true, name: true } },
      correctsInvoice: { select: { id: true, number: true } },
      creditNotes: {
        where: { status: { not: "DRAFT" } },
        select: { id: true, number: true, issueDate: true, totalInclTaxCents: true },
        orderBy: { issueDate: "asc" },
      },
    },
  });
  if (!invoice) notFound();
  const [paid, credited, processing] = await Promise.all([
    paidCentsByInvoice(user.associationId, [invoice.id]),
    creditedCentsByInvoice(user.associationId, [invoice.id]),
    processingCentsByInvoice(user.associationId, [invoice.id]),
  ]);
  const isDraft = invoice.status === "DRAFT";
  const totals = isDraft
    ? computeInvoiceTotals(invoice.lines, invoice.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE")
    : {
        totalExclTaxCents: invoice.totalExclTaxCents,
        totalTaxCents: invoice.totalTaxCents,
        totalInclTaxCents: invoice.totalInclTaxCents,
        lineTotalsExclTaxCents: invoice.lines.map((line) => line.lineTotalExclTaxCents),
      };
  const stateInput = {
    status: invoice.status,
    kind: invoice.kind,
    dueDate: isoOrNull(invoice.dueDate),
    totalInclTaxCents: totals.totalInclTaxCents,
    paidCents: paid.get(invoice.id) ?? 0,
    creditedCents: credited.get(invoice.id) ?? 0,
    processingCents: processing.get(invoice.id) ?? 0,
  };
  return {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    status: invoice.status,
    member: invoice.member,
    issueDate: isoOrNull(invoice.issueDate),
    dueDate: stateInput.dueDate,
    serviceStart: isoOrNull(invoice.serviceStart),
    serviceEnd: isoOrNull(invoice.serviceEnd),
    vatRegime: invoice.vatRegime,
    notes: invoice.notes,
    runKey: invoice.runKey,
    emailedAt: invoice.emailedAt?.toISOString() ?? null,
    handDelivery: invoice.handDelivery,
    correctsInvoice: invoice.correctsInvoice,
    creditNotes: invoice.creditNotes.map((note) => ({
      id: note.id,
      number: note.number,
      issueDate: isoOrNull(note.issueDate),
      totalInclTaxCents: note.totalInclTaxCents,
    })),
    lines: invoice.lines.map((line, index) => ({
      id: line.id,
      description: line.description,
      quantityThousandths: line.quantityThousandths,
      unitPriceCents: line.unitPriceCents,
      vatBasisPoints: line.vatBasisPoints,
      lineTotalExclTaxCents: totals.lineTotalsExclTaxCents[index],
    })),
    totals: {
      totalExclTaxCents: totals.totalExclTaxCents,
      totalTaxCents: totals.totalTaxCents,
      totalInclTaxCents: totals.totalInclTaxCents,
    },
    paidCents: stateInput.paidCents,
    creditedCents: stateInput.creditedCents,
    outstandingCents: outstandingCents(stateInput),
    processingCents: stateInput.processingCents,
    openBalanceCents: openBalanceCents(stateInput),
    state: invoiceDisplayState(stateInput, todayIn(user)),
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof invoiceDetail>>;

/** 404 unless the invoice is in the caller's scope; actions call it before reading the form. */
export async function requireInvoiceInScope(
  user: Pick<CurrentUser, "associationId" | "role" | "memberId">,
  invoiceId: string,
) {
  const invoice = await db().invoice.findFirst({
    where: { id: invoiceId, ...scopeOf(user) },
    select: { id: true, status: true, kind: true, number: true },
  });
  if (!invoice) notFound();
  return invoice;
}
