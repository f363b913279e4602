// Online payment end to end, with the REAL stripe SDK against a local fake Stripe (no internet):
// Checkout Sessions created once per invoice and balance, webhooks verified on the raw body,
// applied once (replays and concurrent twins), out of order, SEPA processing → succeeded / failed.
// Each case checks the invoice's state and the number of Payment rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoiceDetail } from "../../app/domain/invoicing/invoice-queries.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { checkoutIdempotencyKey } from "../../app/domain/payments/checkout.server";
import { action as payAction, loader as memberInvoiceLoader } from "../../app/routes/espace-membre.factures.$invoiceId";
import { action as webhookAction } from "../../app/routes/webhooks.stripe";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { clearStripeEnv, startFakeStripe, useFakeStripeEnv, type FakeStripe } from "../support/fake-stripe";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
let fake: FakeStripe;
let memberCookie: string;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  fake = await startFakeStripe();
  useFakeStripeEnv(fake);
  memberCookie = await sessionCookieFor(tenants.a.users.member.email);
});

afterAll(async () => {
  clearStripeEnv();
  await fake?.close();
});

async function issuedInvoice(unitPriceCents = 12_000) {
  const { a } = tenants;
  const draft = await createTestDraft(a, { lines: [{ description: "Parts 2026", unitPriceCents }] });
  return (await issueInvoice(treasurerOf(a), draft.id)).invoice;
}

const staffReader = () => ({
  associationId: tenants.a.associationId,
  role: "treasurer" as const,
  memberId: null,
  timeZone: "Europe/Paris",
});
const stateOf = async (invoiceId: string) => (await invoiceDetail(staffReader(), invoiceId)).state;
const paymentsOf = (invoiceId: string) => db().payment.findMany({ where: { allocations: { some: { invoiceId } } } });
const paymentCount = () => db().payment.count();

/** The member clicks "Payer en ligne": returns the Checkout Session the action redirected to. */
async function startPayment(invoiceId: string) {
  const response = await respond(() =>
    payAction({
      request: postRequest(`/espace-membre/factures/${invoiceId}`, {}, memberCookie),
      params: { invoiceId },
      context: {},
    }),
  );
  expect(response.status).toBe(303);
  const location = response.headers.get("Location")!;
  expect(location.startsWith(`${fake.url}/checkout/`)).toBe(true);
  return fake.sessions.get(location.split("/").at(-1)!)!;
}

async function deliver(event: { body: string; signature: string | null }) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (event.signature !== null) headers["Stripe-Signature"] = event.signature;
  const request = new Request("http://localhost:3000/webhooks/stripe", { method: "POST", body: event.body, headers });
  const response = await respond(() => webhookAction({ request, params: {}, context: {} }));
  return { status: response.status, text: await response.text() };
}

