// A local fake of the few Stripe endpoints the app calls, so the REAL `stripe` SDK runs in tests with
// no internet: node:http on 127.0.0.1. It keeps Checkout Sessions and PaymentIntents in memory, and
// the test moves them along (card paid, SEPA processing / succeeded / failed) and signs webhook
// events with stripe.webhooks.generateTestHeaderString. For the browser test it also serves a tiny
// "Stripe Checkout (simulé)" page whose Pay button completes the session, sends the signed
// checkout.session.completed webhook to the app and redirects to success_url.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

type PaymentIntent = {
  id: string;
  object: "payment_intent";
  status: string;
  amount: number;
  currency: string;
  payment_method: string | null;
  payment_method_types: string[];
  last_payment_error: { message: string; code: string } | null;
  metadata: Record<string, string>;
};

type Session = {
  id: string;
  object: "checkout.session";
  mode: string;
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid";
  amount_total: number;
  currency: string;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  payment_method_types: string[];
  success_url: string;
  cancel_url: string;
  url: string;
  payment_intent: string | null;
  line_items_names: string[];
};

export type FakeStripe = {
  url: string;
  port: number;
  sessions: Map<string, Session>;
  intents: Map<string, PaymentIntent>;
  /** Session creations that reached the fake (an idempotent replay does not count). */
  createdCount: () => number;
  /** Idempotency-Key header of every POST /v1/checkout/sessions, replays included. */
  idempotencyKeys: string[];
  /** Makes the next N session creations fail with a 500 (Stripe down). */
  failNextCreations: (count: number) => void;
  payByCard: (sessionId: string) => void;
  startSepa: (sessionId: string) => void;
  succeedSepa: (sessionId: string) => void;
  failSepa: (sessionId: string, message?: string) => void;
  /** A webhook body and its Stripe-Signature header; `object` is the session as the event carries it. */
  signedEvent: (
    type: string,
    sessionId: string,
    options?: { secret?: string; timestamp?: number; eventId?: string; object?: object },
  ) => { body: string; signature: string; eventId: string };
  close: () => Promise<void>;
};

const signer = new Stripe("sk_test_signer", { telemetry: false });

