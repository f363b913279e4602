// What the invoice page shows of a document's e-invoicing lifecycle, and the way out of a rejection:
// credit note first (the existing credit-note page), then a corrected invoice, drafted here from the
// rejected one. The corrected draft is keyed by the rejected invoice (runKey), so a double click or a
// second treasurer finds the same draft instead of making two.
import type { CurrentUser } from "~/utils/auth.server";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { copiedLineFields } from "~/domain/invoicing/credit-notes.server";
import { DomainError } from "~/domain/domain-error";
import { currentStatus, isRejection, timelineOrder } from "./lifecycle-status";

type Scope = { associationId: string; memberId?: string };
type Staff = Pick<CurrentUser, "id" | "associationId">;

const correctionKey = (invoiceId: string) => `correction:${invoiceId}`;

export type LifecycleView = {
  channel: "PA" | "CHORUS_PRO" | null;
  events: {
    id: string;
    code: string;
    occurredAt: string;
    reasonCode: string;
    reasonText: string;
    amountCents: number | null;
  }[];
  current: string | null;
  rejection: { code: string; reasonCode: string; reasonText: string } | null;
  creditedInFull: boolean;
  correction: { id: string; number: string | null } | null;
};

/** The lifecycle of one document in scope (404 otherwise); `events` oldest first. */
export async function invoiceLifecycle(scope: Scope, invoiceId: string): Promise<LifecycleView> {
  const invoice = await db().invoice.findFirst({
    where: { id: invoiceId, ...scope },
    select: {
      id: true,
      totalInclTaxCents: true,
      einvoiceTransmission: { select: { channel: true } },
      einvoiceStatuses: true,
    },
  });
  if (!invoice) notFound();
  const events = timelineOrder(invoice.einvoiceStatuses);
  const current = currentStatus(events);
  const rejected = current && isRejection(current.code) ? current : null;
  const [credited, correction] = await Promise.all([
    db().invoice.aggregate({
      where: {
        associationId: scope.associationId,
        correctsInvoiceId: invoice.id,
        kind: "CREDIT_NOTE",
        status: "ISSUED",
      },
      _sum: { totalInclTaxCents: true },
    }),
    db().invoice.findFirst({
      where: { associationId: scope.associationId, runKey: correctionKey(invoice.id) },
      select: { id: true, number: true },
    }),
  ]);
  return {
    channel: invoice.einvoiceTransmission?.channel ?? null,
    events: events.map((event) => ({
      id: event.id,
      code: event.code,
      occurredAt: event.occurredAt.toISOString(),
      reasonCode: event.reasonCode,
      reasonText: event.reasonText,
      amountCents: event.amountCents,
    })),
    current: current?.code ?? null,
    rejection: rejected
      ? { code: rejected.code, reasonCode: rejected.reasonCode, reasonText: rejected.reasonText }
      : null,
    creditedInFull:
      (credited._sum.totalInclTaxCents ?? 0) >= invoice.totalInclTaxCents && invoice.totalInclTaxCents > 0,
    correction: scope.memberId ? null : correction,
  };
}

/** Drafts the corrected invoice of a rejected one (same member, lines and period); the same draft twice. */
export async function draftCorrectedInvoice(user: Staff, invoiceId: string) {
  return db().$transaction(async (tx) => {
    const rejected = await tx.invoice.findFirst({
      // A full credit note marks the rejected invoice CANCELLED: that is the expected state here.
      where: {
        id: invoiceId,
        associationId: user.associationId,
        status: { in: ["ISSUED", "CANCELLED"] },
        kind: { not: "CREDIT_NOTE" },
      },
      include: {
        lines: { orderBy: { position: "asc" } },
        einvoiceStatuses: true,
        creditNotes: { where: { status: "ISSUED" }, select: { number: true } },
      },
    });
    if (!rejected) notFound();
    const current = currentStatus(rejected.einvoiceStatuses);
    if (!current || !isRejection(current.code))
      throw new DomainError({ status: 409, key: "einvoicing.refusal.notRejected" });
    if (rejected.creditNotes.length === 0)
      throw new DomainError({ status: 409, key: "einvoicing.refusal.creditNoteFirst" });
    const existing = await tx.invoice.findFirst({
      where: { associationId: user.associationId, runKey: correctionKey(rejected.id) },
    });
    if (existing) return { invoice: existing, created: false };
    const creditNotes = rejected.creditNotes.map((note) => note.number).join(", ");
    const invoice = await tx.invoice.create({
      data: {
        associationId: user.associationId,
        memberId: rejected.memberId,
        kind: "ONE_OFF",
        vatRegime: rejected.vatRegime,
        serviceStart: rejected.serviceStart,
        serviceEnd: rejected.serviceEnd,
        runKey: correctionKey(rejected.id),
        notes: `Remplace la facture ${rejected.number}, rejetée par la plateforme agréée et annulée par l'avoir ${creditNotes}.`,
      },
    });
    await tx.invoiceLine.createMany({
      data: rejected.lines.map((line) => ({
        associationId: user.associationId,
        invoiceId: invoice.id,
        position: line.position,
        ...copiedLineFields(line),
      })),
    });
    await recordAudit(tx, user, {
      action: "invoice.correction.draft",
      entityType: "Invoice",
      entityId: invoice.id,
      after: { replaces: rejected.number },
    });
    return { invoice, created: true };
  });
}