describe("Checkout Session", () => {
  it("asks Stripe for the open balance, once per invoice and balance", async () => {
    const invoice = await issuedInvoice(12_345);
    const before = fake.createdCount();
    const session = await startPayment(invoice.id);
    const again = await startPayment(invoice.id);
    expect(again.id).toBe(session.id);
    expect(fake.createdCount()).toBe(before + 1);
    expect(fake.idempotencyKeys.slice(-2)).toEqual([
      checkoutIdempotencyKey(invoice.id, 12_345),
      checkoutIdempotencyKey(invoice.id, 12_345),
    ]);
    expect(session).toMatchObject({
      mode: "payment",
      currency: "eur",
      amount_total: 12_345,
      payment_method_types: ["card", "sepa_debit"],
      metadata: { associationId: tenants.a.associationId, invoiceId: invoice.id },
      client_reference_id: invoice.id,
      line_items_names: [`Facture ${invoice.number}`],
    });
    expect(session.success_url).toContain(`/espace-membre/factures/${invoice.id}`);
    expect(await stateOf(invoice.id)).toBe("issued");
    expect(await paymentsOf(invoice.id)).toHaveLength(0);
  });

  it("asks for the balance left after a partial payment, with a new key", async () => {
    const invoice = await issuedInvoice(10_000);
    const payment = await db().payment.create({
      data: {
        associationId: tenants.a.associationId,
        memberId: tenants.a.memberIds[0],
        method: "BANK_TRANSFER",
        amountCents: 4_000,
        receivedOn: new Date("2026-11-20T00:00:00Z"),
      },
    });
    await db().paymentAllocation.create({
      data: {
        associationId: tenants.a.associationId,
        paymentId: payment.id,
        invoiceId: invoice.id,
        amountCents: 4_000,
      },
    });
    const session = await startPayment(invoice.id);
    expect(session.amount_total).toBe(6_000);
    expect(fake.idempotencyKeys.at(-1)).toBe(checkoutIdempotencyKey(invoice.id, 6_000));
    expect(await stateOf(invoice.id)).toBe("partlyPaid");
  });

  it("answers 502 and writes nothing when Stripe is down", async () => {
    const invoice = await issuedInvoice(5_000);
    const count = await paymentCount();
    fake.failNextCreations(1);
    const response = await respond(() =>
      payAction({
        request: postRequest(`/espace-membre/factures/${invoice.id}`, {}, memberCookie),
        params: { invoiceId: invoice.id },
        context: {},
      }),
    );
    expect(response.status).toBe(502);
    expect(await paymentCount()).toBe(count);
  });
});

describe("invoice email", () => {
  it("links to the member's invoice page to pay online", async () => {
    const invoice = await issuedInvoice(4_321);
    await drainOutbox();
    const mail = readLocalMailbox(200).find((message) => message.subject.startsWith(`Facture ${invoice.number}`));
    expect(mail?.raw.replace(/=\r?\n/g, "")).toContain(`/espace-membre/factures/${invoice.id}`);
  });
});

