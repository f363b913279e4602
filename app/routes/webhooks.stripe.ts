// Stripe's webhook endpoint (public: Stripe proves who it is by signing the raw body). Register
// https://<host>/webhooks/stripe in the Stripe dashboard; see README "Paiement en ligne (Stripe)".
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/domain/payments/stripe-webhook.server";

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
  // The signature covers the exact bytes Stripe sent: read the raw text, never a parsed body.
  const rawBody = await request.text();
  const outcome = await handleStripeWebhook(rawBody, request.headers.get("stripe-signature"));
  return new Response(outcome.message, {
    status: outcome.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
