// Lifecycle statuses from the plateforme agréée. They arrive two ways, both through the outbox:
// - the PA's webhook (pa-webhook.server.ts) names a new lifecycle flow; a job downloads it;
// - a periodic search (POST /v1/flows/search, updatedAfter) finds every lifecycle flow since the last one,
//   so a lost webhook only delays a status.
// Either way the CDAR file is downloaded from the PA itself and each status is appended once, keyed by the
// flow's id: a duplicated, replayed or late delivery changes nothing twice, and the timeline orders by date.
import { appOrigin } from "~/utils/env.server";
import { db, type Tx } from "~/utils/db.server";
import { enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { sealSecret } from "~/utils/secret-box.server";
import { readCdarStatuses } from "./cdar";
import { createWebhook, downloadFlow, searchFlows } from "./pa-client.server";
import { paConnectionOf } from "./pa-transmission.server";
import { appendStatuses, enqueueStatusSearches, type StatusRow } from "./status-log.server";

export const PA_STATUS_JOB = "einvoice-pa-status";
export const PA_POLL_JOB = "einvoice-pa-poll";
export const PA_WEBHOOK_JOB = "einvoice-pa-webhook";
export const PA_WEBHOOK_KEY_PURPOSE = "pa-webhook-signing-key";
/** Lifecycle messages about the invoices we issued (CDAR), coming in from the PA. */
export const LIFECYCLE_FLOW_TYPES = ["CustomerInvoiceLC"];
// A search asks again for the last few minutes: a flow stamped the same instant as the previous search's
// last one is not lost, and recording is idempotent anyway.
const SEARCH_OVERLAP_MS = 5 * 60 * 1000;

/** Downloads one lifecycle flow from the PA and records the statuses it carries about our documents. */
export async function recordLifecycleFlow(
  associationId: string,
  flowId: string,
  source: "WEBHOOK" | "POLL",
): Promise<number> {
  const connection = await paConnectionOf(associationId);
  const statuses = readCdarStatuses(await downloadFlow(connection, flowId));
  // Only this association's documents sent to the PA: a message about anything else is ignored.
  const invoices = await db().invoice.findMany({
    where: {
      associationId,
      number: { in: statuses.map((status) => status.invoiceNumber) },
      einvoiceTransmission: { channel: "PA" },
    },
    select: { id: true, number: true },
  });
  const idOf = new Map(invoices.map((invoice) => [invoice.number, invoice.id]));
  const rows = statuses.flatMap((status, index): StatusRow[] => {
    const invoiceId = idOf.get(status.invoiceNumber);
    if (!invoiceId) return [];
    const { code, occurredAt, reasonCode, reasonText } = status;
    return [
      {
        associationId,
        invoiceId,
        channel: "PA",
        code,
        occurredAt,
        reasonCode: reasonCode.slice(0, 200),
        reasonText: reasonText.slice(0, 2000),
        source,
        sourceKey: `cdar:${flowId}:${index}`,
      },
    ];
  });
  return appendStatuses(db(), rows);
}

/** Searches the PA for lifecycle flows updated since the last search, and records each one. */
export async function pollPaStatuses(associationId: string): Promise<number> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { paStatusesSearchedTo: true },
  });
  const connection = await paConnectionOf(associationId);
  const since = association.paStatusesSearchedTo;
  const where = {
    flowType: LIFECYCLE_FLOW_TYPES,
    flowDirection: ["In" as const],
    ...(since ? { updatedAfter: new Date(since.getTime() - SEARCH_OVERLAP_MS).toISOString() } : {}),
  };
  let latest = since?.getTime() ?? 0;
  let recorded = 0;
  let cursor: string | undefined;
  do {
    const page = await searchFlows(connection, where, cursor);
    for (const flow of page.results) {
      recorded += await recordLifecycleFlow(associationId, flow.flowId, "POLL");
      latest = Math.max(latest, new Date(flow.updatedAt).getTime() || 0);
    }
    cursor = page.nextCursor;
  } while (cursor);
  if (latest > 0)
    await db().association.update({ where: { id: associationId }, data: { paStatusesSearchedTo: new Date(latest) } });
  return recorded;
}

/** The periodic task: one search job per association sending to a PA, at most one per interval. */
export async function enqueuePaStatusSearches(now = new Date()): Promise<number> {
  return enqueueStatusSearches(PA_POLL_JOB, { paBaseUrl: { not: "" }, paClientSecretSealed: { not: null } }, now);
}

/** Called when the PA connection is saved: subscribe (again) to the PA's status notifications. */
export function enqueueWebhookSubscription(tx: Tx, associationId: string, version: Date) {
  return enqueueJob(
    tx,
    PA_WEBHOOK_JOB,
    { associationId },
    { associationId, dedupeKey: `${PA_WEBHOOK_JOB}:${associationId}:${version.getTime()}` },
  );
}

export function paWebhookUrl(associationId: string): string {
  return `${appOrigin()}/webhooks/pa/${associationId}`;
}

async function subscribeToStatuses(associationId: string) {
  const connection = await paConnectionOf(associationId);
  const { webhookId, signingKey } = await createWebhook(connection, {
    callbackUrl: paWebhookUrl(associationId),
    flowTypes: LIFECYCLE_FLOW_TYPES,
    flowDirection: "In",
  });
  await db().association.update({
    where: { id: associationId },
    data: { paWebhookId: webhookId, paWebhookKeySealed: sealSecret(signingKey, PA_WEBHOOK_KEY_PURPOSE) },
  });
}

type AssociationPayload = { associationId: string };
type FlowPayload = { associationId: string; flowId: string };

registerOutboxHandler(PA_STATUS_JOB, async (raw) => {
  const { associationId, flowId } = raw as unknown as FlowPayload;
  await recordLifecycleFlow(associationId, flowId, "WEBHOOK");
});
registerOutboxHandler(
  PA_POLL_JOB,
  async (raw) => void (await pollPaStatuses((raw as unknown as AssociationPayload).associationId)),
);
registerOutboxHandler(PA_WEBHOOK_JOB, (raw) =>
  subscribeToStatuses((raw as unknown as AssociationPayload).associationId),
);
