// Issuing: the one transaction that turns a draft into a legal document. In order:
//   1. lock the draft row (a second click, or a second run, waits here and then finds it issued);
//   2. check the association and member data the document needs (refusals name what to fix);
//   3. compute the totals with computeInvoiceTotals, the one totals function;
//   4. take the next number: one atomic upsert on the series' counter row, whose lock queues
//      concurrent issuers until commit, so numbers are gapless and issue dates never go backwards;
//   5. freeze both parties, the lines and the totals, and check the document can be drawn;
//   6. enqueue the email (once per invoice) and write the audit log.
// Anything failing after step 4 rolls the whole transaction back, counter included: no gap.

import crypto from "node:crypto";
import { addDays } from "~/domain/calendar/local-date";
import { localDateOf } from "~/domain/calendar/zoned-time";
import type { Invoice } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { buildFacturXml } from "./facturx-xml";
import { enqueueInvoiceEmail, invoiceRecipients } from "./invoice-document.server";
import { computeInvoiceTotals } from "./invoice-totals";
import { lineVatBasisPoints, totalsLinesOf } from "./line-vat";
import { InvalidInvoiceViewError, MAX_PAYMENT_TERM_DAYS } from "./invoice-view";
import { DomainError, type FixLink, type Message } from "~/domain/domain-error";
import { enqueueChorusTransmission } from "~/domain/einvoicing/chorus-transmission.server";
import { enqueuePaTransmission } from "~/domain/einvoicing/pa-transmission.server";
import { einvoicingIssuanceBlockers } from "./einvoicing-profile";
import type { PublicProcurementReferences } from "./einvoicing-france";
import {
  buyerIssuanceBlockers,
  buyerSiren,
  buyerSnapshotOf,
  type BuyerSnapshot,
  invoiceViewFromIssued,
  sellerIssuanceBlockers,
  sellerSnapshotOf,
} from "./issued-invoice-view";
import { formatInvoiceNumber, invoiceSeriesName } from "./numbering";
import { dateColumn } from "~/domain/calendar/date-columns";

export type IssueActor = { associationId: string; actorUserId: string | null };

export type IssueOptions = {
  /** The instant of issuance (tests move the clock); the issue date is its local date in the association's zone. */
  now?: Date;
  /** Test hook only: runs after the number is taken, inside the transaction (to prove a failure leaves no gap). */
  afterNumberTaken?: (taken: { invoiceId: string; number: string }) => Promise<void> | void;
};

export type IssueResult = { invoice: Invoice; issuedNow: boolean };

export function issueInvoice(
  user: Pick<CurrentUser, "id" | "associationId">,
  invoiceId: string,
  options: IssueOptions = {},
): Promise<IssueResult> {
  return db().$transaction((tx) =>
    issueInvoiceInTx(tx, { associationId: user.associationId, actorUserId: user.id }, invoiceId, options),
  );
}

/** The member's record, where a missing name, address or SIREN is filled in. */
function memberPageLink(member: { id: string; name: string }): FixLink {
  return {
    href: `/structures/${member.id}`,
    label: { key: "invoicing.blocker.openMember", values: { name: member.name } },
  };
}

/** Everything that blocks an issuance, in one refusal: the first sentence, then the others. */
export function blockedIssuance([first, ...more]: Message[], link: FixLink | null) {
  return new DomainError({ code: "ISSUANCE_BLOCKED", status: 409, key: first.key, values: first.values, more, link });
}

type BuyerForBlockers = Parameters<typeof buyerIssuanceBlockers>[0] &
  Parameters<typeof einvoicingIssuanceBlockers>[0] & { id: string };

/**
 * Why nothing can be issued to this member yet (identity, then e-invoicing profile), with the page
 * where the treasurer fixes it. Shared by the issuance and the invoice run's pre-check, so a run
 * refuses before making any draft exactly what the issuance would refuse after.
 */
export function buyerBlockersOf(
  member: BuyerForBlockers,
  publicReferences: PublicProcurementReferences | null,
  year: number,
): { blockers: Message[]; link: FixLink | null } {
  // The record first: its missing fields (often the SIREN) would otherwise be named twice.
  const identity = buyerIssuanceBlockers(member);
  if (identity.length > 0) return { blockers: identity, link: memberPageLink(member) };
  const einvoicing = einvoicingIssuanceBlockers(member, buyerSiren(member), publicReferences, year);
  const link: FixLink | null =
    einvoicing.length > 0
      ? {
          href: `/structures/${member.id}/facturation-electronique`,
          label: { key: "invoicing.blocker.openEinvoicing", values: { name: member.name } },
        }
      : null;
  return { blockers: einvoicing, link };
}

