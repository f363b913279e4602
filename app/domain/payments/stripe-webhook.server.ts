// POST /webhooks/stripe. In order:
//   1. fail closed: no webhook secret → 503, nothing read;
//   2. verify the signature on the RAW body, 300 s tolerance: unsigned, forged or stale → 400, nothing written;
//   3. fetch the Checkout Session as it is NOW (events arrive late, twice, out of order: their copy
//      of the session is never trusted);
//   4. one transaction: record the event id (ON CONFLICT DO NOTHING — a replay or a concurrent twin
//      finds it taken and stops there), lock the invoice row (events of one invoice apply one at a
//      time), upsert the Payment by its session id, allocate it once, alert on a failure.
import type Stripe from "stripe";
import { invoiceRecipients } from "~/domain/invoicing/invoice-document.server";
import { localDateOf } from "~/domain/calendar/zoned-time";
import { db, type Tx } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { translate, type Locale, type MessageKey } from "~/utils/i18n";
import { localizedDedupeKey, recipientsByLocale } from "~/utils/mail-locale";
import { localeOf } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { stripeClient, stripeSettings, WEBHOOK_TOLERANCE_SECONDS } from "~/utils/stripe.server";
import { memberInvoicePath } from "./checkout.server";
import { enqueuePaymentReports } from "~/domain/einvoicing/pa-payment-report.server";
import { openBalancesInTx } from "./open-balances.server";
import { nextPaymentStatus, paymentOfSession, type SessionPayment, type SessionSnapshot } from "./stripe-session-state";
import { formatCents } from "~/utils/format-amounts";

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
] as const;

export type WebhookOutcome = { status: 200 | 400 | 502 | 503; message: string };

export async function handleStripeWebhook(rawBody: string, signatureHeader: string | null): Promise<WebhookOutcome> {
  const settings = stripeSettings();
  if (!settings) return { status: 503, message: "Stripe webhook not configured" };
  if (!signatureHeader) return { status: 400, message: "Missing Stripe-Signature" };
  const stripe = stripeClient();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signatureHeader, settings.webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
  } catch {
    return { status: 400, message: "Invalid signature" };
  }
  if (!(HANDLED_EVENTS as readonly string[]).includes(event.type))
    return { status: 200, message: "Ignored event type" };
  const sessionId = (event.data.object as { id?: string }).id;
  if (!sessionId) return { status: 400, message: "Event without a session" };
  return recordCheckoutSession(sessionId, { id: event.id, type: event.type, created: event.created });
}

/**
 * Steps 3 and 4 for one Checkout Session: fetch it as Stripe has it now, then apply it. The webhook
 * calls it once the signature is checked; the demo seed calls it for the session it has just paid in
 * test mode (prisma/seed-card-payment.ts), so the demo's card payment obeys the same rules. `event`
 * is the Stripe event that announced it (its id makes a replay a no-op; `created` dates the payment).
 */
export async function recordCheckoutSession(
  sessionId: string,
  event: { id: string; type: string; created: number },
): Promise<WebhookOutcome> {
  let session: SessionSnapshot;
  try {
    session = (await stripeClient().checkout.sessions.retrieve(sessionId, {
      expand: ["payment_intent", "payment_intent.payment_method"],
    })) as unknown as SessionSnapshot;
  } catch (error) {
    // Stripe retries a non-2xx delivery later; nothing has been written.
    console.error("Stripe session fetch failed:", (error as Error).message);
    return { status: 502, message: "Could not fetch the session from Stripe" };
  }
  const associationId = session.metadata?.associationId ?? "";
  const invoiceId = session.metadata?.invoiceId ?? session.client_reference_id ?? "";
  const payment = paymentOfSession(session);
  return applySessionState({
    eventId: event.id,
    eventType: event.type,
    eventCreated: event.created,
    associationId,
    invoiceId,
    sessionId: session.id,
    payment,
  });
}

type SessionState = {
  eventId: string;
  eventType: string;
  /** Unix seconds: the day the payment is dated. */
  eventCreated: number;
  associationId: string;
  invoiceId: string;
  sessionId: string;
  payment: SessionPayment | null;
};