describe("webhook", () => {
  it("records a card payment: invoice paid, one payment", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.payByCard(session.id);
    const result = await deliver(fake.signedEvent("checkout.session.completed", session.id));
    expect(result.status).toBe(200);
    expect(await stateOf(invoice.id)).toBe("paid");
    const payments = await paymentsOf(invoice.id);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      status: "SUCCEEDED",
      method: "STRIPE_CARD",
      amountCents: 12_000,
      stripeCheckoutSessionId: session.id,
      memberId: tenants.a.memberIds[0],
    });
    // Paid: no more button, and a second click is refused.
    const page = await respond(() =>
      memberInvoiceLoader({
        request: getRequest(`/espace-membre/factures/${invoice.id}`, memberCookie),
        params: { invoiceId: invoice.id },
        context: {},
      }),
    );
    expect((await page.json()).canPayOnline).toBe(false);
    const refused = await respond(() =>
      payAction({
        request: postRequest(`/espace-membre/factures/${invoice.id}`, {}, memberCookie),
        params: { invoiceId: invoice.id },
        context: {},
      }),
    );
    expect(refused.status).toBe(409);
  });

  it("applies a duplicate event once", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.payByCard(session.id);
    const event = fake.signedEvent("checkout.session.completed", session.id);
    const count = await paymentCount();
    expect((await deliver(event)).status).toBe(200);
    const replay = await deliver(event);
    expect(replay).toEqual({ status: 200, text: "Already applied" });
    expect(await paymentCount()).toBe(count + 1);
    expect(await db().paymentAllocation.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect(await stateOf(invoice.id)).toBe("paid");
  });

  it("applies two identical events arriving at the same moment once", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.payByCard(session.id);
    const event = fake.signedEvent("checkout.session.completed", session.id);
    const count = await paymentCount();
    const results = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(results.map((result) => result.status)).toEqual([200, 200, 200]);
    expect(results.filter((result) => result.text === "Already applied")).toHaveLength(2);
    expect(await paymentCount()).toBe(count + 1);
    expect(await db().stripeEvent.count({ where: { id: event.eventId } })).toBe(1);
    expect(await stateOf(invoice.id)).toBe("paid");
  });

  it("applies two different events of one session arriving together as one payment", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.startSepa(session.id);
    fake.succeedSepa(session.id);
    const count = await paymentCount();
    const results = await Promise.all([
      deliver(fake.signedEvent("checkout.session.completed", session.id)),
      deliver(fake.signedEvent("checkout.session.async_payment_succeeded", session.id)),
    ]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    expect(await paymentCount()).toBe(count + 1);
    expect(await db().paymentAllocation.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect(await stateOf(invoice.id)).toBe("paid");
  });

  it("shows a SEPA debit as processing, then paid", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.startSepa(session.id);
    expect((await deliver(fake.signedEvent("checkout.session.completed", session.id))).status).toBe(200);
    expect(await stateOf(invoice.id)).toBe("processing");
    expect(await paymentsOf(invoice.id)).toMatchObject([{ status: "PROCESSING", method: "STRIPE_SEPA" }]);
    const detail = await invoiceDetail(staffReader(), invoice.id);
    expect(detail.openBalanceCents).toBe(0);
    expect(detail.outstandingCents).toBe(12_000);

    fake.succeedSepa(session.id);
    expect((await deliver(fake.signedEvent("checkout.session.async_payment_succeeded", session.id))).status).toBe(200);
    expect(await stateOf(invoice.id)).toBe("paid");
    expect(await paymentsOf(invoice.id)).toMatchObject([{ status: "SUCCEEDED", method: "STRIPE_SEPA" }]);
  });

  it("reopens the balance when a SEPA debit fails, and alerts the treasurer and the member once", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.startSepa(session.id);
    await deliver(fake.signedEvent("checkout.session.completed", session.id));
    expect(await stateOf(invoice.id)).toBe("processing");

    fake.failSepa(session.id, "The account has insufficient funds.");
    const failed = fake.signedEvent("checkout.session.async_payment_failed", session.id);
    expect((await deliver(failed)).status).toBe(200);
    expect((await deliver(failed)).text).toBe("Already applied");
    expect(await stateOf(invoice.id)).toBe("issued");
    const payments = await paymentsOf(invoice.id);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: "FAILED", failureReason: "The account has insufficient funds." });
    expect((await invoiceDetail(staffReader(), invoice.id)).openBalanceCents).toBe(12_000);

    // A second failure event (another id, same state) alerts nobody again.
    await deliver(fake.signedEvent("checkout.session.async_payment_failed", session.id));
    const alerts = await db().outboxJob.findMany({
      where: { dedupeKey: { startsWith: `payment-failed:${payments[0].id}` } },
      orderBy: { dedupeKey: "asc" },
    });
    expect(alerts.map((job) => job.dedupeKey)).toEqual([
      `payment-failed:${payments[0].id}:member`,
      `payment-failed:${payments[0].id}:treasurer`,
    ]);
    const [toMember, toTreasurer] = alerts.map((job) => job.payload as { to: string[]; subject: string });
    expect(toTreasurer.to).toEqual([tenants.a.users.treasurer.email]);
    expect(toMember.to).toEqual(["compta1@a.test"]);
    expect(toMember.subject).toContain(invoice.number!);

    // The member can pay again: a new session, for the whole balance.
    const page = await respond(() =>
      memberInvoiceLoader({
        request: getRequest(`/espace-membre/factures/${invoice.id}`, memberCookie),
        params: { invoiceId: invoice.id },
        context: {},
      }),
    );
    expect((await page.json()).canPayOnline).toBe(true);
  });

  it("handles events out of order from Stripe's current state", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.startSepa(session.id);
    const completed = fake.signedEvent("checkout.session.completed", session.id); // carries "unpaid"
    fake.succeedSepa(session.id);
    const succeeded = fake.signedEvent("checkout.session.async_payment_succeeded", session.id);

    expect((await deliver(succeeded)).status).toBe(200);
    expect(await stateOf(invoice.id)).toBe("paid");
    expect((await deliver(completed)).status).toBe(200); // late, and its payload says unpaid
    expect(await stateOf(invoice.id)).toBe("paid");
    expect(await paymentsOf(invoice.id)).toMatchObject([{ status: "SUCCEEDED" }]);
  });

  it("ignores a forged payload: the session is fetched from Stripe", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    const count = await paymentCount();
    // Correctly signed (say, a leaked secret), but the session was never paid.
    const lie = fake.signedEvent("checkout.session.completed", session.id, {
      object: { id: session.id, object: "checkout.session", status: "complete", payment_status: "paid" },
    });
    expect((await deliver(lie)).status).toBe(200);
    expect(await paymentCount()).toBe(count);
    expect(await stateOf(invoice.id)).toBe("issued");
  });

  it("refuses unsigned, wrongly signed, altered and stale events with 400, writing nothing", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.payByCard(session.id);
    const count = await paymentCount();
    const events = await db().stripeEvent.count();
    const good = fake.signedEvent("checkout.session.completed", session.id);

    expect((await deliver({ body: good.body, signature: null })).status).toBe(400);
    expect(
      (await deliver(fake.signedEvent("checkout.session.completed", session.id, { secret: "whsec_forged" }))).status,
    ).toBe(400);
    expect(
      (await deliver({ body: good.body.replace(session.id, `${session.id} `), signature: good.signature })).status,
    ).toBe(400);
    const stale = fake.signedEvent("checkout.session.completed", session.id, {
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect((await deliver(stale)).status).toBe(400);

    expect(await paymentCount()).toBe(count);
    expect(await db().stripeEvent.count()).toBe(events);
    expect(await stateOf(invoice.id)).toBe("issued");
  });

  it("ignores a session whose invoice belongs to another association", async () => {
    const { b } = tenants;
    const foreignDraft = await createTestDraft(b);
    const foreign = (await issueInvoice(treasurerOf(b), foreignDraft.id)).invoice;
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.payByCard(session.id);
    session.metadata = { associationId: tenants.a.associationId, invoiceId: foreign.id };
    const count = await paymentCount();
    expect((await deliver(fake.signedEvent("checkout.session.completed", session.id))).status).toBe(200);
    expect(await paymentCount()).toBe(count);
    expect(await stateOf(invoice.id)).toBe("issued");
  });
});

