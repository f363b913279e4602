// The demo's card payment ("Stripe test mode when keys are set", issue 12), along the path a member's
// online payment takes, so it obeys the same rules:
//   1. a one-off invoice to the Coopérative Les Champs (membre2's structure), drafted and issued today;
//   2. its Checkout Session created by startCheckout, the "Payer en ligne" button's service, with the
//      real `stripe` SDK against the configured Stripe (the local fake in the tests);
//   3. paid on the Checkout page as a payer without JavaScript would: its form is submitted;
//   4. recorded by the webhook's own service (recordCheckoutSession), which fetches the session from
//      Stripe and allocates the payment within the invoice's balance.
// Never with a live key: only sk_test_… keys are used. Without keys, or when the Checkout page is one a
// script cannot fill (Stripe's own, which needs a browser and a test card), one line says what happened.
// Why the seed records it itself: the server that seeds is not listening yet, so Stripe's webhook
// delivery cannot reach it (ADR 023).
import { DraftInvoiceSchema } from "../app/domain/invoicing/invoice-draft.schema";
import { createDraft } from "../app/domain/invoicing/invoice-drafts.server";
import { issueInvoice } from "../app/domain/invoicing/invoice-issuance.server";
import { startCheckout } from "../app/domain/payments/checkout.server";
import { recordCheckoutSession } from "../app/domain/payments/stripe-webhook.server";
import type { PrismaClient } from "../app/generated/prisma/client.ts";
import { stripeSettings } from "../app/utils/stripe.server";
import { actor } from "./seed-interventions";
import type { SeededAssociation } from "./seed";

const PREFIX = "Paiement par carte de la démo :";

/** Why the demo pays nothing by card (no keys, or a key that is not a test key), or null when it may. */
export function cardPaymentRefusal(): string | null {
  const settings = stripeSettings();
  if (!settings) return `${PREFIX} ignoré, Stripe n'est pas configuré (STRIPE_SECRET_KEY et STRIPE_WEBHOOK_SECRET).`;
  if (!settings.secretKey.startsWith("sk_test_"))
    return `${PREFIX} refusé, STRIPE_SECRET_KEY n'est pas une clé de test (sk_test_…) : la démo ne paie jamais en réel.`;
  return null;
}

/** Submits the Checkout page's payment form, as a browser without JavaScript would; false when it has none. */
async function payOnCheckoutPage(url: string): Promise<boolean> {
  // Stripe's own page is a JavaScript application that takes a card typed by a person: never scripted.
  if (/(^|\.)stripe\.com$/.test(new URL(url).hostname)) return false;
  const page = await fetch(url);
  const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/i.exec(await page.text())?.[1];
  if (!page.ok || !action) return false;
  const paid = await fetch(new URL(action, url), { method: "POST", redirect: "manual" });
  if (paid.status >= 400) throw new Error(`la page de paiement a répondu ${paid.status}.`);
  return true;
}

/** Pays one demo invoice by card in Stripe's test mode; returns the line it printed. */
export async function seedCardPayment(prisma: PrismaClient, demo: SeededAssociation, today: string) {
  const say = (line: string) => (console.log(line), line);
  const refusal = cardPaymentRefusal();
  if (refusal) return say(refusal);
  try {
    return say(await payOneInvoice(prisma, demo, today));
  } catch (error) {
    // Stripe unreachable or refusing: the rest of the demo stands; the line says why there is no card payment.
    return say(`${PREFIX} échec, ${(error as Error).message}`);
  }
}

async function payOneInvoice(prisma: PrismaClient, demo: SeededAssociation, today: string) {
  const [treasurer, payer] = await Promise.all([
    actor(prisma, demo.users.treasurer.id, demo.associationId),
    actor(prisma, demo.users.member2.id, demo.associationId),
  ]);
  // 09:00 on the seed's day, as the rest of the finance demo (seed-finance.ts).
  const now = new Date(`${today}T09:00:00+01:00`);
  const draft = await createDraft(
    treasurer,
    DraftInvoiceSchema.parse({
      memberId: demo.memberIds[1],
      serviceStart: today,
      lines: [
        { description: "Formation : sauvegardes et mots de passe (demi-journée)", quantity: "1", unitPrice: "180" },
      ],
    }),
  );
  const { invoice } = await issueInvoice(treasurer, draft.id, { now });
  const checkout = await startCheckout(payer, invoice.id);
  if (!(await payOnCheckoutPage(checkout.url)))
    return `${PREFIX} facture ${invoice.number} à payer en mode test avec la carte 4242 4242 4242 4242 sur ${checkout.url} (le webhook l'enregistrera).`;
  const outcome = await recordCheckoutSession(checkout.sessionId, {
    id: `demo_seed_${checkout.sessionId}`,
    type: "checkout.session.completed",
    created: Math.floor(now.getTime() / 1000),
  });
  if (outcome.message !== "Payment SUCCEEDED")
    throw new Error(`Stripe n'a pas confirmé le paiement (${outcome.status} ${outcome.message}).`);
  return `${PREFIX} facture ${invoice.number} réglée par carte (Stripe, mode test).`;
}
