import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { nextPaymentStatus, paymentOfSession, type SessionSnapshot } from "./stripe-session-state";

const session = (overrides: Partial<SessionSnapshot> = {}): SessionSnapshot => ({
  id: "cs_1",
  status: "complete",
  payment_status: "paid",
  amount_total: 12_000,
  currency: "eur",
  metadata: { associationId: "a", invoiceId: "i" },
  client_reference_id: "i",
  payment_intent: { id: "pi_1", status: "succeeded", amount: 12_000, payment_method: { type: "card" } },
  ...overrides,
});

describe("paymentOfSession", () => {
  it("reads a card payment as succeeded", () => {
    expect(paymentOfSession(session())).toEqual({
      status: "SUCCEEDED",
      method: "STRIPE_CARD",
      amountCents: 12_000,
      paymentIntentId: "pi_1",
      failureReason: "",
    });
  });

  it("reads a SEPA debit as processing, then succeeded or failed", () => {
    const sepa = (status: string, error?: { message: string }) =>
      session({
        payment_status: status === "succeeded" ? "paid" : "unpaid",
        payment_intent: {
          id: "pi_2",
          status,
          amount: 12_000,
          payment_method: { type: "sepa_debit" },
          last_payment_error: error ?? null,
        },
      });
    expect(paymentOfSession(sepa("processing"))).toMatchObject({ status: "PROCESSING", method: "STRIPE_SEPA" });
    expect(paymentOfSession(sepa("succeeded"))).toMatchObject({ status: "SUCCEEDED", method: "STRIPE_SEPA" });
    expect(paymentOfSession(sepa("requires_payment_method", { message: "Insufficient funds" }))).toMatchObject({
      status: "FAILED",
      method: "STRIPE_SEPA",
      failureReason: "Insufficient funds",
    });
  });

  it("tells a debit from a card without the expanded method", () => {
    expect(
      paymentOfSession(
        session({ payment_status: "unpaid", payment_intent: { id: "pi_3", status: "processing", amount: 500 } }),
      ),
    ).toMatchObject({ method: "STRIPE_SEPA", status: "PROCESSING" });
  });

  it("finds nothing to record while the session is open or expired, or in another currency", () => {
    expect(paymentOfSession(session({ status: "open", payment_status: "unpaid", payment_intent: null }))).toBeNull();
    expect(paymentOfSession(session({ status: "expired", payment_status: "unpaid", payment_intent: null }))).toBeNull();
    expect(paymentOfSession(session({ currency: "usd" }))).toBeNull();
    expect(
      paymentOfSession(
        session({
          payment_status: "unpaid",
          payment_intent: { id: "pi_4", status: "requires_payment_method", amount: 1 },
        }),
      ),
    ).toBeNull();
  });
});

describe("nextPaymentStatus", () => {
  it("never moves a settled payment back to processing", () => {
    expect(nextPaymentStatus("SUCCEEDED", "PROCESSING")).toBe("SUCCEEDED");
    expect(nextPaymentStatus("FAILED", "PROCESSING")).toBe("FAILED");
  });

  it("follows Stripe otherwise", () => {
    expectEach(nextPaymentStatus, [
      [null, "PROCESSING", "PROCESSING"],
      ["PROCESSING", "SUCCEEDED", "SUCCEEDED"],
      ["PROCESSING", "FAILED", "FAILED"],
    ]);
  });
});
