// The PA's status notifications (AFNOR Flow API, POST /v1/webhooks callback). The PA signs each one:
// Afnor-Signature = base64(HMAC-SHA256(signing key, SHA-256(body + "@" + Afnor-Signature-Timestamp))),
// with the key it gave us when we subscribed (stored sealed). An unsigned, forged or stale call writes
// nothing. A signed one only names a flow: the job downloads the status message from the PA itself, so
// even a replay within the tolerance cannot invent a status; the dedupe key makes it run once.
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { enqueueJob } from "~/utils/outbox.server";
import { openSecret } from "~/utils/secret-box.server";
import { LIFECYCLE_FLOW_TYPES, PA_STATUS_JOB, PA_WEBHOOK_KEY_PURPOSE } from "./pa-statuses.server";
import { appendStatuses } from "./status-log.server";

const TOLERANCE_SECONDS = 300;

export type WebhookOutcome = { status: number; message: string };

/** The signature the PA computes for this body and timestamp. */
export function paWebhookSignature(signingKeyBase64: string, rawBody: string, timestamp: string): string {
  const fingerprint = crypto.createHash("sha256").update(`${rawBody}@${timestamp}`).digest();
  return crypto.createHmac("sha256", Buffer.from(signingKeyBase64, "base64")).update(fingerprint).digest("base64");
}

function sameSignature(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const FlowNotice = z.object({
  flowId: z.string().min(1).max(64),
  flowType: z.string().max(64),
  flowDirection: z.enum(["In", "Out"]),
  acknowledgement: z
    .object({
      status: z.enum(["Pending", "Ok", "Error"]),
      details: z.array(z.object({ reasonCode: z.string().max(200), reasonMessage: z.string().max(2000) })).optional(),
    })
    .optional(),
});

export async function handlePaWebhook(
  associationId: string,
  rawBody: string,
  signature: string | null,
  timestamp: string | null,
  now = new Date(),
): Promise<WebhookOutcome> {
  const association = await db().association.findUnique({
    where: { id: associationId },
    select: { paWebhookKeySealed: true },
  });
  // An unknown association and a bad signature get the same answer: the caller learns nothing.
  if (!association?.paWebhookKeySealed || !signature || !timestamp || !/^\d{1,12}$/.test(timestamp))
    return { status: 401, message: "Signature absente ou invalide." };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS)
    return { status: 401, message: "Notification trop ancienne." };
  const expected = paWebhookSignature(
    openSecret(association.paWebhookKeySealed, PA_WEBHOOK_KEY_PURPOSE),
    rawBody,
    timestamp,
  );
  if (!sameSignature(expected, signature)) return { status: 401, message: "Signature absente ou invalide." };
  let notice: z.infer<typeof FlowNotice>;
  try {
    notice = FlowNotice.parse(JSON.parse(rawBody));
  } catch {
    return { status: 400, message: "Notification illisible." };
  }
  if (notice.flowDirection === "In" && LIFECYCLE_FLOW_TYPES.includes(notice.flowType)) {
    await enqueueJob(
      db(),
      PA_STATUS_JOB,
      { associationId, flowId: notice.flowId },
      { associationId, dedupeKey: `${PA_STATUS_JOB}:${associationId}:${notice.flowId}` },
    );
  } else if (notice.flowDirection === "Out" && notice.acknowledgement?.status === "Error") {
    await recordInadmissible(associationId, notice.flowId, notice.acknowledgement.details ?? [], now);
  }
  return { status: 200, message: "OK" };
}

/** Our own flow failed the PA's intake checks: the document is "Irrecevable" (501), with the PA's reasons. */
async function recordInadmissible(
  associationId: string,
  flowId: string,
  details: { reasonCode: string; reasonMessage: string }[],
  now: Date,
) {
  const transmission = await db().eInvoiceTransmission.findFirst({
    where: { associationId, flowId },
    select: { invoiceId: true },
  });
  if (!transmission) return;
  await appendStatuses(db(), [
    {
      associationId,
      invoiceId: transmission.invoiceId,
      channel: "PA",
      code: "501",
      occurredAt: now,
      reasonCode: details
        .map((detail) => detail.reasonCode)
        .join(", ")
        .slice(0, 200),
      reasonText: details
        .map((detail) => detail.reasonMessage)
        .join(" ")
        .slice(0, 2000),
      source: "WEBHOOK",
      sourceKey: `ack:${flowId}`,
    },
  ]);
}
