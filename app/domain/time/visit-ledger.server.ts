// The time of one intervention, kept in step with its lifecycle: an entry may be logged only on
// a planned, running or closed visit (never once signed or cancelled); the first entry starts it
// (PLANNED → IN_PROGRESS); after every change the visit is re-accounted as a whole
// (visit-accounting.ts) and each entry's ledger movements follow its share.
import type { Tx } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { transition, type LifecycleState } from "../scheduling/lifecycle";
import { accountingRulesOf, syncEntryLedger } from "./time-ledger.server";
import { timeRefusal } from "./time-refusal";
import { accountVisit } from "./visit-accounting";

type EntryRow = Parameters<typeof syncEntryLedger>[2];

/** Locks the intervention (signing locks it too) and refuses time on a visit that cannot take it. */
export async function lockVisitForTime(
  tx: Tx,
  associationId: string,
  interventionId: string,
): Promise<{ id: string; memberId: string | null; mode: string; status: LifecycleState }> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Intervention" WHERE id = ${interventionId} AND "associationId" = ${associationId} FOR UPDATE`;
  if (locked.length === 0) notFound();
  const intervention = await tx.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: { id: true, memberId: true, mode: true, status: true, title: true, report: { select: { signedAt: true } } },
  });
  const status: LifecycleState = intervention.report?.signedAt ? "SIGNED" : intervention.status;
  if (!transition(status, "logTime").ok) {
    if (status === "SIGNED") throw timeRefusal("INTERVENTION_SIGNED", { title: intervention.title });
    if (status === "CANCELLED") throw timeRefusal("INTERVENTION_CANCELLED", { title: intervention.title });
    throw timeRefusal("INTERVENTION_NOT_PLANNED", { title: intervention.title });
  }
  return { id: intervention.id, memberId: intervention.memberId, mode: intervention.mode, status };
}

/** The first time logged on a planned visit marks it in progress. */
export async function markVisitStarted(tx: Tx, interventionId: string, status: LifecycleState) {
  const next = transition(status, "logTime");
  if (next.ok && next.to === "IN_PROGRESS" && status !== "IN_PROGRESS")
    await tx.intervention.update({ where: { id: interventionId }, data: { status: "IN_PROGRESS" } });
}

const finished = { OR: [{ startedAt: null }, { endedAt: { not: null } }] };

/**
 * Re-accounts the visit: the on-site minimum and the rounding apply to the sum of its entries of
 * each kind; each entry gets its share, and its ledger movements append the difference.
 */
export async function reaccountVisit(tx: Tx, associationId: string, interventionId: string, actorUserId: string) {
  const entries = await tx.timeEntry.findMany({
    where: { associationId, interventionId, deletedAt: null, kind: { not: "POOLED" }, ...finished },
    orderBy: [{ localDate: "asc" }, { startedAt: "asc" }, { createdAt: "asc" }],
  });
  if (entries.length === 0) return;
  const rules = await accountingRulesOf(tx, associationId);
  const account = accountVisit(entries, rules);
  for (const [index, entry] of entries.entries()) {
    const share = account.perEntry[index];
    const current =
      share === entry.accountedMinutes
        ? entry
        : await tx.timeEntry.update({ where: { id: entry.id }, data: { accountedMinutes: share } });
    await syncEntryLedger(tx, associationId, current, actorUserId);
  }
}

/**
 * What every entry write ends with: the entry's own ledger, then the visits it belongs (or
 * belonged) to re-accounted. Returns the entry as stored now (its share may have changed).
 */
export async function settleEntry<Entry extends EntryRow>(
  tx: Tx,
  associationId: string,
  entry: Entry,
  actorUserId: string,
  previousInterventionId?: string | null,
): Promise<Entry> {
  const visits = new Set([entry.interventionId, previousInterventionId].filter((id): id is string => Boolean(id)));
  // An entry that counts in its visit is charged once, at its share: reaccountVisit syncs it.
  const countsInVisit =
    Boolean(entry.interventionId) &&
    !entry.deletedAt &&
    entry.kind !== "POOLED" &&
    !(entry.startedAt && !entry.endedAt);
  if (!countsInVisit) await syncEntryLedger(tx, associationId, entry, actorUserId);
  for (const interventionId of visits) await reaccountVisit(tx, associationId, interventionId, actorUserId);
  if (visits.size === 0) return entry;
  const stored = await tx.timeEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { accountedMinutes: true } });
  return { ...entry, accountedMinutes: stored.accountedMinutes };
}
