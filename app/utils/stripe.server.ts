// Online payment is on only when BOTH Stripe keys are set: a secret key without the webhook secret
// would take money the app could never record. Without them, no payment button is shown anywhere
// and the webhook answers 503. STRIPE_API_HOST/PORT/PROTOCOL point the real SDK elsewhere (the
// tests' local fake Stripe); they are never needed in production.
import Stripe from "stripe";
import { config } from "./config.server";

export type StripeSettings = { secretKey: string; webhookSecret: string };

/** The keys, or null when online payment is off. Read at each call so tests can switch it. */
export function stripeSettings(): StripeSettings | null {
  const secretKey = config().STRIPE_SECRET_KEY;
  const webhookSecret = config().STRIPE_WEBHOOK_SECRET;
  return secretKey && webhookSecret ? { secretKey, webhookSecret } : null;
}

export function isStripeEnabled(): boolean {
  return stripeSettings() !== null;
}

/** Webhook signatures older than this are refused (replayed captures). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

let cached: { signature: string; client: Stripe } | undefined;

/** The SDK client for the configured key (and API host override); throws when Stripe is off. */
export function stripeClient(): Stripe {
  const settings = stripeSettings();
  if (!settings) throw new Error("Stripe n'est pas configuré (STRIPE_SECRET_KEY et STRIPE_WEBHOOK_SECRET).");
  const host = config().STRIPE_API_HOST;
  const port = config().STRIPE_API_PORT;
  const protocol = config().STRIPE_API_PROTOCOL;
  const signature = [settings.secretKey, host, port, protocol].join("|");
  if (cached?.signature !== signature) {
    cached = {
      signature,
      client: new Stripe(settings.secretKey, {
        ...(host ? { host } : {}),
        ...(port ? { port: Number(port) } : {}),
        ...(protocol === "http" || protocol === "https" ? { protocol } : {}),
        // Our own idempotency keys make a retry safe; the SDK's retries would only hide outages.
        maxNetworkRetries: host ? 0 : 2,
        telemetry: false,
        timeout: 20_000,
      }),
    };
  }
  return cached.client;
}
