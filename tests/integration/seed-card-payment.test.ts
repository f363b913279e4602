// The demo's card payment (prisma/seed-card-payment.ts): with Stripe test keys pointing at the local
// fake, the demo seed pays one invoice by card through the app's own path (Checkout Session created by
// the real SDK, paid on the Checkout page, recorded by the webhook's service), and the money adds up.
// Without keys, or with a live key, it pays nothing and says so in one line.
import { afterAll, beforeAll, expect, it } from "vitest";
import { invoiceDetail } from "../../app/domain/invoicing/invoice-queries.server";
import { memberStatementPage } from "../../app/domain/payments/statement.server";
import { db } from "../../app/utils/db.server";
import { cardPaymentRefusal } from "../../prisma/seed-card-payment";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { clearStripeEnv, startFakeStripe, useFakeStripeEnv, type FakeStripe } from "../support/fake-stripe";

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startFakeStripe();
});

afterAll(async () => {
  clearStripeEnv();
  await fake?.close();
});

it("pays nothing without keys or with a live key, and says why in one line", () => {
  clearStripeEnv();
  expect(cardPaymentRefusal()).toMatch(/^Paiement par carte de la démo : ignoré, Stripe n'est pas configuré/);
  useFakeStripeEnv(fake, { secretKey: "sk_live_not_for_a_demo", webhookSecret: "whsec_test" });
  expect(cardPaymentRefusal()).toMatch(/^Paiement par carte de la démo : refusé, .*pas une clé de test \(sk_test_…\)/);
  useFakeStripeEnv(fake);
  expect(cardPaymentRefusal()).toBeNull();
  expect(fake.createdCount()).toBe(0);
});

it("seeds one invoice paid by card in Stripe's test mode, with its Stripe reference and allocation", async () => {
  useFakeStripeEnv(fake);
  expect(await seedDemoIfEmpty(db(), "2026-11-24")).toBe(true);
  const association = await db().association.findFirstOrThrow({ select: { id: true } });

  // One Checkout Session, created by the app's startCheckout through the real SDK, and completed by card.
  expect(fake.createdCount()).toBe(1);
  const [session] = [...fake.sessions.values()];
  expect(session).toMatchObject({ status: "complete", payment_status: "paid", currency: "eur" });
  const intent = fake.intents.get(session.payment_intent!)!;
  expect(intent.status).toBe("succeeded");

  const cards = await db().payment.findMany({
    where: { associationId: association.id, method: "STRIPE_CARD" },
    include: { allocations: true, member: { select: { name: true } } },
  });
  expect(cards).toHaveLength(1);
  const [card] = cards;
  expect(card).toMatchObject({
    status: "SUCCEEDED",
    amountCents: session.amount_total,
    stripeCheckoutSessionId: session.id,
    stripePaymentIntentId: intent.id,
    reference: intent.id,
    deletedAt: null,
  });
  expect(card.member.name).toBe("Coopérative Les Champs");
  expect(card.receivedOn.toISOString().slice(0, 10)).toBe("2026-11-24");
  // Recorded as the webhook records it: under an event id, once.
  expect(await db().stripeEvent.count({ where: { id: `demo_seed_${session.id}` } })).toBe(1);

  // Allocated in full to the invoice it paid, which is paid and owes nothing.
  expect(card.allocations).toHaveLength(1);
  const [allocation] = card.allocations;
  expect(allocation.amountCents).toBe(card.amountCents);
  expect(session.metadata.invoiceId).toBe(allocation.invoiceId);
  const staff = { associationId: association.id, role: "treasurer" as const, memberId: null, timeZone: "Europe/Paris" };
  const invoice = await invoiceDetail(staff, allocation.invoiceId);
  expect(invoice).toMatchObject({
    status: "ISSUED",
    kind: "ONE_OFF",
    state: "paid",
    member: { id: card.memberId, name: "Coopérative Les Champs" },
  });
  expect(invoice.totals.totalInclTaxCents).toBe(card.amountCents);
  expect(invoice.paidCents).toBe(invoice.totals.totalInclTaxCents);
  expect(invoice.openBalanceCents).toBe(0);
  expect(invoice.issueDate).toBe("2026-11-24");

  // On the Coopérative's statement the card payment credits what the invoice debited: it paid every
  // invoice of both years (transfer, cheque, card), so it owes nothing.
  const { statement } = await memberStatementPage({ ...staff, memberId: card.memberId });
  const cardRow = statement.rows.find((row) => row.kind === "payment" && row.reference === intent.id);
  expect(cardRow).toMatchObject({ label: "carte (en ligne)", date: "2026-11-24", creditCents: card.amountCents });
  expect(statement.rows.find((row) => row.kind === "invoice" && row.label === invoice.number)?.debitCents).toBe(
    invoice.totals.totalInclTaxCents,
  );
  expect(statement.balanceCents).toBe(0);
});
