// Credit notes (avoirs): the only way to correct an issued invoice. A credit note copies the lines
// (or chosen quantities of them) of the invoice it corrects, keeps its VAT regime and rates, and is
// issued at once through the same issuance transaction (its own AV series). The invoice is
// cancelled once its credit notes cover its whole total.

import type { CurrentUser } from "~/utils/auth.server";
import type { InvoiceLine } from "~/generated/prisma/client.ts";
import { db } from "~/utils/db.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import type { CreditNoteInput } from "./credit-note.schema";
import { issueInvoiceInTx, type IssueOptions } from "./invoice-issuance.server";
import { creditedCentsByInvoice } from "./invoice-queries.server";
import { totalsLinesOf, type VatTreatment } from "./line-vat";
import { computeInvoiceTotals } from "./invoice-totals";
import { DomainError } from "~/domain/domain-error";

type Staff = Pick<CurrentUser, "id" | "associationId">;

/** What the credit note page shows: the invoice's lines and what can still be credited. */
/** What a new document takes from a line of another one (a credit note, or a corrected invoice). */
export function copiedLineFields(
  line: Pick<
    InvoiceLine,
    "description" | "quantityThousandths" | "unit" | "unitPriceCents" | "vatBasisPoints" | "vatTreatment"
  >,
) {
  const { description, quantityThousandths, unit, unitPriceCents, vatBasisPoints, vatTreatment } = line;
  return { description, quantityThousandths, unit, unitPriceCents, vatBasisPoints, vatTreatment };
}

export async function creditNoteContext(user: Staff, invoiceId: string) {
  const invoice = await db().invoice.findFirst({
    where: { id: invoiceId, ...associationScopeOf(user) },
    select: {
      id: true,
      number: true,
      status: true,
      kind: true,
      totalInclTaxCents: true,
      member: { select: { name: true } },
      lines: { orderBy: { position: "asc" } },
    },
  });
  if (!invoice) notFound();
  const credited = (await creditedCentsByInvoice(user.associationId, [invoice.id])).get(invoice.id) ?? 0;
  return {
    invoice: {
      id: invoice.id,
      number: invoice.number,
      memberName: invoice.member.name,
      totalInclTaxCents: invoice.totalInclTaxCents,
      lines: invoice.lines.map((line) => ({
        id: line.id,
        description: line.description,
        quantityThousandths: line.quantityThousandths,
        unitPriceCents: line.unitPriceCents,
      })),
    },
    creditable: invoice.status === "ISSUED" && invoice.kind !== "CREDIT_NOTE",
    creditedCents: credited,
    remainingCents: Math.max(0, invoice.totalInclTaxCents - credited),
  };
}

export async function issueCreditNote(
  user: Staff,
  invoiceId: string,
  input: CreditNoteInput,
  options: IssueOptions = {},
) {
  return db().$transaction(async (tx) => {
    // Locking the original serialises two credit notes on it: together they can never exceed it.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Invoice" WHERE id = ${invoiceId} AND "associationId" = ${user.associationId} FOR UPDATE`;
    if (locked.length === 0) notFound();
    const original = await tx.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    if (original.kind === "CREDIT_NOTE")
      throw new DomainError({ status: 409, key: "invoicing.refusal.creditOfCreditNote" });
    if (original.status !== "ISSUED") {
      throw new DomainError({
        status: 409,
        key: original.status === "DRAFT" ? "invoicing.refusal.creditOfDraft" : "invoicing.refusal.alreadyCancelled",
      });
    }
    const credited = await tx.invoice.aggregate({
      where: { associationId: user.associationId, correctsInvoiceId: invoiceId, kind: "CREDIT_NOTE", status: "ISSUED" },
      _sum: { totalInclTaxCents: true },
    });
    const creditedCents = credited._sum.totalInclTaxCents ?? 0;

    let lines: {
      description: string;
      quantityThousandths: number;
      unit: string;
      unitPriceCents: number;
      vatBasisPoints: number;
      vatTreatment: VatTreatment;
    }[];
    if (input.mode === "full") {
      if (creditedCents > 0) throw new DomainError({ status: 409, key: "invoicing.refusal.partialCreditExists" });
      lines = original.lines;
    } else {
      if (input.quantities.length > original.lines.length)
        throw new DomainError({ status: 400, key: "invoicing.refusal.unknownCreditLines" });
      lines = [];
      original.lines.forEach((line, index) => {
        const quantity = input.quantities[index] ?? 0;
        if (quantity > line.quantityThousandths)
          throw new DomainError({
            status: 400,
            key: "invoicing.refusal.creditOverQuantity",
            values: { line: index + 1 },
          });
        if (quantity > 0) lines.push({ ...line, quantityThousandths: quantity });
      });
      if (lines.length === 0) throw new DomainError({ status: 400, key: "invoicing.refusal.creditNoLine" });
    }
    const total = computeInvoiceTotals(
      totalsLinesOf({ vatRegime: original.vatRegime, lines }),
      "CREDIT_NOTE",
    ).totalInclTaxCents;
    if (creditedCents + total > original.totalInclTaxCents) {
      throw new DomainError({ status: 409, key: "invoicing.refusal.creditOverTotal" });
    }

    const creditNote = await tx.invoice.create({
      data: {
        associationId: user.associationId,
        memberId: original.memberId,
        kind: "CREDIT_NOTE",
        vatRegime: original.vatRegime,
        correctsInvoiceId: original.id,
        periodId: original.periodId,
        subscriptionId: original.subscriptionId,
        serviceStart: original.serviceStart,
        serviceEnd: original.serviceEnd,
        notes: input.reason,
        lines: {
          create: lines.map((line, index) => ({
            associationId: user.associationId,
            position: index + 1,
            ...copiedLineFields(line),
          })),
        },
      },
    });
    const { invoice } = await issueInvoiceInTx(
      tx,
      { associationId: user.associationId, actorUserId: user.id },
      creditNote.id,
      options,
    );
    return invoice;
  });
}
