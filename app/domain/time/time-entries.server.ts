// Creating, editing and deleting the technician's own time entries. Every write locks the
// technician's row first, so a technician's entries are written one at a time: the overlap check,
// the one-timer rule and the idempotent create by clientId all hold under concurrent requests.
import { Prisma, type TimeEntry } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import { accountedMinutes } from "./accounted-minutes";
import { resolveEntryTimes } from "./entry-times";
import { accountingRulesOf, assertDateUnlocked } from "./time-ledger.server";
import { lockVisitForTime, markVisitStarted, settleEntry } from "./visit-ledger.server";
import { localDateOf } from "../calendar/zoned-time";
import { durationOf, type TimeEntryInput } from "./time-entry.schema";
import { timeRefusal } from "./time-refusal";

export type Actor = Pick<CurrentUser, "id" | "associationId" | "timeZone">;

/** Clock drift allowed between the phone and the server before an end counts as "in the future". */
export const FUTURE_DRIFT_MS = 5 * 60_000;

/** The technician's own Technician row (userId = the user, in the association), locked until commit. */
export async function lockOwnTechnician(tx: Tx, user: Actor): Promise<string> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Technician" WHERE "userId" = ${user.id} AND "associationId" = ${user.associationId} FOR UPDATE`;
  if (!rows[0]) throw timeRefusal("NOT_TECHNICIAN");
  return rows[0].id;
}

/** What the audit log keeps of an entry, before and after each change. */
export function entrySnapshot(entry: TimeEntry) {
  return {
    kind: entry.kind,
    startedAt: entry.startedAt?.toISOString() ?? null,
    endedAt: entry.endedAt?.toISOString() ?? null,
    localDate: isoOf(entry.localDate),
    rawMinutes: entry.rawMinutes,
    accountedMinutes: entry.accountedMinutes,
    notes: entry.notes,
    interventionId: entry.interventionId,
    memberId: entry.memberId,
    deletedAt: entry.deletedAt?.toISOString() ?? null,
  };
}

/** Every change to an entry is logged with its snapshot before (JSON null when just created) and after. */
export async function auditEntry(tx: Tx, user: Actor, action: string, entry: TimeEntry, before: TimeEntry | null) {
  await recordAudit(tx, user, {
    action,
    entityType: "TimeEntry",
    entityId: entry.id,
    before: before ? entrySnapshot(before) : null,
    after: entrySnapshot(entry),
  });
}

/** Refuses an entry that overlaps another timed entry of the same technician (a running timer ends now). */
export async function assertNoOverlap(
  tx: Tx,
  associationId: string,
  technicianId: string,
  startedAt: Date | null,
  endedAt: Date | null,
  excludeId?: string,
) {
  if (!startedAt || !endedAt) return;
  const others = await tx.timeEntry.findMany({
    where: {
      associationId,
      technicianId,
      deletedAt: null,
      id: excludeId ? { not: excludeId } : undefined,
      startedAt: { not: null, lt: endedAt },
    },
    select: { startedAt: true, endedAt: true, notes: true, intervention: { select: { title: true } } },
  });
  const now = Date.now();
  const clash = others.find((other) => (other.endedAt?.getTime() ?? now) > startedAt.getTime());
  if (clash)
    throw timeRefusal("OVERLAP", {
      other: clash.intervention?.title ?? clash.notes ?? "",
      start: clash.startedAt!,
      end: clash.endedAt ?? new Date(now),
    });
}

async function resolveInput(tx: Tx, user: Actor, input: TimeEntryInput, now: Date) {
  const times = resolveEntryTimes(
    input.mode === "times"
      ? { date: input.date, mode: "times", startTime: input.startTime ?? "", endTime: input.endTime ?? "" }
      : { date: input.date, mode: "duration", durationMinutes: durationOf(input) },
    user.timeZone,
  );
  if (!times.ok) throw timeRefusal(times.error);
  // Time is logged once worked: an end in the future (beyond clock drift) would be charged at once.
  if (times.value.endedAt && times.value.endedAt.getTime() > now.getTime() + FUTURE_DRIFT_MS)
    throw timeRefusal("END_IN_FUTURE");
  if (!times.value.endedAt && times.value.localDate > localDateOf(now, user.timeZone)) throw timeRefusal("FUTURE_DATE");
  let interventionId: string | null = null;
  let memberId: string | null = null;
  let visitStatus = null;
  if (input.interventionId) {
    const intervention = await lockVisitForTime(tx, user.associationId, input.interventionId);
    interventionId = intervention.id;
    visitStatus = intervention.status;
    memberId = input.kind === "POOLED" ? null : intervention.memberId;
  } else if (input.memberId && input.kind === "REMOTE") {
    const member = await tx.member.findFirst({
      where: { id: input.memberId, associationId: user.associationId },
      select: { id: true },
    });
    if (!member) notFound();
    memberId = member.id;
  }
  return { ...times.value, kind: input.kind, interventionId, memberId, visitStatus, notes: input.notes ?? "" };
}

