// The PDF of an issued invoice, always drawn from its frozen data (invoiceViewFromIssued), and the
// outbox job that emails it at issuance with the PDF attached. The PDF is built
// when the mail is sent rather than inside the issuing transaction: the counter row stays locked only
// for the few queries of issuance, and the frozen data gives the same document whenever it is drawn.

import { treasurerReplyTo } from "./reply-to.server";
import type { Prisma } from "~/generated/prisma/client.ts";
import { memberInvoicePath } from "~/domain/payments/checkout.server";
import { db, type Tx } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { deliverMail } from "~/utils/mail.server";
import { enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { notFound } from "~/utils/scope.server";
import { isStripeEnabled } from "~/utils/stripe.server";
import { localeOf } from "~/utils/i18n";
import { invoiceMailText } from "./invoice-mail";
import { renderInvoicePdf } from "./invoice-pdf";
import { invoiceViewFromIssued } from "./issued-invoice-view";

export const INVOICE_EMAIL_JOB = "invoice-email";

export type InvoiceEmailPayload = {
  associationId: string;
  invoiceId: string;
  to: string[];
  purpose: "issued";
};

export const documentInclude = {
  lines: { orderBy: { position: "asc" } },
  correctsInvoice: { select: { number: true, issueDate: true } },
} satisfies Prisma.InvoiceInclude;

type Scope = { associationId: string; memberId?: string };

/** The PDF of an issued invoice in scope (404 otherwise, drafts included: a draft has no document). */
export async function issuedInvoicePdf(scope: Scope, invoiceId: string, client: Tx = db()) {
  const invoice = await client.invoice.findFirst({
    where: { id: invoiceId, ...scope, status: { not: "DRAFT" } },
    include: documentInclude,
  });
  if (!invoice?.number) notFound();
  const association = await client.association.findUniqueOrThrow({
    where: { id: scope.associationId },
    select: { logoData: true },
  });
  const view = invoiceViewFromIssued(invoice);
  // With Stripe configured, the document and its email point to the member's invoice page, where
  // "Payer en ligne" asks for the balance of the day (a link to a fixed Checkout would go stale).
  if (isStripeEnabled() && invoice.kind !== "CREDIT_NOTE" && invoice.status === "ISSUED")
    view.payment.paymentLink = `${appOrigin()}${memberInvoicePath(invoice.id)}`;
  const pdf = await renderInvoicePdf(view, {
    logo: association.logoData ? Buffer.from(association.logoData) : undefined,
  });
  return { pdf, number: invoice.number, view, totalInclTaxCents: invoice.totalInclTaxCents };
}

/** Who receives an invoice: the billing email frozen on it, else the contacts who receive invoices. */
export async function invoiceRecipients(
  tx: Tx,
  associationId: string,
  memberId: string,
  frozenEmail: string | null,
): Promise<string[]> {
  if (frozenEmail) return [frozenEmail];
  const contacts = await tx.contact.findMany({
    where: { associationId, memberId, receivesInvoices: true, email: { not: "" } },
    select: { email: true },
  });
  return [...new Set(contacts.map((contact) => contact.email))];
}

/** Enqueues the mail once per dedupe key; false when already enqueued or nobody can receive it. */
export async function enqueueInvoiceEmail(tx: Tx, payload: InvoiceEmailPayload, dedupeKey: string): Promise<boolean> {
  if (payload.to.length === 0) return false;
  return enqueueJob(tx, INVOICE_EMAIL_JOB, payload as unknown as Prisma.InputJsonValue, {
    associationId: payload.associationId,
    dedupeKey,
  });
}

registerOutboxHandler(INVOICE_EMAIL_JOB, async (raw, job) => {
  const payload = raw as unknown as InvoiceEmailPayload;
  const { pdf, number, view, totalInclTaxCents } = await issuedInvoicePdf(
    { associationId: payload.associationId },
    payload.invoiceId,
  );
  const { defaultLocale } = await db().association.findUniqueOrThrow({
    where: { id: payload.associationId },
    select: { defaultLocale: true },
  });
  const { subject, text } = invoiceMailText(view, totalInclTaxCents, localeOf(defaultLocale));
  await deliverMail(
    {
      to: payload.to,
      subject,
      text,
      replyTo: await treasurerReplyTo(payload.associationId),
      attachments: [
        { filename: `${number}.pdf`, contentType: "application/pdf", contentBase64: pdf.toString("base64") },
      ],
    },
    job.id,
  );
  if (payload.purpose === "issued") {
    await db().invoice.updateMany({
      where: { id: payload.invoiceId, associationId: payload.associationId, emailedAt: null },
      data: { emailedAt: new Date() },
    });
  }
});
