// The append-only log of lifecycle statuses (EInvoiceStatus). Rows are only ever inserted: a status
// already recorded under the same sourceKey (the CDAR flow, the deposit, the Chorus Pro history entry) is
// skipped, which is what makes every delivery path idempotent.
import type { Prisma } from "~/generated/prisma/client.ts";
import { currentStatus, isRejection } from "./lifecycle-status";
import { db, type Tx } from "~/utils/db.server";
import { config } from "~/utils/config.server";
import { enqueueJob } from "~/utils/outbox.server";

export type StatusRow = Omit<Prisma.EInvoiceStatusCreateManyInput, "id" | "createdAt">;

/** Appends statuses; returns how many were new. */
export async function appendStatuses(client: Tx, rows: StatusRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await client.eInvoiceStatus.createMany({ data: rows, skipDuplicates: true })).count;
}

/** Of these invoices, those whose current lifecycle status is a rejection (never received by the buyer). */
export async function currentlyRejected(client: Tx, associationId: string, invoiceIds: string[]): Promise<Set<string>> {
  if (invoiceIds.length === 0) return new Set();
  const rows = await client.eInvoiceStatus.findMany({
    where: { associationId, invoiceId: { in: invoiceIds } },
    select: { invoiceId: true, code: true, occurredAt: true, createdAt: true },
  });
  const byInvoice = new Map<string, typeof rows>();
  for (const row of rows) byInvoice.set(row.invoiceId, [...(byInvoice.get(row.invoiceId) ?? []), row]);
  const rejected = new Set<string>();
  for (const [invoiceId, events] of byInvoice) {
    const current = currentStatus(events);
    if (current && isRejection(current.code)) rejected.add(invoiceId);
  }
  return rejected;
}

/**
 * A periodic task's work: one status-search job of `kind` per association the `connected` filter keeps
 * (those whose platform connection is configured), at most one per interval.
 */
export async function enqueueStatusSearches(
  kind: string,
  connected: Prisma.AssociationWhereInput,
  now: Date,
): Promise<number> {
  const associations = await db().association.findMany({ where: connected, select: { id: true } });
  const slot = Math.floor(now.getTime() / (config().PA_POLL_MINUTES * 60 * 1000));
  let enqueued = 0;
  for (const { id: associationId } of associations) {
    if (
      await enqueueJob(db(), kind, { associationId }, { associationId, dedupeKey: `${kind}:${associationId}:${slot}` })
    )
      enqueued += 1;
  }
  return enqueued;
}
