// Timers tapped without network. The phone records the instant of each tap and sends them when
// the network returns, keyed by the timer's clientId: the start creates the running entry (or
// the existing one answers), the stop ends that very entry at the tapped instant. Sent twice,
// concurrently, or after the timer was already stopped online, each tap still counts once:
// startTimer is idempotent by clientId and the stop only finds a timer that still runs.
import type { TimeEntry } from "~/generated/prisma/client.ts";
import { db } from "~/utils/db.server";
import type { Actor } from "./time-entries.server";
import { timeRefusal, timeRefusalCode } from "./time-refusal";
import { startTimer, stopTimer } from "./timers.server";

/** How far ahead of the server a phone's clock may be; a tap later than that is refused. */
export const CLOCK_DRIFT_MS = 5 * 60_000;

export type TimerTaps = { clientId: string; interventionId: string; startedAt: Date; endedAt: Date | null };
export type TimerSyncOutcome =
  | { status: "started" | "stopped" | "created" | "duplicate"; entry: TimeEntry }
  // Stopped within half a minute of its start: like online, a 0-minute timer is never saved.
  | { status: "discarded" };

const byClientId = (user: Actor, clientId: string) =>
  db().timeEntry.findUnique({ where: { associationId_clientId: { associationId: user.associationId, clientId } } });

/** A tap a little ahead of the server's clock happened "now"; further ahead, it cannot be true. */
function tappedInstant(at: Date, now: Date) {
  if (at.getTime() > now.getTime() + CLOCK_DRIFT_MS) throw timeRefusal("END_IN_FUTURE");
  return at.getTime() > now.getTime() ? now : at;
}

async function stopTapped(user: Actor, clientId: string, at: Date, now: Date): Promise<TimerSyncOutcome> {
  try {
    const result = await stopTimer(user, { confirm: false, tapped: { clientId, at } }, now);
    if (result.status === "discarded") return { status: "discarded" };
    // A tapped stop never asks for confirmation (the tap is the technician's answer).
    if (result.status !== "stopped") throw new Error(`Unexpected timer stop outcome: ${result.status}`);
    return { status: "stopped", entry: result.entry };
  } catch (error) {
    // Another send of the same stop won the race: the timer is stopped once, and this is a replay.
    const stored = timeRefusalCode(error) === "NO_TIMER" ? await byClientId(user, clientId) : null;
    if (stored?.endedAt) return { status: "duplicate", entry: stored };
    if (stored?.deletedAt) return { status: "discarded" };
    throw error;
  }
}

export async function syncTimerTaps(user: Actor, taps: TimerTaps, now = new Date()): Promise<TimerSyncOutcome> {
  const startedAt = tappedInstant(taps.startedAt, now);
  const endedAt = taps.endedAt ? tappedInstant(taps.endedAt, now) : null;
  if (endedAt && endedAt.getTime() <= startedAt.getTime()) throw timeRefusal("END_BEFORE_START");
  const known = await byClientId(user, taps.clientId);
  // This timer was discarded (under a minute): a replay of its taps records nothing either.
  if (known?.deletedAt) return { status: "discarded" };
  if (known) {
    if (known.endedAt || !endedAt) {
      // Same technician or not, startTimer decides (a replay, or CLIENT_ID_TAKEN).
      const entry = await startTimer(user, taps.interventionId, taps.clientId, startedAt);
      return { status: "duplicate", entry };
    }
    return stopTapped(user, taps.clientId, endedAt, now);
  }
  const started = await startTimer(user, taps.interventionId, taps.clientId, startedAt);
  if (!endedAt) return { status: "started", entry: started };
  const stopped = await stopTapped(user, taps.clientId, endedAt, now);
  return stopped.status === "stopped" ? { ...stopped, status: "created" } : stopped;
}
