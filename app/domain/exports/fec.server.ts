// Reads what the FEC of one financial year holds, scoped to the caller's association, and encodes it
// in ISO 8859-15. Lettering reads every invoice and movement of the association, so a code never
// changes from one export to the next (fec-lettering.ts).

import { sirenOfSiret } from "~/domain/members/siren";
import { customerCode } from "~/domain/members/customer-code";
import { DomainError } from "~/domain/domain-error";
import { localDateOf } from "~/domain/calendar/zoned-time";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf } from "~/utils/scope.server";
import { buildFec, fecFileName, type FecSale } from "./fec";
import { letterings } from "./fec-lettering";
import { encodeLatin9 } from "./latin9";
import { isoOf, dateColumn } from "~/domain/calendar/date-columns";

type Staff = Pick<CurrentUser, "associationId" | "timeZone">;

const customerOf = (member: { name: string; accountNumber: number }) => ({
  code: customerCode(member.accountNumber),
  name: member.name,
});

/** The lettering of every invoice of the association, from the allocations of standing payments and the credit notes. */
async function associationLetterings(user: Staff) {
  const scope = associationScopeOf(user);
  const [invoices, allocations, creditNotes] = await Promise.all([
    db().invoice.findMany({
      where: { ...scope, status: { not: "DRAFT" }, kind: { not: "CREDIT_NOTE" } },
      select: { id: true, totalInclTaxCents: true },
      orderBy: [{ issueDate: "asc" }, { series: "asc" }, { sequence: "asc" }],
    }),
    db().paymentAllocation.findMany({
      where: { ...scope, payment: { status: "SUCCEEDED", deletedAt: null } },
      select: { invoiceId: true, amountCents: true, payment: { select: { receivedOn: true } } },
    }),
    db().invoice.findMany({
      where: { ...scope, status: "ISSUED", kind: "CREDIT_NOTE", correctsInvoiceId: { not: null } },
      select: { correctsInvoiceId: true, totalInclTaxCents: true, issueDate: true },
    }),
  ]);
  return letterings(invoices, [
    ...allocations.map((allocation) => ({
      invoiceId: allocation.invoiceId,
      amountCents: allocation.amountCents,
      date: isoOf(allocation.payment.receivedOn),
    })),
    ...creditNotes.map((note) => ({
      invoiceId: note.correctsInvoiceId!,
      amountCents: note.totalInclTaxCents,
      date: isoOf(note.issueDate!),
    })),
  ]);
}

/** The FEC of a calendar year: sales (invoices, credit notes), receipts, cheque deposits and reversals. */
export async function fecExport(user: Staff, year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new DomainError({ status: 400, key: "invoicing.refusal.fecYear" });
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { siret: true },
  });
  if (!association.siret) throw new DomainError({ status: 409, key: "invoicing.refusal.fecSiret" });
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const scope = associationScopeOf(user);
  const member = { select: { name: true, accountNumber: true } } as const;
  const [invoices, payments, letters] = await Promise.all([
    db().invoice.findMany({
      where: {
        ...scope,
        status: { not: "DRAFT" },
        issueDate: { gte: dateColumn(range.from), lte: dateColumn(range.to) },
      },
      include: { member, correctsInvoice: { select: { id: true, kind: true } } },
      orderBy: [{ issueDate: "asc" }, { series: "asc" }, { sequence: "asc" }],
    }),
    db().payment.findMany({
      // Any payment with an entry in the year: received, deposited, or deleted then (a day's margin for the time zone).
      where: {
        ...scope,
        status: "SUCCEEDED",
        OR: [
          { receivedOn: { gte: dateColumn(range.from), lte: dateColumn(range.to) } },
          { depositedOn: { gte: dateColumn(range.from), lte: dateColumn(range.to) } },
          {
            deletedAt: {
              gte: new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000),
              lt: new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000),
            },
          },
        ],
      },
      include: { member, allocations: { select: { invoiceId: true, amountCents: true } } },
      orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
    }),
    associationLetterings(user),
  ]);
  const sales: FecSale[] = invoices.map((invoice) => {
    const isCreditNote = invoice.kind === "CREDIT_NOTE";
    const revenueKind = isCreditNote ? invoice.correctsInvoice?.kind : invoice.kind;
    return {
      number: invoice.number!,
      isCreditNote,
      issueDate: isoOf(invoice.issueDate!),
      customer: customerOf(invoice.member),
      revenue: revenueKind === "MEMBERSHIP_FEE" ? "membershipFees" : "services",
      totalExclTaxCents: invoice.totalExclTaxCents,
      totalTaxCents: invoice.totalTaxCents,
      totalInclTaxCents: invoice.totalInclTaxCents,
      letter: letters.get(isCreditNote ? (invoice.correctsInvoice?.id ?? "") : invoice.id) ?? null,
    };
  });
  const content = buildFec(
    sales,
    payments.map((payment) => ({
      isCheque: payment.method === "CHEQUE",
      receivedOn: isoOf(payment.receivedOn),
      depositedOn: payment.depositedOn ? isoOf(payment.depositedOn) : null,
      deletedOn: payment.deletedAt ? localDateOf(payment.deletedAt, user.timeZone) : null,
      customer: customerOf(payment.member),
      reference: payment.reference,
      amountCents: payment.amountCents,
      // A deleted payment no longer settles anything: its allocations are void.
      allocations: payment.deletedAt
        ? []
        : payment.allocations.map((allocation) => ({
            amountCents: allocation.amountCents,
            letter: letters.get(allocation.invoiceId) ?? null,
          })),
    })),
    range,
  );
  return {
    fileName: fecFileName(sirenOfSiret(association.siret), range.to),
    content: new Uint8Array(encodeLatin9(content)),
  };
}
