// Draft invoices: created by hand (one-off lines) or by an invoice run, editable and deletable
// until issued. Issued invoices and credit notes are never edited or deleted here: those calls
// refuse with a 409 and the treasurer is told to issue a credit note instead.

import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import type { DraftInvoiceInput } from "./invoice-draft.schema";
import { DomainError } from "~/domain/domain-error";
import { todayIn } from "~/domain/calendar/today";
import { dateColumn } from "~/domain/calendar/date-columns";
import type { VatRegime } from "./vat-mentions";

type Staff = Pick<CurrentUser, "id" | "associationId" | "timeZone">;

/** What the draft form needs: the members one may bill, and whether VAT rates are chosen per line. */
export async function draftFormContext(user: Staff) {
  const [association, members] = await Promise.all([
    db().association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { vatRegime: true, standardVatBasisPoints: true, timeZone: true },
    }),
    db().member.findMany({
      where: { ...associationScopeOf(user), status: { not: "LEFT" } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    members,
    vatRegime: association.vatRegime,
    defaultVatBasisPoints: association.vatRegime === "STANDARD" ? association.standardVatBasisPoints : 0,
    today: todayIn(association),
  };
}

function lineRows(
  associationId: string,
  invoiceId: string,
  input: DraftInvoiceInput,
  vatRegime: string,
  standardRate: number,
) {
  return input.lines.map((line, index) => ({
    associationId,
    invoiceId,
    position: index + 1,
    description: line.description,
    quantityThousandths: line.quantity,
    unit: "C62",
    unitPriceCents: line.unitPrice,
    vatBasisPoints: vatRegime === "STANDARD" ? (line.vatRate ?? standardRate) : 0,
  }));
}

/**
 * What creating and editing a draft both need before writing: the member belongs to the association,
 * and the association's VAT regime and standard rate, which the draft and its lines copy.
 */
async function draftPrerequisites(tx: Tx, associationId: string, input: DraftInvoiceInput) {
  const member = await tx.member.findFirst({ where: { id: input.memberId, associationId }, select: { id: true } });
  if (!member) throw new DomainError({ status: 400, key: "invoicing.refusal.memberRequired" });
  return tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { vatRegime: true, standardVatBasisPoints: true },
  });
}

/** The draft's own columns, the same on creation and on edit; a single service day ends when it starts. */
function draftColumns(input: DraftInvoiceInput, vatRegime: VatRegime) {
  const serviceEnd = input.serviceEnd || input.serviceStart;
  return {
    memberId: input.memberId,
    vatRegime,
    serviceStart: input.serviceStart ? dateColumn(input.serviceStart) : null,
    serviceEnd: serviceEnd ? dateColumn(serviceEnd) : null,
    notes: input.notes,
  };
}

export async function createDraft(user: Staff, input: DraftInvoiceInput) {
  return db().$transaction(async (tx) => {
    const association = await draftPrerequisites(tx, user.associationId, input);
    const invoice = await tx.invoice.create({
      data: { associationId: user.associationId, kind: "ONE_OFF", ...draftColumns(input, association.vatRegime) },
    });
    await tx.invoiceLine.createMany({
      data: lineRows(user.associationId, invoice.id, input, association.vatRegime, association.standardVatBasisPoints),
    });
    return invoice;
  });
}

/** Locks the invoice and checks it is still a draft: an issued document is never changed. */
async function lockDraft(tx: Tx, associationId: string, invoiceId: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "Invoice" WHERE id = ${invoiceId} AND "associationId" = ${associationId} FOR UPDATE`;
  if (rows.length === 0) notFound();
  if (rows[0].status !== "DRAFT") {
    throw new DomainError({ status: 409, key: "invoicing.refusal.issuedImmutable" });
  }
}

export async function updateDraft(user: Staff, invoiceId: string, input: DraftInvoiceInput) {
  return db().$transaction(async (tx) => {
    await lockDraft(tx, user.associationId, invoiceId);
    const association = await draftPrerequisites(tx, user.associationId, input);
    const invoice = await tx.invoice.update({
      where: { id: invoiceId },
      data: draftColumns(input, association.vatRegime),
    });
    await tx.invoiceLine.deleteMany({ where: { invoiceId, associationId: user.associationId } });
    await tx.invoiceLine.createMany({
      data: lineRows(user.associationId, invoiceId, input, association.vatRegime, association.standardVatBasisPoints),
    });
    return invoice;
  });
}

export async function deleteDraft(user: Staff, invoiceId: string) {
  await db().$transaction(async (tx) => {
    await lockDraft(tx, user.associationId, invoiceId);
    await tx.invoiceLine.deleteMany({ where: { invoiceId, associationId: user.associationId } });
    await tx.invoice.delete({ where: { id: invoiceId } });
    await recordAudit(tx, user, { action: "invoice.draft-delete", entityType: "Invoice", entityId: invoiceId });
  });
}
