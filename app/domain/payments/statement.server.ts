// The statement of account of one member (relevé de compte) and how to pay it by transfer: read in
// the caller's scope (a member sees only its own; the treasurer any member of the association).

import { customerCode } from "~/domain/members/customer-code";
import { formatIban } from "~/domain/settings/identifiers";
import { localDateOf } from "~/domain/calendar/zoned-time";
import { Prisma } from "~/generated/prisma/client.ts";
import { readSql } from "~/utils/db.server";
import { isoInstantSql } from "~/utils/sql-json.server";
import { notFound } from "~/utils/scope.server";
import { epcPayload, paymentReference, qrDrawing } from "./epc-qr";
import { openBalancesSql, openInvoiceOf, OPEN_BALANCES_ORDER, type JsonOpenBalanceRow } from "./open-balances.server";
import { statementRows, type StatementEvent } from "./statement";
import { todayIn } from "~/domain/calendar/today";

export const METHOD_LABELS_FR: Record<string, string> = {
  BANK_TRANSFER: "virement",
  CHEQUE: "chèque",
  DIRECT_DEBIT: "prélèvement",
  STRIPE_CARD: "carte (en ligne)",
  STRIPE_SEPA: "prélèvement SEPA (en ligne)",
};

type Scope = { associationId: string; memberId: string };

export interface PaymentInfoRow {
  name: string;
  iban: string;
  bic: string;
  member: { accountNumber: number } | null;
  open: JsonOpenBalanceRow[];
}

/**
 * The association's bank details, the member's account number and its open invoices
 * (openBalancesSql, oldest due first) in one row of JSON-safe columns, so that a page can nest it.
 */
export function paymentInfoSql(scope: Scope) {
  return Prisma.sql`
    SELECT a."name", a."iban", a."bic",
      (SELECT json_build_object('accountNumber', m."accountNumber") FROM "Member" m
        WHERE m."id" = ${scope.memberId} AND m."associationId" = a."id") AS "member",
      COALESCE((
        SELECT json_agg(o ORDER BY ${OPEN_BALANCES_ORDER})
        FROM (${openBalancesSql(scope.associationId, { memberId: scope.memberId })}) o
      ), '[]') AS "open"
    FROM "Association" a WHERE a."id" = ${scope.associationId}`;
}

export function paymentInfoOf(association: PaymentInfoRow | undefined) {
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

/** What the member owes today and how to pay it by transfer: IBAN, reference and the EPC QR code. */
export async function memberPaymentInfo(scope: Scope) {
  // One statement (ADR 019), where it took three round trips.
  return paymentInfoOf((await readSql<PaymentInfoRow>(paymentInfoSql(scope)))[0]);
}

interface StatementRow {
  id: string;
  name: string;
  accountNumber: number;
  addressLine1: string;
  postalCode: string;
  city: string;
  association: { name: string; addressLine1: string; postalCode: string; city: string; email: string };
  documents: {
    issueDate: string;
    kind: string;
    number: string | null;
    totalInclTaxCents: number;
    corrects: string | null;
  }[];
  payments: {
    method: string;
    receivedOn: string;
    reference: string;
    amountCents: number;
    deletedAt: string | null;
  }[];
}

/**
 * The member with its issued documents, its succeeded payments (deleted ones too) and its
 * association's letterhead, in one row of JSON-safe columns. Documents and payments come in date
 * order, so that the statement's order is the same on every read.
 */
function statementSql(scope: Scope) {
  return Prisma.sql`
    SELECT m."id", m."name", m."accountNumber", m."addressLine1", m."postalCode", m."city",
      json_build_object('name', a."name", 'addressLine1', a."addressLine1", 'postalCode', a."postalCode",
        'city', a."city", 'email', a."email") AS "association",
      COALESCE((
        SELECT json_agg(json_build_object('issueDate', to_char(i."issueDate", 'YYYY-MM-DD'), 'kind', i."kind", 'number', i."number",
          'totalInclTaxCents', i."totalInclTaxCents", 'corrects', c."number") ORDER BY i."issueDate", i."sequence", i."id")
        FROM "Invoice" i
        LEFT JOIN "Invoice" c ON c."id" = i."correctsInvoiceId" AND c."associationId" = i."associationId"
        WHERE i."associationId" = m."associationId" AND i."memberId" = m."id" AND i."status" = 'ISSUED'
      ), '[]') AS "documents",
      COALESCE((
        SELECT json_agg(json_build_object('method', p."method", 'receivedOn', to_char(p."receivedOn", 'YYYY-MM-DD'),
          'reference', p."reference", 'amountCents', p."amountCents", 'deletedAt', ${Prisma.raw(isoInstantSql(`p."deletedAt"`))})
          ORDER BY p."receivedOn", p."createdAt", p."id")
        FROM "Payment" p
        WHERE p."associationId" = m."associationId" AND p."memberId" = m."id" AND p."status" = 'SUCCEEDED'
      ), '[]') AS "payments"
    FROM "Member" m
    JOIN "Association" a ON a."id" = m."associationId"
    WHERE m."id" = ${scope.memberId} AND m."associationId" = ${scope.associationId}`;
}

function statementOf(found: StatementRow | null | undefined, timeZone: string, today: string) {
  if (!found) notFound();
  const { documents, payments, association, ...member } = found;
  const events: StatementEvent[] = [
    ...documents.map((document) => ({
      date: document.issueDate,
      kind: document.kind === "CREDIT_NOTE" ? ("creditNote" as const) : ("invoice" as const),
      label: document.number ?? "",
      reference: document.corrects ?? "",
      amountCents: document.totalInclTaxCents,
    })),
    ...payments.flatMap((payment) => {
      const base = {
        label: METHOD_LABELS_FR[payment.method] ?? payment.method,
        reference: payment.reference,
        amountCents: payment.amountCents,
      };
      const received = { ...base, date: payment.receivedOn, kind: "payment" as const };
      // A payment recorded by mistake then deleted stays visible, cancelled, as in the accounts.
      return payment.deletedAt
        ? [received, { ...base, date: localDateOf(payment.deletedAt, timeZone), kind: "paymentReversed" as const }]
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
    today,
    ...statementRows(events),
  };
}

/**
 * The member's statement of account (invoices, credit notes and payments with the running balance)
 * and how to pay it, in one round trip: the member's page, the treasurer's and the PDF.
 */
export async function memberStatementPage(scope: Scope & { timeZone: string }) {
  const [row] = await readSql<{ statement: StatementRow | null; payment: PaymentInfoRow | null }>(Prisma.sql`
    SELECT (SELECT row_to_json(s) FROM (${statementSql(scope)}) s) AS "statement",
      (SELECT row_to_json(p) FROM (${paymentInfoSql(scope)}) p) AS "payment"`);
  const statement = statementOf(row!.statement, scope.timeZone, todayIn(scope));
  return { statement, payment: paymentInfoOf(row!.payment ?? undefined) };
}

export type MemberStatement = ReturnType<typeof statementOf>;
export type MemberPaymentInfo = Awaited<ReturnType<typeof memberPaymentInfo>>;