/** Parses Stripe's form encoding (a[b][0][c]=v) into nested objects and arrays. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value;
      else node = (node[segment] ??= {}) as Record<string, unknown>;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (!value || typeof value !== "object") return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arrays(v)] as const);
    return entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))
      ? entries.map(([, v]) => v)
      : Object.fromEntries(entries);
  };
  return arrays(root) as Record<string, unknown>;
}

export async function startFakeStripe(
  options: { port?: number; webhookUrl?: string; webhookSecret?: string } = {},
): Promise<FakeStripe> {
  const sessions = new Map<string, Session>();
  const intents = new Map<string, PaymentIntent>();
  const byIdempotencyKey = new Map<string, string>();
  const idempotencyKeys: string[] = [];
  let counter = 0;
  let created = 0;
  let failures = 0;
  let base = "";

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json", "Request-Id": `req_${++counter}` });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: http.ServerResponse, what: string) =>
    json(res, 404, { error: { type: "invalid_request_error", message: `No such ${what}` } });

  const expanded = (session: Session, expand: string[]) => {
    const copy: Record<string, unknown> = { ...session };
    delete copy.line_items_names;
    if (expand.includes("payment_intent") && session.payment_intent) {
      const intent = intents.get(session.payment_intent)!;
      copy.payment_intent =
        expand.includes("payment_intent.payment_method") && intent.payment_method
          ? {
              ...intent,
              payment_method: {
                id: intent.payment_method,
                object: "payment_method",
                type: intent.payment_method.startsWith("pm_sepa") ? "sepa_debit" : "card",
              },
            }
          : { ...intent };
    }
    return copy;
  };

  const intentFor = (session: Session, method: "card" | "sepa_debit", status: string) => {
    const id = session.payment_intent ?? `pi_test_${++counter}`;
    intents.set(id, {
      id,
      object: "payment_intent",
      status,
      amount: session.amount_total,
      currency: session.currency,
      payment_method: method === "card" ? `pm_card_${counter}` : `pm_sepa_${counter}`,
      payment_method_types: session.payment_method_types,
      last_payment_error: null,
      metadata: session.metadata,
    });
    session.payment_intent = id;
    session.status = "complete";
    return intents.get(id)!;
  };
  const sessionOf = (id: string) => {
    const session = sessions.get(id);
    if (!session) throw new Error(`fake Stripe: unknown session ${id}`);
    return session;
  };

  const fake: Omit<FakeStripe, "url" | "port" | "close"> = {
    sessions,
    intents,
    idempotencyKeys,
    createdCount: () => created,
    failNextCreations: (count) => {
      failures = count;
    },
    payByCard: (sessionId) => {
      const session = sessionOf(sessionId);
      intentFor(session, "card", "succeeded");
      session.payment_status = "paid";
    },
    startSepa: (sessionId) => {
      const session = sessionOf(sessionId);
      intentFor(session, "sepa_debit", "processing");
      session.payment_status = "unpaid";
    },
    succeedSepa: (sessionId) => {
      const session = sessionOf(sessionId);
      intents.get(session.payment_intent!)!.status = "succeeded";
      session.payment_status = "paid";
    },
    failSepa: (sessionId, message = "The account has insufficient funds.") => {
      const session = sessionOf(sessionId);
      const intent = intents.get(session.payment_intent!)!;
      intent.status = "requires_payment_method";
      intent.last_payment_error = { message, code: "insufficient_funds" };
      session.payment_status = "unpaid";
    },
    signedEvent: (type, sessionId, eventOptions = {}) => {
      const eventId = eventOptions.eventId ?? `evt_test_${++counter}`;
      const body = JSON.stringify({
        id: eventId,
        object: "event",
        api_version: "2025-01-01",
        created: Math.floor(Date.now() / 1000),
        type,
        livemode: false,
        data: { object: eventOptions.object ?? expanded(sessionOf(sessionId), []) },
      });
      const signature = signer.webhooks.generateTestHeaderString({
        payload: body,
        secret: eventOptions.secret ?? options.webhookSecret ?? "whsec_test",
        timestamp: eventOptions.timestamp,
      });
      return { body, signature, eventId };
    },
  };

  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let data = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => (data += chunk));
      req.on("end", () => resolve(data));
      req.on("error", reject);
    });

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", base);
      const body = await readBody(req);
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const key = String(req.headers["idempotency-key"] ?? "");
        idempotencyKeys.push(key);
        const existing = key ? byIdempotencyKey.get(key) : undefined;
        if (existing) return json(res, 200, expanded(sessions.get(existing)!, []));
        if (failures > 0) {
          failures -= 1;
          return json(res, 500, { error: { type: "api_error", message: "fake outage" } });
        }
        const params = parseStripeForm(body) as {
          mode: string;
          currency?: string;
          metadata?: Record<string, string>;
          client_reference_id?: string;
          payment_method_types?: string[];
          allowed_payment_method_types?: string[];
          success_url: string;
          cancel_url: string;
          line_items: {
            quantity: string;
            price_data: { currency: string; unit_amount: string; product_data: { name: string } };
          }[];
        };
        const id = `cs_test_${++counter}`;
        created += 1;
        const session: Session = {
          id,
          object: "checkout.session",
          mode: params.mode,
          status: "open",
          payment_status: "unpaid",
          amount_total: params.line_items.reduce(
            (sum, item) => sum + Number(item.price_data.unit_amount) * Number(item.quantity),
            0,
          ),
          currency: params.currency ?? params.line_items[0]?.price_data.currency ?? "eur",
          metadata: params.metadata ?? {},
          client_reference_id: params.client_reference_id ?? null,
          payment_method_types: params.allowed_payment_method_types ?? params.payment_method_types ?? ["card"],
          success_url: params.success_url,
          cancel_url: params.cancel_url,
          url: `${base}/checkout/${id}`,
          payment_intent: null,
          line_items_names: params.line_items.map((item) => item.price_data.product_data.name),
        };
        sessions.set(id, session);
        if (key) byIdempotencyKey.set(key, id);
        return json(res, 200, expanded(session, []));
      }
      const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(url.pathname);
      if (req.method === "GET" && sessionMatch) {
        const session = sessions.get(sessionMatch[1]);
        if (!session) return notFound(res, "checkout.session");
        return json(
          res,
          200,
          expanded(
            session,
            [...url.searchParams].filter(([name]) => name.startsWith("expand")).map(([, value]) => value),
          ),
        );
      }
      const intentMatch = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
      if (req.method === "GET" && intentMatch) {
        const intent = intents.get(intentMatch[1]);
        return intent ? json(res, 200, intent) : notFound(res, "payment_intent");
      }
      const pageMatch = /^\/checkout\/([^/]+)(\/pay)?$/.exec(url.pathname);
      if (pageMatch) {
        const session = sessions.get(pageMatch[1]);
        if (!session) return notFound(res, "checkout.session");
        if (req.method === "POST" && pageMatch[2]) {
          fake.payByCard(session.id);
          if (options.webhookUrl) {
            const { body: eventBody, signature } = fake.signedEvent("checkout.session.completed", session.id);
            // As with Stripe, the payer is sent back even when the delivery fails: the demo seed pays
            // before the app listens (and records the payment itself, prisma/seed-card-payment.ts).
            await fetch(options.webhookUrl, {
              method: "POST",
              body: eventBody,
              headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
            }).catch((error: Error) => console.error(`fake Stripe: webhook not delivered (${error.message})`));
          }
          res.writeHead(303, { Location: session.success_url });
          return res.end();
        }
        const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(
          session.amount_total / 100,
        );
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Stripe Checkout (simulé)</title></head>
<body><h1>Stripe Checkout (simulé)</h1><p>${session.line_items_names.join(", ")} : ${euros}</p>
<form method="post" action="/checkout/${session.id}/pay"><button type="submit">Payer ${euros}</button></form>
<p><a href="${session.cancel_url}">Annuler</a></p></body></html>`);
      }
      return notFound(res, "route");
    } catch (error) {
      json(res, 500, { error: { type: "api_error", message: (error as Error).message } });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    ...fake,
    url: base,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Points the app's Stripe client at the fake (process env is read at each call). */
export function useFakeStripeEnv(
  fake: Pick<FakeStripe, "port">,
  secrets = { secretKey: "sk_test_fake", webhookSecret: "whsec_test" },
) {
  process.env.STRIPE_SECRET_KEY = secrets.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = secrets.webhookSecret;
  process.env.STRIPE_API_HOST = "127.0.0.1";
  process.env.STRIPE_API_PORT = String(fake.port);
  process.env.STRIPE_API_PROTOCOL = "http";
}

export function clearStripeEnv() {
  for (const name of [
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "STRIPE_API_HOST",
    "STRIPE_API_PORT",
    "STRIPE_API_PROTOCOL",
  ])
    delete process.env[name];
}
