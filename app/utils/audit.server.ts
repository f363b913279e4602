// The one place that writes audit-log rows. Services call it inside the transaction that makes
// the change, so the trail and the change commit (or roll back) together.
import { Prisma } from "~/generated/prisma/client.ts";
import type { Tx } from "~/utils/db.server";

/** Who acted: a user of the association, or null for the system (scheduled jobs, webhooks). */
export interface AuditActor {
  id: string | null;
  associationId: string;
}

/**
 * One audit entry. `before`/`after` left out are stored as SQL NULL (nothing to show);
 * an explicit `null` is stored as the JSON value null (the state did not exist yet).
 */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  reason?: string;
}

/** A whole row (or any object) as plain JSON for `before`/`after`: Dates become ISO strings. */
export const auditSnapshot = (value: object) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

const jsonColumn = (value: Prisma.InputJsonValue | null | undefined) => (value === null ? Prisma.JsonNull : value);

function rowOf(actor: AuditActor, entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    associationId: actor.associationId,
    actorUserId: actor.id,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: jsonColumn(entry.before),
    after: jsonColumn(entry.after),
    reason: entry.reason ?? "",
  };
}

export async function recordAudit(client: Tx, actor: AuditActor, entry: AuditEntry) {
  await client.auditLog.create({ data: rowOf(actor, entry) });
}

/** Several entries by the same actor in one statement (e.g. a whole renewal). */
export async function recordAudits(client: Tx, actor: AuditActor, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await client.auditLog.createMany({ data: entries.map((entry) => rowOf(actor, entry)) });
}

/** What a creation or deletion entry says besides the row's id; the whole row is the state unless `state` is given. */
type RowAuditEntry = Pick<AuditEntry, "action" | "entityType"> & { state?: Prisma.InputJsonObject };

/** Audits a row just created (its state as `after`) or just deleted (as `before`), and gives the row back. */
export async function auditRowChange<Row extends { id: string }>(
  client: Tx,
  actor: AuditActor,
  change: "created" | "deleted",
  { state, ...entry }: RowAuditEntry,
  row: Row,
): Promise<Row> {
  const rowState = state ?? auditSnapshot(row);
  await recordAudit(client, actor, {
    ...entry,
    entityId: row.id,
    ...(change === "created" ? { after: rowState } : { before: rowState }),
  });
  return row;
}
