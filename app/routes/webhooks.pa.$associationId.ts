// The plateforme agréée's status notifications (public: the PA proves who it is by signing the raw body
// with the key it gave when the app subscribed; see docs/decisions/018-…). Nothing is read from a form.
import type { ActionFunctionArgs } from "@remix-run/node";
import { handlePaWebhook } from "~/domain/einvoicing/pa-webhook.server";

export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
  const rawBody = await request.text();
  if (rawBody.length > 64 * 1024) return new Response("Payload Too Large", { status: 413 });
  const outcome = await handlePaWebhook(
    params.associationId ?? "",
    rawBody,
    request.headers.get("afnor-signature"),
    request.headers.get("afnor-signature-timestamp"),
  );
  return new Response(outcome.message, {
    status: outcome.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