/**
 * The entry's columns from the form, once checked (its date is in an open period, it overlaps no
 * other entry of the technician but `editedEntryId`): the raw time as typed, the accounted time
 * computed from it.
 */
async function checkedEntryColumns(
  tx: Tx,
  user: Actor,
  technicianId: string,
  input: TimeEntryInput,
  editedEntryId?: string,
  now = new Date(),
) {
  const resolved = await resolveInput(tx, user, input, now);
  await assertDateUnlocked(tx, user.associationId, resolved.localDate);
  await assertNoOverlap(tx, user.associationId, technicianId, resolved.startedAt, resolved.endedAt, editedEntryId);
  const rules = await accountingRulesOf(tx, user.associationId);
  if (resolved.interventionId && resolved.visitStatus)
    await markVisitStarted(tx, resolved.interventionId, resolved.visitStatus);
  return {
    kind: resolved.kind,
    startedAt: resolved.startedAt,
    endedAt: resolved.endedAt,
    localDate: dateColumn(resolved.localDate),
    rawMinutes: resolved.rawMinutes,
    accountedMinutes: accountedMinutes(resolved.rawMinutes, resolved.kind, rules),
    notes: resolved.notes,
    interventionId: resolved.interventionId,
    memberId: resolved.memberId,
  };
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Creates an entry once per clientId: a replay (offline queue, double tap, concurrent sync)
 * returns the entry already stored, with `duplicate: true`, and writes nothing.
 */
export async function createTimeEntry(
  user: Actor,
  input: TimeEntryInput,
  now = new Date(),
): Promise<{ entry: TimeEntry; duplicate: boolean }> {
  const { associationId } = user;
  try {
    return await db().$transaction(async (tx) => {
      const technicianId = await lockOwnTechnician(tx, user);
      const existing = await tx.timeEntry.findUnique({
        where: { associationId_clientId: { associationId, clientId: input.clientId } },
      });
      if (existing) {
        if (existing.technicianId !== technicianId) throw timeRefusal("CLIENT_ID_TAKEN");
        return { entry: existing, duplicate: true };
      }
      const columns = await checkedEntryColumns(tx, user, technicianId, input, undefined, now);
      const created = await tx.timeEntry.create({
        data: { associationId, technicianId, clientId: input.clientId, ...columns },
      });
      const entry = await settleEntry(tx, associationId, created, user.id);
      await auditEntry(tx, user, "time.create", entry, null);
      return { entry, duplicate: false };
    });
  } catch (error) {
    // Two first sends of the same clientId raced past the lookup (another technician row, or no
    // lock taken yet): the loser answers with the winner's entry.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db().timeEntry.findUnique({
      where: { associationId_clientId: { associationId, clientId: input.clientId } },
    });
    const technician = await db().technician.findFirst({
      where: { associationId, userId: user.id },
      select: { id: true },
    });
    if (existing && technician && existing.technicianId === technician.id) return { entry: existing, duplicate: true };
    throw timeRefusal("CLIENT_ID_TAKEN");
  }
}

async function lockedOwnEntry(tx: Tx, user: Actor, entryId: string) {
  const technicianId = await lockOwnTechnician(tx, user);
  const entry = await tx.timeEntry.findFirst({
    where: { id: entryId, associationId: user.associationId, technicianId, deletedAt: null },
  });
  if (!entry) notFound();
  await assertDateUnlocked(tx, user.associationId, isoOf(entry.localDate));
  // An entry of a signed visit is part of what was signed: it cannot change any more.
  if (entry.interventionId) await lockVisitForTime(tx, user.associationId, entry.interventionId);
  return { technicianId, entry };
}

/** Edits an entry; the raw time is what was typed, the accounted time is recomputed from it. */
export async function updateTimeEntry(
  user: Actor,
  entryId: string,
  input: TimeEntryInput,
  now = new Date(),
): Promise<TimeEntry> {
  return db().$transaction(async (tx) => {
    const { technicianId, entry: before } = await lockedOwnEntry(tx, user, entryId);
    if (before.startedAt && !before.endedAt) throw timeRefusal("RUNNING_ENTRY");
    const columns = await checkedEntryColumns(tx, user, technicianId, input, before.id, now);
    const updated = await tx.timeEntry.update({ where: { id: before.id }, data: columns });
    const entry = await settleEntry(tx, user.associationId, updated, user.id, before.interventionId);
    await auditEntry(tx, user, "time.update", entry, before);
    return entry;
  });
}

/** Deletes softly (the row stays for the audit trail) and gives the time back to the balance. */
export async function deleteTimeEntry(user: Actor, entryId: string): Promise<TimeEntry> {
  return db().$transaction(async (tx) => {
    const { entry: before } = await lockedOwnEntry(tx, user, entryId);
    const deleted = await tx.timeEntry.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    const entry = await settleEntry(tx, user.associationId, deleted, user.id);
    await auditEntry(tx, user, "time.delete", entry, before);
    return entry;
  });
}
