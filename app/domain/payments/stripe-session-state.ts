// What a Checkout Session, as Stripe returns it NOW, says about the payment. Webhook events can
// arrive late, twice or out of order, so the app never trusts the event's copy of the session: it
// fetches the session (with its PaymentIntent) and applies this state. Pure, so every case is tested.

export type PaymentStatusName = "PROCESSING" | "SUCCEEDED" | "FAILED";
export type StripeMethodName = "STRIPE_CARD" | "STRIPE_SEPA";

/** The few fields read from a Checkout Session retrieved with expand: ["payment_intent", "payment_intent.payment_method"]. */
export type SessionSnapshot = {
  id: string;
  status: string | null;
  payment_status: string;
  amount_total: number | null;
  currency: string | null;
  metadata: Record<string, string> | null;
  client_reference_id: string | null;
  payment_intent:
    | string
    | null
    | {
        id: string;
        status: string;
        amount: number;
        payment_method?: string | null | { type: string };
        payment_method_types?: string[];
        last_payment_error?: { message?: string | null; code?: string | null } | null;
      };
};

export type SessionPayment = {
  status: PaymentStatusName;
  method: StripeMethodName;
  amountCents: number;
  paymentIntentId: string | null;
  failureReason: string;
};

/** Where the money is, or null while nothing was paid (session open, expired, or abandoned). */
export function paymentOfSession(session: SessionSnapshot): SessionPayment | null {
  if (session.status !== "complete") return null;
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const paymentIntentId = typeof session.payment_intent === "string" ? session.payment_intent : (intent?.id ?? null);
  const amountCents = session.amount_total ?? intent?.amount ?? 0;
  if (amountCents <= 0 || (session.currency && session.currency.toLowerCase() !== "eur")) return null;
  const methodType =
    intent && typeof intent.payment_method === "object" && intent.payment_method ? intent.payment_method.type : null;
  // A card is confirmed at once; only a debit stays "processing". Without the expanded method, that tells them apart.
  const method: StripeMethodName =
    methodType === "sepa_debit" || (!methodType && intent?.status === "processing") ? "STRIPE_SEPA" : "STRIPE_CARD";
  const base = { method, amountCents, paymentIntentId, failureReason: "" };
  if (session.payment_status === "paid" || intent?.status === "succeeded") return { ...base, status: "SUCCEEDED" };
  if (intent?.status === "processing") return { ...base, status: "PROCESSING" };
  if (
    intent &&
    (intent.status === "requires_payment_method" || intent.status === "canceled") &&
    (intent.last_payment_error || intent.status === "canceled")
  ) {
    return {
      ...base,
      status: "FAILED",
      failureReason:
        intent.last_payment_error?.message || intent.last_payment_error?.code || "Paiement refusé par la banque.",
    };
  }
  return null;
}

/**
 * The status to store, given the stored one and the state just fetched. A settled payment
 * (succeeded or failed) never goes back to processing: two events fetched the session at
 * different moments, and the older fetch may commit last.
 */
export function nextPaymentStatus(stored: PaymentStatusName | null, fetched: PaymentStatusName): PaymentStatusName {
  if (stored && stored !== "PROCESSING" && fetched === "PROCESSING") return stored;
  return fetched;
}