async function applySessionState(state: SessionState): Promise<WebhookOutcome> {
  const invoice =
    state.associationId && state.invoiceId
      ? await db().invoice.findFirst({
          where: {
            id: state.invoiceId,
            associationId: state.associationId,
            status: "ISSUED",
            kind: { not: "CREDIT_NOTE" },
          },
          select: {
            id: true,
            memberId: true,
            number: true,
            buyerSnapshot: true,
            association: { select: { timeZone: true, name: true, defaultLocale: true } },
          },
        })
      : null;
  // Not ours (another app on the same Stripe account) or tampered metadata: acknowledge, write nothing.
  if (!invoice) return { status: 200, message: "Unknown invoice: ignored" };

  return db().$transaction(async (tx) => {
    const recorded = await tx.stripeEvent.createMany({
      data: [{ id: state.eventId, associationId: state.associationId, type: state.eventType }],
      skipDuplicates: true,
    });
    if (recorded.count === 0) return { status: 200, message: "Already applied" } as const;
    if (!state.payment) return { status: 200, message: "Nothing paid yet" } as const;
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoice.id} AND "associationId" = ${state.associationId} FOR UPDATE`;

    const stored = await tx.payment.findUnique({ where: { stripeCheckoutSessionId: state.sessionId } });
    if (stored && (stored.associationId !== state.associationId || stored.deletedAt))
      return { status: 200, message: "Payment deleted or out of scope: ignored" } as const;
    const status = nextPaymentStatus(stored?.status ?? null, state.payment.status);
    const fields = {
      status,
      method: state.payment.method,
      amountCents: state.payment.amountCents,
      stripePaymentIntentId: state.payment.paymentIntentId,
      reference: state.payment.paymentIntentId ?? state.sessionId,
      failureReason: status === "FAILED" ? state.payment.failureReason : "",
    };
    const receivedOn = new Date(
      `${localDateOf(new Date(state.eventCreated * 1000), invoice.association.timeZone)}T00:00:00.000Z`,
    );
    const saved = stored
      ? await tx.payment.update({ where: { id: stored.id }, data: fields })
      : await tx.payment.create({
          data: {
            ...fields,
            associationId: state.associationId,
            memberId: invoice.memberId,
            receivedOn,
            stripeCheckoutSessionId: state.sessionId,
          },
        });

    // Allocated once, at most the balance left by the other payments; any surplus (the member also
    // paid by transfer meanwhile) stays on the payment as a credit on the member's account.
    const hasAllocation = await tx.paymentAllocation.count({ where: { paymentId: saved.id } });
    if (hasAllocation === 0) {
      const [open] = await openBalancesInTx(
        tx,
        state.associationId,
        { invoiceIds: [invoice.id] },
        { excludePaymentId: saved.id },
      );
      const amount = Math.min(saved.amountCents, open?.openBalanceCents ?? 0);
      if (amount > 0)
        await tx.paymentAllocation.create({
          data: { associationId: state.associationId, paymentId: saved.id, invoiceId: invoice.id, amountCents: amount },
        });
    }
    if (status === "SUCCEEDED") await enqueuePaymentReports(tx, state.associationId, [invoice.id]);
    if (status === "FAILED" && stored?.status !== "FAILED")
      await alertFailure(tx, { ...invoice, associationId: state.associationId }, saved);
    return { status: 200, message: `Payment ${status}` } as const;
  });
}

/** The treasurer(s) and the member learn that a debit failed: the invoice is to be paid again. */
async function alertFailure(
  tx: Tx,
  invoice: {
    id: string;
    associationId: string;
    memberId: string;
    number: string | null;
    buyerSnapshot: unknown;
    association: { name: string; defaultLocale: string };
  },
  payment: { id: string; amountCents: number; failureReason: string },
) {
  const fallback = localeOf(invoice.association.defaultLocale);
  const treasurers = await tx.membership.findMany({
    where: { associationId: invoice.associationId, role: "treasurer", user: { disabledAt: null } },
    select: { user: { select: { email: true, locale: true } } },
  });
  const values = (locale: Locale) => ({
    amount: formatCents(payment.amountCents, locale),
    number: invoice.number ?? "",
    reason: payment.failureReason
      ? translate(locale, "mail.paymentFailed.reason", { reason: payment.failureReason })
      : "",
  });
  const treasurerKey = `payment-failed:${payment.id}:treasurer`;
  for (const [locale, to] of recipientsByLocale(
    treasurers.map((membership) => membership.user),
    fallback,
  )) {
    const link = `${appOrigin()}/factures/${invoice.id}`;
    await enqueueEmail(
      tx,
      {
        to,
        subject: translate(locale, "mail.paymentFailed.treasurerSubject", values(locale)),
        text: `${translate(locale, "mail.hello")}\n\n${translate(locale, "mail.paymentFailed.treasurerBody", { ...values(locale), link })}`,
      },
      { associationId: invoice.associationId, dedupeKey: localizedDedupeKey(treasurerKey, locale, fallback) },
    );
  }
  // The member's billing addresses have no account: they read the association's language.
  const frozenEmail = (invoice.buyerSnapshot as { buyer?: { email?: string | null } } | null)?.buyer?.email ?? null;
  const memberEmails = await invoiceRecipients(tx, invoice.associationId, invoice.memberId, frozenEmail);
  if (memberEmails.length > 0) {
    const link = `${appOrigin()}${memberInvoicePath(invoice.id)}`;
    const t = (key: MessageKey, extra: Record<string, string> = {}) =>
      translate(fallback, key, { ...values(fallback), ...extra });
    await enqueueEmail(
      tx,
      {
        to: memberEmails,
        subject: t("mail.paymentFailed.memberSubject"),
        text:
          `${t("mail.hello")}\n\n${t("mail.paymentFailed.memberBody", { link })}\n\n` +
          `${t("mail.regards")}\n${invoice.association.name}\n`,
      },
      { associationId: invoice.associationId, dedupeKey: `payment-failed:${payment.id}:member` },
    );
  }
}
