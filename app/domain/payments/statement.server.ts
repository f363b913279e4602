// The statement of account of one member (relevé de compte) and how to pay it by transfer: read in
// the caller's scope (a member sees only its own; the treasurer any member of the association).

import { customerCode } from "~/domain/members/customer-code";
import { formatIban } from "~/domain/settings/identifiers";
import { localDateOf } from "~/domain/calendar/zoned-time";
import { Prisma } from "~/generated/prisma/client.ts";
import { db, readSql } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { epcPayload, paymentReference, qrDrawing } from "./epc-qr";
import { openBalancesSql, openInvoiceOf, OPEN_BALANCES_ORDER, type JsonOpenBalanceRow } from "./open-balances.server";
import { statementRows, type StatementEvent } from "./statement";
import { isoOf } from "~/domain/calendar/date-columns";
import { todayIn } from "~/domain/calendar/today";

export const METHOD_LABELS_FR: Record<string, string> = {
  BANK_TRANSFER: "virement",
  CHEQUE: "chèque",
  DIRECT_DEBIT: "prélèvement",
  STRIPE_CARD: "carte (en ligne)",
  STRIPE_SEPA: "prélèvement SEPA (en ligne)",
};

/** What the member owes today and how to pay it by transfer: IBAN, reference and the EPC QR code. */
export async function memberPaymentInfo(scope: { associationId: string; memberId: string }) {
  // One statement (ADR 019): the association's bank details, the member's account number and its
  // open invoices (openBalancesSql, oldest due first), where it took three round trips.
  const rows = await readSql<{
    name: string;
    iban: string;
    bic: string;
    member: { accountNumber: number } | null;
    open: JsonOpenBalanceRow[];
  }>(Prisma.sql`
    SELECT a."name", a."iban", a."bic",
      (SELECT json_build_object('accountNumber', m."accountNumber") FROM "Member" m
        WHERE m."id" = ${scope.memberId} AND m."associationId" = a."id") AS "member",
      COALESCE((
        SELECT json_agg(o ORDER BY ${OPEN_BALANCES_ORDER})
        FROM (${openBalancesSql(scope.associationId, { memberId: scope.memberId })}) o
      ), '[]') AS "open"
    FROM "Association" a WHERE a."id" = ${scope.associationId}`);
  const association = rows[0];
  if (!association) throw new Error("Association introuvable.");
  const member = association.member;
  const open = association.open.map(openInvoiceOf);
  if (!member) notFound();
  const owed = open.filter((invoice) => invoice.openBalanceCents > 0);
  const totalDueCents = owed.reduce((sum, invoice) => sum + invoice.openBalanceCents, 0);
  const reference = paymentReference(
    customerCode(member.accountNumber),
    owed.map((invoice) => invoice.number),
  );
  const payload =
    totalDueCents > 0
      ? epcPayload({
          beneficiaryName: association.name,
          iban: association.iban,
          bic: association.bic,
          amountCents: totalDueCents,
          reference,
        })
      : null;
  return {
    totalDueCents,
    beneficiary: association.name,
    iban: association.iban ? formatIban(association.iban) : "",
    bic: association.bic,
    reference,
    epcPayload: payload,
    qr: payload ? qrDrawing(payload) : null,
  };
}

/** Invoices, credit notes and payments of the member with the running balance. */
export async function memberStatement(scope: { associationId: string; memberId: string; timeZone: string }) {
  // One statement (ADR 019): the member with its issued documents, its payments and its
  // association's letterhead as nested selects (relationJoins); it took four round trips.
  const found = await db().member.findFirst({
    where: { id: scope.memberId, associationId: scope.associationId },
    select: {
      id: true,
      name: true,
      accountNumber: true,
      addressLine1: true,
      postalCode: true,
      city: true,
      invoices: {
        where: { associationId: scope.associationId, status: "ISSUED" },
        select: {
          id: true,
          kind: true,
          number: true,
          issueDate: true,
          totalInclTaxCents: true,
          correctsInvoice: { select: { number: true } },
        },
      },
      payments: {
        where: { associationId: scope.associationId, status: "SUCCEEDED" },
        select: { id: true, method: true, receivedOn: true, reference: true, amountCents: true, deletedAt: true },
      },
      association: { select: { name: true, addressLine1: true, postalCode: true, city: true, email: true } },
    },
  });
  if (!found) notFound();
  const { invoices: documents, payments, association, ...member } = found;
  const events: StatementEvent[] = [
    ...documents.map((document) => ({
      date: isoOf(document.issueDate!),
      kind: document.kind === "CREDIT_NOTE" ? ("creditNote" as const) : ("invoice" as const),
      label: document.number ?? "",
      reference: document.correctsInvoice?.number ?? "",
      amountCents: document.totalInclTaxCents,
    })),
    ...payments.flatMap((payment) => {
      const base = {
        label: METHOD_LABELS_FR[payment.method] ?? payment.method,
        reference: payment.reference,
        amountCents: payment.amountCents,
      };
      const received = { ...base, date: isoOf(payment.receivedOn), kind: "payment" as const };
      // A payment recorded by mistake then deleted stays visible, cancelled, as in the accounts.
      return payment.deletedAt
        ? [
            received,
            { ...base, date: localDateOf(payment.deletedAt, scope.timeZone), kind: "paymentReversed" as const },
          ]
        : [received];
    }),
  ];
  return {
    member: {
      id: member.id,
      name: member.name,
      code: customerCode(member.accountNumber),
      lines: [member.addressLine1, `${member.postalCode} ${member.city}`.trim()].filter(Boolean),
    },
    association: {
      name: association.name,
      lines: [
        association.addressLine1,
        `${association.postalCode} ${association.city}`.trim(),
        association.email,
      ].filter(Boolean),
    },
    today: todayIn(scope),
    ...statementRows(events),
  };
}

export type MemberStatement = Awaited<ReturnType<typeof memberStatement>>;
export type MemberPaymentInfo = Awaited<ReturnType<typeof memberPaymentInfo>>;
