// Reads what the accountant's CSV exports contain, scoped to the caller's association. Amounts are
// the frozen totals of issued documents; drafts are never exported. The FEC is in exports/fec.server.ts.

import { isIsoDate } from "~/domain/calendar/local-date";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";
import { invoicesCsv, paymentsCsv } from "./accounting-exports";
import { creditedCentsByInvoice, paidCentsByInvoice, processingCentsByInvoice } from "./invoice-queries.server";
import { invoiceDisplayState } from "./invoice-state";
import { DomainError } from "~/domain/domain-error";
import { messages as fr } from "~/utils/messages/invoicing.fr";
import { isoOf, dateColumn } from "~/domain/calendar/date-columns";
import { todayIn } from "~/domain/calendar/today";

type Staff = Pick<CurrentUser, "associationId" | "timeZone">;

const METHOD_LABELS: Record<string, string> = {
  BANK_TRANSFER: "Virement",
  CHEQUE: "Chèque",
  DIRECT_DEBIT: "Prélèvement",
  STRIPE_CARD: "Carte (en ligne)",
  STRIPE_SEPA: "Prélèvement SEPA (en ligne)",
};
const PAYMENT_STATUS_LABELS: Record<string, string> = { PROCESSING: "En cours", SUCCEEDED: "Reçu", FAILED: "Échoué" };

/** A date range from the query string; both ends default to the current year. */
export function exportRange(search: URLSearchParams, user: Staff): { from: string; to: string } {
  const year = todayIn(user).slice(0, 4);
  const from = search.get("du") || `${year}-01-01`;
  const to = search.get("au") || `${year}-12-31`;
  if (!isIsoDate(from) || !isIsoDate(to) || from > to)
    throw new DomainError({ status: 400, key: "invoicing.refusal.exportRange" });
  return { from, to };
}

export async function invoicesCsvExport(user: Staff, from: string, to: string) {
  const invoices = await db().invoice.findMany({
    where: {
      ...associationScopeOf(user),
      status: { not: "DRAFT" },
      issueDate: { gte: dateColumn(from), lte: dateColumn(to) },
    },
    include: { member: { select: { name: true } }, correctsInvoice: { select: { number: true } } },
    orderBy: [{ issueDate: "asc" }, { series: "asc" }, { sequence: "asc" }],
  });
  const ids = invoices.map((invoice) => invoice.id);
  const [paid, credited, processing] = await Promise.all([
    paidCentsByInvoice(user.associationId, ids),
    creditedCentsByInvoice(user.associationId, ids),
    processingCentsByInvoice(user.associationId, ids),
  ]);
  const today = todayIn(user);
  return invoicesCsv(
    invoices.map((invoice) => {
      const state = invoiceDisplayState(
        {
          status: invoice.status,
          kind: invoice.kind,
          dueDate: invoice.dueDate ? isoOf(invoice.dueDate) : null,
          totalInclTaxCents: invoice.totalInclTaxCents,
          paidCents: paid.get(invoice.id) ?? 0,
          creditedCents: credited.get(invoice.id) ?? 0,
          processingCents: processing.get(invoice.id) ?? 0,
        },
        today,
      );
      const buyer = (invoice.buyerSnapshot as { buyer?: { siren?: string | null } } | null)?.buyer;
      return {
        number: invoice.number ?? "",
        kind: fr[`invoicing.kind.${invoice.kind}`],
        issueDate: isoOf(invoice.issueDate!),
        dueDate: invoice.dueDate ? isoOf(invoice.dueDate) : null,
        memberName: invoice.member.name,
        memberSiren: buyer?.siren ?? null,
        totalExclTaxCents: invoice.totalExclTaxCents,
        totalTaxCents: invoice.totalTaxCents,
        totalInclTaxCents: invoice.totalInclTaxCents,
        paidCents: paid.get(invoice.id) ?? 0,
        state: fr[`invoicing.state.${state}`],
        correctsNumber: invoice.correctsInvoice?.number ?? null,
        isCreditNote: invoice.kind === "CREDIT_NOTE",
        serviceStart: invoice.serviceStart ? isoOf(invoice.serviceStart) : null,
        serviceEnd: invoice.serviceEnd ? isoOf(invoice.serviceEnd) : null,
      };
    }),
  );
}

export async function paymentsCsvExport(user: Staff, from: string, to: string) {
  const payments = await db().payment.findMany({
    where: { ...associationScopeOf(user), deletedAt: null, receivedOn: { gte: dateColumn(from), lte: dateColumn(to) } },
    include: {
      member: { select: { name: true } },
      allocations: { include: { invoice: { select: { number: true } } } },
    },
    orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
  });
  return paymentsCsv(
    payments.map((payment) => ({
      receivedOn: isoOf(payment.receivedOn),
      memberName: payment.member.name,
      method: METHOD_LABELS[payment.method] ?? payment.method,
      status: PAYMENT_STATUS_LABELS[payment.status] ?? payment.status,
      reference: payment.reference,
      amountCents: payment.amountCents,
      invoiceNumbers: payment.allocations.map((allocation) => allocation.invoice.number ?? "").filter(Boolean),
    })),
  );
}
