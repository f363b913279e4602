// The one lifecycle of an intervention, from the member's request to the signed report. Pure:
// services ask `transition` whether an event is allowed in the current state, and refuse with
// the returned reason when it is not, so every screen and every rule agrees on the same table.
//
//   REQUESTED ─propose→ PROPOSED ─accept→ PLANNED ─logTime→ IN_PROGRESS ─close→ DONE ─sign→ SIGNED
//       │                  │ decline → REQUESTED      │ move (same state)
//       └──plan──→ PLANNED └──plan──→ PLANNED          cancel from REQUESTED, PROPOSED, PLANNED only
//   DONE and SIGNED are corrected (same state) by an adjustment movement, never cancelled or moved.

/** The states an intervention (a slot in the calendar) can be in: a bare request has no slot yet. */
export const CALENDAR_STATES = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "SIGNED", "CANCELLED"] as const;
export type CalendarState = (typeof CALENDAR_STATES)[number];

/** A request's states: asked for (no slot yet), then those of its intervention. */
export const LIFECYCLE_STATES = ["REQUESTED", ...CALENDAR_STATES] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const LIFECYCLE_EVENTS = [
  "propose",
  "plan",
  "accept",
  "decline",
  "move",
  "logTime",
  "close",
  "sign",
  "cancel",
  "correct",
] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

const TABLE: Record<LifecycleEvent, Partial<Record<LifecycleState, LifecycleState>>> = {
  propose: { REQUESTED: "PROPOSED", PROPOSED: "PROPOSED" },
  plan: { REQUESTED: "PLANNED", PROPOSED: "PLANNED" },
  accept: { PROPOSED: "PLANNED" },
  decline: { PROPOSED: "REQUESTED" },
  move: { PLANNED: "PLANNED" },
  // Time may still be logged on a closed visit until the member signs; the signature freezes it.
  logTime: { PLANNED: "IN_PROGRESS", IN_PROGRESS: "IN_PROGRESS", DONE: "DONE" },
  close: { IN_PROGRESS: "DONE" },
  sign: { DONE: "SIGNED" },
  cancel: { REQUESTED: "CANCELLED", PROPOSED: "CANCELLED", PLANNED: "CANCELLED" },
  // A finished visit's charge is corrected by appending an adjustment (treasurer or admin, with a
  // reason); the state, the entries and the signed report stay as they are.
  correct: { DONE: "DONE", SIGNED: "SIGNED" },
};

export type TransitionResult =
  { ok: true; to: LifecycleState } | { ok: false; from: LifecycleState; event: LifecycleEvent };

export function transition(from: LifecycleState, event: LifecycleEvent): TransitionResult {
  const to = TABLE[event][from];
  return to ? { ok: true, to } : { ok: false, from, event };
}

export function canTransition(from: LifecycleState, event: LifecycleEvent): boolean {
  return TABLE[event][from] !== undefined;
}

/** The state a request shows: its intervention's once it has one, else the request's own. */
export function lifecycleStateOf(
  requestStatus: string | null,
  interventionStatus: string | null | undefined,
): LifecycleState {
  if (requestStatus === "CANCELLED" || interventionStatus === "CANCELLED") return "CANCELLED";
  if (interventionStatus && isLifecycleState(interventionStatus)) return interventionStatus;
  return requestStatus && isLifecycleState(requestStatus) ? requestStatus : "REQUESTED";
}

/** The request row follows its intervention: in progress is still PLANNED, signed is DONE. */
export function requestStatusOf(state: LifecycleState): "REQUESTED" | "PROPOSED" | "PLANNED" | "DONE" | "CANCELLED" {
  if (state === "IN_PROGRESS") return "PLANNED";
  if (state === "SIGNED") return "DONE";
  return state;
}

export function isLifecycleState(value: string): value is LifecycleState {
  return (LIFECYCLE_STATES as readonly string[]).includes(value);
}

/** A list filter read from `?etat=`: a known state, or null for all. */
export function stateFilterOf(value: string | null): LifecycleState | null {
  return value && isLifecycleState(value) ? value : null;
}

/** Interventions that still hold their planned time in reserve on the member's balance. */
export const RESERVING_STATES = ["PLANNED", "IN_PROGRESS"] as const satisfies readonly LifecycleState[];

/**
 * Minutes a cancellation charges: the planned time, only for a planned visit not yet started
 * (no time logged) cancelled inside the late window, and never when staff waive it. Time already
 * consumed is never charged twice: an intervention in progress cannot be cancelled at all.
 */
export function lateCancellationMinutes(input: {
  state: LifecycleState;
  startsAt: Date;
  now: Date;
  lateCancellationHours: number;
  plannedMinutes: number;
  hasMember: boolean;
  hasTime: boolean;
  waived: boolean;
}): { late: boolean; minutes: number } {
  const late =
    input.state === "PLANNED" &&
    !input.hasTime &&
    input.hasMember &&
    input.startsAt.getTime() - input.now.getTime() < input.lateCancellationHours * 3_600_000;
  return { late, minutes: late && !input.waived ? input.plannedMinutes : 0 };
}