/** Takes the next sequence of a series; the row lock it leaves serialises issuers until commit. */
async function takeNextNumber(tx: Tx, associationId: string, series: string, today: string) {
  const rows = await tx.$queryRaw<{ sequence: number; issueDate: string }[]>`
    INSERT INTO "InvoiceCounter" (id, "associationId", series, "lastSequence", "lastIssueDate")
    VALUES (${crypto.randomUUID()}, ${associationId}, ${series}, 1, ${today}::date)
    ON CONFLICT ("associationId", series) DO UPDATE
      SET "lastSequence" = "InvoiceCounter"."lastSequence" + 1,
          "lastIssueDate" = GREATEST("InvoiceCounter"."lastIssueDate", EXCLUDED."lastIssueDate")
    RETURNING "lastSequence" AS sequence, to_char("lastIssueDate", 'YYYY-MM-DD') AS "issueDate"`;
  return { sequence: Number(rows[0].sequence), issueDate: rows[0].issueDate };
}

export async function issueInvoiceInTx(
  tx: Tx,
  actor: IssueActor,
  invoiceId: string,
  options: IssueOptions = {},
): Promise<IssueResult> {
  const locked = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text AS status FROM "Invoice" WHERE id = ${invoiceId} AND "associationId" = ${actor.associationId} FOR UPDATE`;
  if (locked.length === 0) notFound();
  if (locked[0].status !== "DRAFT")
    return { invoice: await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } }), issuedNow: false };

  const draft = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: {
      lines: { orderBy: { position: "asc" } },
      member: true,
      // Everything but the logo bytes, which the issuance never needs.
      association: { omit: { logoData: true } },
      correctsInvoice: { select: { number: true, issueDate: true, buyerSnapshot: true } },
    },
  });
  const { association, member } = draft;
  const isCreditNote = draft.kind === "CREDIT_NOTE";
  // A credit note keeps the regime and rates of the invoice it corrects; an invoice takes today's regime.
  const vatRegime = isCreditNote ? draft.vatRegime : association.vatRegime;
  const lines = draft.lines.map((line) => ({
    ...line,
    vatBasisPoints: isCreditNote
      ? line.vatBasisPoints
      : lineVatBasisPoints(vatRegime, line.vatTreatment, line.vatBasisPoints, association.standardVatBasisPoints),
  }));

  const today = localDateOf(options.now ?? new Date(), association.timeZone);
  const publicReferences = await publicReferencesFor(tx, draft, Number(today.slice(0, 4)));
  const buyer = buyerBlockersOf(member, publicReferences, Number(today.slice(0, 4)));
  const blockers = [...sellerIssuanceBlockers(association, vatRegime), ...buyer.blockers];
  if (lines.length === 0) blockers.push({ key: "invoicing.refusal.noLines" });
  if (isCreditNote && !draft.correctsInvoice?.number)
    blockers.push({ key: "invoicing.refusal.creditNoteWithoutInvoice" });
  if (blockers.length > 0) throw blockedIssuance(blockers, buyer.link);

  const totals = computeInvoiceTotals(totalsLinesOf({ vatRegime, lines }), isCreditNote ? "CREDIT_NOTE" : "INVOICE");
  const series = invoiceSeriesName(isCreditNote ? "CREDIT_NOTE" : "INVOICE", Number(today.slice(0, 4)));
  // Lines are frozen before the number is taken: the series' counter row stays locked, and every
  // concurrent issuer waits, only for the few statements that need the number.
  for (const [index, line] of lines.entries()) {
    await tx.invoiceLine.update({
      where: { id: line.id },
      data: { vatBasisPoints: line.vatBasisPoints, lineTotalExclTaxCents: totals.lineTotalsExclTaxCents[index] },
    });
  }
  const { sequence, issueDate } = await takeNextNumber(tx, actor.associationId, series, today);
  const number = formatInvoiceNumber(series, sequence);
  const termDays = isCreditNote ? 0 : Math.min(Math.max(association.paymentTermDays, 0), MAX_PAYMENT_TERM_DAYS);
  const sellerSnapshot = sellerSnapshotOf(association);
  const buyerSnapshot = buyerSnapshotOf(member, publicReferences);
  // Without an e-mail address nothing can be sent: the invoice is handed over in person, not left
  // "waiting to be sent" forever.
  const to = await invoiceRecipients(tx, actor.associationId, member.id, buyerSnapshot.buyer.email);

  const invoice = await tx.invoice.update({
    where: { id: invoiceId },
    data: {
      status: "ISSUED",
      series,
      sequence,
      number,
      issueDate: dateColumn(issueDate),
      dueDate: dateColumn(addDays(issueDate, termDays)),
      serviceStart: draft.serviceStart ?? dateColumn(issueDate),
      serviceEnd: draft.serviceEnd ?? draft.serviceStart ?? dateColumn(issueDate),
      vatRegime,
      isProfessionalClient: member.isProfessional,
      sellerSnapshot,
      buyerSnapshot,
      totalExclTaxCents: totals.totalExclTaxCents,
      totalTaxCents: totals.totalTaxCents,
      totalInclTaxCents: totals.totalInclTaxCents,
      handDelivery: to.length === 0,
    },
  });
  await options.afterNumberTaken?.({ invoiceId, number });

  // The document must be drawable from the frozen data alone; if not, nothing is issued.
  try {
    buildFacturXml(invoiceViewFromIssued({ ...invoice, lines, correctsInvoice: draft.correctsInvoice }));
  } catch (error) {
    // The checks above name what the treasurer can fix; what is left is a fault of ours, logged for
    // the developers in their words, and told to the treasurer in theirs.
    if (error instanceof InvalidInvoiceViewError) {
      console.error(`Invoice ${invoiceId} not issuable: ${error.problems.join("; ")}`);
      throw new DomainError({ status: 409, key: "invoicing.refusal.inconsistentData" });
    }
    throw error;
  }

  if (isCreditNote && draft.correctsInvoiceId)
    await cancelWhenFullyCredited(tx, actor.associationId, draft.correctsInvoiceId);
  if (to.length > 0)
    await enqueueInvoiceEmail(
      tx,
      { associationId: actor.associationId, invoiceId, to, purpose: "issued" },
      `invoice-email:${invoiceId}`,
    );
  // In scope of the e-invoicing reform, the document also goes to the association's PA (once, by the outbox).
  // Public bodies: Chorus Pro instead (each function ignores the other's buyers).
  await enqueuePaTransmission(tx, association, { id: invoiceId, buyerKind: buyerSnapshot.buyer.kind ?? "" });
  await enqueueChorusTransmission(tx, actor.associationId, {
    id: invoiceId,
    buyerKind: buyerSnapshot.buyer.kind ?? "",
  });
  await recordAudit(
    tx,
    { id: actor.actorUserId, associationId: actor.associationId },
    {
      action: isCreditNote ? "credit-note.issue" : "invoice.issue",
      entityType: "Invoice",
      entityId: invoiceId,
      before: { status: "DRAFT" },
      after: {
        status: "ISSUED",
        number,
        issueDate,
        totalInclTaxCents: totals.totalInclTaxCents,
        correctsInvoiceId: draft.correctsInvoiceId,
      },
    },
  );
  return { invoice, issuedNow: true };
}

/**
 * Chorus Pro references a public buyer's document carries: the member's for the year of issue, or, on a
 * credit note, those frozen on the invoice it corrects (Chorus Pro matches them).
 */
async function publicReferencesFor(
  tx: Tx,
  draft: { memberId: string; associationId: string; kind: string; correctsInvoice: { buyerSnapshot: unknown } | null },
  year: number,
): Promise<PublicProcurementReferences | null> {
  if (draft.kind === "CREDIT_NOTE")
    return (draft.correctsInvoice?.buyerSnapshot as BuyerSnapshot | null)?.buyer.publicReferences ?? null;
  const reference = await tx.memberPublicReference.findUnique({
    where: { memberId_year: { memberId: draft.memberId, year } },
  });
  if (!reference || reference.associationId !== draft.associationId) return null;
  return publicReferencesOf(reference);
}

/** A member's stored Chorus Pro references of a year, blanks read as missing. */
export function publicReferencesOf(reference: {
  serviceCode: string;
  engagementNumber: string;
}): PublicProcurementReferences {
  return {
    serviceCode: reference.serviceCode.trim() || null,
    engagementNumber: reference.engagementNumber.trim() || null,
  };
}

/** An invoice whose issued credit notes add up to its whole total is cancelled. */
async function cancelWhenFullyCredited(tx: Tx, associationId: string, originalId: string) {
  const original = await tx.invoice.findFirstOrThrow({
    where: { id: originalId, associationId },
    select: { totalInclTaxCents: true, status: true },
  });
  const credited = await tx.invoice.aggregate({
    where: { associationId, correctsInvoiceId: originalId, kind: "CREDIT_NOTE", status: "ISSUED" },
    _sum: { totalInclTaxCents: true },
  });
  if (original.status === "ISSUED" && (credited._sum.totalInclTaxCents ?? 0) >= original.totalInclTaxCents) {
    await tx.invoice.update({ where: { id: originalId }, data: { status: "CANCELLED" } });
  }
}
