// The append-only log of lifecycle statuses (EInvoiceStatus). Rows are only ever inserted: a status
// already recorded under the same sourceKey (the CDAR flow, the deposit, the Chorus Pro history entry) is
// skipped, which is what makes every delivery path idempotent.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Tx } from "~/utils/db.server";

export type StatusRow = Omit<Prisma.EInvoiceStatusCreateManyInput, "id" | "createdAt">;

/** Appends statuses; returns how many were new. */
export async function appendStatuses(client: Tx, rows: StatusRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await client.eInvoiceStatus.createMany({ data: rows, skipDuplicates: true })).count;
}
