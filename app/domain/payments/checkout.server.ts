// "Payer en ligne": a Stripe Checkout Session for the invoice's open balance (openBalanceCents, from
// the frozen total, so Stripe asks for the figure the PDF shows, less what is paid or on its way).
// The idempotency key is the invoice and that balance: a double click, a retry after a timeout or
// a second tab gets the SAME session back, never a second payment intent. Once a payment changes
// the balance, the key changes with it and a new session is for the new amount.
import { invoiceDetail } from "~/domain/invoicing/invoice-queries.server";
import type { CurrentUser } from "~/utils/auth.server";
import { appOrigin } from "~/utils/env.server";
import { notFound } from "~/utils/scope.server";
import { isStripeEnabled, stripeClient } from "~/utils/stripe.server";
import { DomainError } from "~/domain/domain-error";

type Payer = Pick<CurrentUser, "associationId" | "role" | "memberId" | "timeZone">;

export const checkoutIdempotencyKey = (invoiceId: string, openBalanceCents: number) =>
  `checkout:${invoiceId}:${openBalanceCents}`;

/** The member invoice page, where Checkout sends the payer back (and the email's link points). */
export const memberInvoicePath = (invoiceId: string) => `/espace-membre/factures/${invoiceId}`;

/** Creates (or finds again) the Checkout Session of an invoice in the payer's scope; returns its URL. */
export async function startCheckout(user: Payer, invoiceId: string): Promise<{ url: string; sessionId: string }> {
  const invoice = await invoiceDetail(user, invoiceId);
  if (invoice.status === "DRAFT") notFound();
  if (!isStripeEnabled()) throw new DomainError({ status: 409, key: "payments.refusal.onlineDisabled" });
  if (invoice.kind === "CREDIT_NOTE" || invoice.status !== "ISSUED" || !invoice.number)
    throw new DomainError({ status: 409, key: "payments.refusal.notPayable" });
  const amount = invoice.openBalanceCents;
  if (amount <= 0) {
    throw new DomainError({
      status: 409,
      key: invoice.processingCents > 0 ? "payments.refusal.inProgress" : "payments.refusal.alreadyPaid",
    });
  }
  const back = `${appOrigin()}${memberInvoicePath(invoice.id)}`;
  const metadata = { associationId: user.associationId, invoiceId: invoice.id };
  try {
    const session = await stripeClient().checkout.sessions.create(
      {
        mode: "payment",
        currency: "eur",
        // Card and SEPA Direct Debit (Core). The SDK's pinned API version (2026-10-28) filters the
        // account's enabled methods with allowed_payment_method_types (payment_method_types is gone from its types).
        allowed_payment_method_types: ["card", "sepa_debit"],
        line_items: [
          {
            quantity: 1,
            price_data: { currency: "eur", unit_amount: amount, product_data: { name: `Facture ${invoice.number}` } },
          },
        ],
        metadata,
        payment_intent_data: { metadata, description: `Facture ${invoice.number}` },
        client_reference_id: invoice.id,
        success_url: `${back}?paiement=merci`,
        cancel_url: `${back}?paiement=annule`,
        locale: "fr",
      },
      { idempotencyKey: checkoutIdempotencyKey(invoice.id, amount) },
    );
    if (!session.url) throw new Error("Checkout Session without a URL");
    return { url: session.url, sessionId: session.id };
  } catch (error) {
    console.error("Stripe Checkout Session creation failed:", (error as Error).message);
    throw new DomainError({ status: 502, key: "payments.refusal.onlineUnavailable" });
  }
}
