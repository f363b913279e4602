// "Encaissée" (CDAR 212): when payments settle an invoice that went to the PA, the seller tells its PA the
// amount received, per VAT rate. Exactly once per invoice: the outbox job is keyed by the invoice and
// enqueued in the payment's own transaction; the flow's trackingId is keyed too, and the job searches the
// PA for it before posting, so a retry after a lost answer never reports twice.
// Not reported: invoices whose VAT was due on debits (standard VAT with the option), where the invoice
// itself already tells the tax administration everything (docs/decisions/018-…).
import crypto from "node:crypto";
import {
  processingTreatment,
  buyerKindOf,
  buyerElectronicAddress,
  sellerSiren,
} from "~/domain/invoicing/einvoicing-france";
import { documentInclude } from "~/domain/invoicing/invoice-document.server";
import { computeInvoiceTotals } from "~/domain/invoicing/invoice-totals";
import { invoiceViewFromIssued } from "~/domain/invoicing/issued-invoice-view";
import { totalsLinesOf } from "~/domain/invoicing/line-vat";
import { splitByLargestRemainder } from "~/domain/invoicing/largest-remainder";
import { db, type Tx } from "~/utils/db.server";
import { enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { cdarPaymentReceived } from "./cdar";
import { findFlowByTrackingId, submitFlow } from "./pa-client.server";
import { paConnectionOf } from "./pa-transmission.server";
import { appendStatuses } from "./status-log.server";
import { isoOf } from "~/domain/calendar/date-columns";

export const PA_PAID_JOB = "einvoice-pa-paid";
type PaidPayload = { associationId: string; invoiceId: string };

/** What has been received for each invoice, and whether that (with its credit notes) settles it. */
async function settlements(client: Tx, associationId: string, invoiceIds: string[]) {
  const invoices = await client.invoice.findMany({
    where: { associationId, id: { in: invoiceIds }, status: "ISSUED", kind: { not: "CREDIT_NOTE" } },
    select: { id: true, totalInclTaxCents: true },
  });
  const ids = invoices.map((invoice) => invoice.id);
  const allocations = await client.paymentAllocation.findMany({
    where: { associationId, invoiceId: { in: ids }, payment: { status: "SUCCEEDED", deletedAt: null } },
    select: { invoiceId: true, amountCents: true, payment: { select: { receivedOn: true } } },
  });
  const credited = await client.invoice.groupBy({
    by: ["correctsInvoiceId"],
    where: { associationId, kind: "CREDIT_NOTE", status: "ISSUED", correctsInvoiceId: { in: ids } },
    _sum: { totalInclTaxCents: true },
  });
  const creditedBy = new Map(credited.map((row) => [row.correctsInvoiceId ?? "", row._sum.totalInclTaxCents ?? 0]));
  return invoices.map((invoice) => {
    const own = allocations.filter((allocation) => allocation.invoiceId === invoice.id);
    const receivedCents = own.reduce((sum, allocation) => sum + allocation.amountCents, 0);
    const lastReceivedOn = own.reduce<Date | null>(
      (latest, allocation) =>
        !latest || allocation.payment.receivedOn > latest ? allocation.payment.receivedOn : latest,
      null,
    );
    return {
      invoiceId: invoice.id,
      receivedCents,
      lastReceivedOn,
      settled: receivedCents > 0 && receivedCents + (creditedBy.get(invoice.id) ?? 0) >= invoice.totalInclTaxCents,
    };
  });
}

/** Inside the payment's transaction: enqueues the report of every PA-sent invoice these payments settle. */
export async function enqueuePaymentReports(tx: Tx, associationId: string, invoiceIds: string[]): Promise<number> {
  const sent = await tx.eInvoiceTransmission.findMany({
    where: { associationId, channel: "PA", invoiceId: { in: invoiceIds } },
    select: { invoiceId: true },
  });
  if (sent.length === 0) return 0;
  let enqueued = 0;
  for (const settlement of await settlements(
    tx,
    associationId,
    sent.map((row) => row.invoiceId),
  )) {
    if (!settlement.settled) continue;
    const payload: PaidPayload = { associationId, invoiceId: settlement.invoiceId };
    if (
      await enqueueJob(tx, PA_PAID_JOB, payload, { associationId, dedupeKey: `${PA_PAID_JOB}:${settlement.invoiceId}` })
    )
      enqueued += 1;
  }
  return enqueued;
}

export async function sendPaymentReport({ associationId, invoiceId }: PaidPayload): Promise<void> {
  const invoice = await db().invoice.findFirst({ where: { id: invoiceId, associationId }, include: documentInclude });
  if (!invoice) return;
  const view = invoiceViewFromIssued(invoice);
  if (view.vatRegime === "STANDARD" && view.seller.vatOnDebits) return;
  const [settlement] = await settlements(db(), associationId, [invoiceId]);
  // A payment deleted before the job ran: nothing was received after all.
  if (!settlement?.settled || !settlement.lastReceivedOn) return;
  const trackingId = `encaissee-${invoiceId}`;
  const connection = await paConnectionOf(associationId);
  let flowId = await findFlowByTrackingId(connection, trackingId);
  if (!flowId) {
    const breakdown = computeInvoiceTotals(totalsLinesOf(view), "INVOICE").vatBreakdown;
    const shares = splitByLargestRemainder(
      settlement.receivedCents,
      breakdown.map((entry) => entry.taxableAmountCents + entry.taxAmountCents),
    );
    const xml = cdarPaymentReceived({
      messageId: `ENC-${view.number}`,
      issuedAt: new Date(),
      seller: { siren: sellerSiren(view.seller), name: view.seller.name },
      buyer: {
        siren: view.buyer.siren,
        name: view.buyer.name,
        electronicAddress: buyerElectronicAddress(view.buyer) ?? { scheme: "EM", value: "inconnu@invalid" },
      },
      invoice: { number: view.number, issueDate: view.issueDate, typeCode: "380" },
      receivedOn: isoOf(settlement.lastReceivedOn),
      amountsByRate: breakdown.map((entry, index) => ({
        vatBasisPoints: entry.vatBasisPoints,
        amountCents: shares[index],
      })),
    });
    const file = Buffer.from(xml, "utf8");
    const submitted = await submitFlow(
      connection,
      {
        trackingId,
        name: `encaissee-${view.number}.xml`,
        processingRule: processingTreatment(buyerKindOf(view)),
        flowSyntax: "CDAR",
        flowProfile: "CIUS",
        sha256: crypto.createHash("sha256").update(file).digest("hex"),
      },
      file,
    );
    flowId = submitted.flowId;
  }
  await appendStatuses(db(), [
    {
      associationId,
      invoiceId,
      channel: "PA",
      code: "212",
      occurredAt: new Date(),
      amountCents: settlement.receivedCents,
      source: "SENT",
      sourceKey: `encaissee:${invoiceId}`,
    },
  ]);
}

registerOutboxHandler(PA_PAID_JOB, (raw) => sendPaymentReport(raw as unknown as PaidPayload));