describe("without Stripe keys", () => {
  it("offers no button, refuses to start a payment, and the webhook fails closed (503)", async () => {
    const invoice = await issuedInvoice();
    const session = await startPayment(invoice.id);
    fake.payByCard(session.id);
    const event = fake.signedEvent("checkout.session.completed", session.id);
    const count = await paymentCount();
    clearStripeEnv();
    try {
      const page = await respond(() =>
        memberInvoiceLoader({
          request: getRequest(`/espace-membre/factures/${invoice.id}`, memberCookie),
          params: { invoiceId: invoice.id },
          context: {},
        }),
      );
      expect(page.status).toBe(200);
      expect((await page.json()).canPayOnline).toBe(false);
      const refused = await respond(() =>
        payAction({
          request: postRequest(`/espace-membre/factures/${invoice.id}`, {}, memberCookie),
          params: { invoiceId: invoice.id },
          context: {},
        }),
      );
      expect(refused.status).toBe(409);
      expect((await deliver(event)).status).toBe(503);
      // Half-configured (a secret key without the webhook secret) is off too.
      process.env.STRIPE_SECRET_KEY = "sk_test_fake";
      expect((await deliver(event)).status).toBe(503);
      expect(await paymentCount()).toBe(count);
      expect(await stateOf(invoice.id)).toBe("issued");
    } finally {
      useFakeStripeEnv(fake);
    }
  });
});
