// One tap starts a timer on an intervention, one tap stops it. A technician has at most one
// running timer; a timer stopped after the working day (or past 12 h) is saved only once the
// technician has confirmed or corrected its end.
import type { TimeEntry } from "~/generated/prisma/client.ts";
import { db } from "~/utils/db.server";
import { dateColumn } from "~/domain/calendar/date-columns";
import { accountedMinutes } from "./accounted-minutes";
import { MAX_ENTRY_MINUTES, minutesBetween } from "./durations";
import { accountingRulesOf, assertDateUnlocked } from "./time-ledger.server";
import { lockVisitForTime, markVisitStarted, settleEntry } from "./visit-ledger.server";
import { assertNoOverlap, auditEntry, lockOwnTechnician, type Actor } from "./time-entries.server";
import { timeRefusal } from "./time-refusal";
import { timerStopProposal } from "./work-day";
import { localDateOf, zonedLocalTimeToInstant } from "../calendar/zoned-time";

const runningWhere = (associationId: string, technicianId: string) => ({
  associationId,
  technicianId,
  deletedAt: null,
  startedAt: { not: null },
  endedAt: null,
});

/** Starts a timer; refuses while another runs, naming it. A repeated tap (same clientId) is a no-op. */
export async function startTimer(
  user: Actor,
  interventionId: string,
  clientId: string,
  now = new Date(),
): Promise<TimeEntry> {
  return db().$transaction(async (tx) => {
    const technicianId = await lockOwnTechnician(tx, user);
    const repeat = await tx.timeEntry.findUnique({
      where: { associationId_clientId: { associationId: user.associationId, clientId } },
    });
    if (repeat && repeat.technicianId === technicianId) return repeat;
    if (repeat) throw timeRefusal("CLIENT_ID_TAKEN");
    const running = await tx.timeEntry.findFirst({
      where: runningWhere(user.associationId, technicianId),
      select: {
        startedAt: true,
        notes: true,
        intervention: { select: { title: true, member: { select: { name: true } } } },
      },
    });
    if (running) {
      const title = running.intervention
        ? [running.intervention.title, running.intervention.member?.name].filter(Boolean).join(" — ")
        : running.notes;
      throw timeRefusal("TIMER_RUNNING", { title, since: running.startedAt! });
    }
    const intervention = await lockVisitForTime(tx, user.associationId, interventionId);
    const localDate = localDateOf(now, user.timeZone);
    await assertDateUnlocked(tx, user.associationId, localDate);
    // Starting the timer is the visit's first time: it is in progress from now.
    await markVisitStarted(tx, intervention.id, intervention.status);
    const entry = await tx.timeEntry.create({
      data: {
        associationId: user.associationId,
        technicianId,
        clientId,
        kind: intervention.mode === "REMOTE" ? "REMOTE" : "ON_SITE",
        startedAt: now,
        endedAt: null,
        localDate: dateColumn(localDate),
        rawMinutes: 0,
        accountedMinutes: 0,
        interventionId: intervention.id,
        memberId: intervention.memberId,
      },
    });
    await auditEntry(tx, user, "time.timer.start", entry, null);
    return entry;
  });
}

export type StopTimerInput = {
  confirm: boolean;
  endDate?: string;
  endTime?: string;
  /** A stop tapped offline: that timer (by clientId) ends at the instant the phone recorded, no question asked. */
  tapped?: { clientId: string; at: Date };
};

export type StopTimerResult =
  | { status: "stopped"; entry: TimeEntry }
  | { status: "discarded" }
  | {
      status: "confirm";
      reason: "AFTER_WORKDAY" | "DAY_OFF" | "TOO_LONG";
      startedAt: Date;
      proposedEnd: Date;
      rawMinutes: number;
    };

/** Stops the running timer, or says what to confirm first (nothing is written then). */
export async function stopTimer(user: Actor, input: StopTimerInput, now = new Date()): Promise<StopTimerResult> {
  return db().$transaction(async (tx) => {
    const technicianId = await lockOwnTechnician(tx, user);
    const before = await tx.timeEntry.findFirst({
      where: {
        ...runningWhere(user.associationId, technicianId),
        ...(input.tapped ? { clientId: input.tapped.clientId } : {}),
      },
    });
    if (!before || !before.startedAt) throw timeRefusal("NO_TIMER");
    const startedAt = before.startedAt;
    // Started and stopped within the minute: a 0-minute entry is never saved (nor charged).
    const discard = async (): Promise<StopTimerResult> => {
      const discarded = await tx.timeEntry.update({ where: { id: before.id }, data: { deletedAt: now } });
      await auditEntry(tx, user, "time.timer.discard", discarded, before);
      return { status: "discarded" };
    };
    if (minutesBetween(startedAt, now) === 0) return discard();
    const pattern = await tx.workPatternDay.findMany({ where: { technicianId } });
    const proposal = timerStopProposal(startedAt, now, pattern, user.timeZone);
    if (proposal.confirm && !input.confirm && !input.tapped) {
      return {
        status: "confirm",
        reason: proposal.confirm,
        startedAt,
        proposedEnd: proposal.endAt,
        rawMinutes: minutesBetween(startedAt, proposal.endAt),
      };
    }
    let endedAt = input.tapped?.at ?? proposal.endAt;
    if (input.confirm && input.endDate && input.endTime) {
      try {
        const typed = zonedLocalTimeToInstant(input.endDate, input.endTime, user.timeZone);
        // The form shows minutes only: the proposed end, kept as typed, keeps its seconds.
        if (Math.floor(typed.getTime() / 60_000) !== Math.floor(proposal.endAt.getTime() / 60_000)) endedAt = typed;
      } catch {
        throw timeRefusal("INVALID_TIME");
      }
    }
    if (endedAt.getTime() <= startedAt.getTime()) throw timeRefusal("END_BEFORE_START");
    if (endedAt.getTime() > now.getTime() + 60_000) throw timeRefusal("END_IN_FUTURE");
    const rawMinutes = minutesBetween(startedAt, endedAt);
    if (rawMinutes > MAX_ENTRY_MINUTES) throw timeRefusal("TOO_LONG");
    if (rawMinutes === 0) return discard();
    await assertDateUnlocked(tx, user.associationId, localDateOf(startedAt, user.timeZone));
    await assertNoOverlap(tx, user.associationId, technicianId, startedAt, endedAt, before.id);
    const rules = await accountingRulesOf(tx, user.associationId);
    if (before.interventionId) await lockVisitForTime(tx, user.associationId, before.interventionId);
    const stopped = await tx.timeEntry.update({
      where: { id: before.id },
      data: { endedAt, rawMinutes, accountedMinutes: accountedMinutes(rawMinutes, before.kind, rules) },
    });
    const entry = await settleEntry(tx, user.associationId, stopped, user.id);
    await auditEntry(tx, user, "time.timer.stop", entry, before);
    return { status: "stopped", entry };
  });
}
