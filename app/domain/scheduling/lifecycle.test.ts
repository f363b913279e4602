import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  canTransition,
  LIFECYCLE_EVENTS,
  LIFECYCLE_STATES,
  lateCancellationMinutes,
  lifecycleStateOf,
  requestStatusOf,
  stateFilterOf,
  transition,
  type LifecycleEvent,
  type LifecycleState,
} from "./lifecycle";

// The whole table, written out: every pair not listed here must be refused.
const ALLOWED: [LifecycleState, LifecycleEvent, LifecycleState][] = [
  ["REQUESTED", "propose", "PROPOSED"],
  ["PROPOSED", "propose", "PROPOSED"],
  ["REQUESTED", "plan", "PLANNED"],
  ["PROPOSED", "plan", "PLANNED"],
  ["PROPOSED", "accept", "PLANNED"],
  ["PROPOSED", "decline", "REQUESTED"],
  ["PLANNED", "move", "PLANNED"],
  ["PLANNED", "logTime", "IN_PROGRESS"],
  ["IN_PROGRESS", "logTime", "IN_PROGRESS"],
  ["DONE", "logTime", "DONE"],
  ["IN_PROGRESS", "close", "DONE"],
  ["DONE", "sign", "SIGNED"],
  ["REQUESTED", "cancel", "CANCELLED"],
  ["PROPOSED", "cancel", "CANCELLED"],
  ["PLANNED", "cancel", "CANCELLED"],
  ["DONE", "correct", "DONE"],
  ["SIGNED", "correct", "SIGNED"],
];

describe("intervention lifecycle", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, to });
  });

  const refused = LIFECYCLE_STATES.flatMap((from) => LIFECYCLE_EVENTS.map((event) => [from, event] as const)).filter(
    ([from, event]) => !ALLOWED.some(([f, e]) => f === from && e === event),
  );
  it.each(refused)("refuses %s --%s", (from, event) => {
    expect(transition(from, event)).toEqual({ ok: false, from, event });
    expect(canTransition(from, event)).toBe(false);
  });

  it("has 70 pairs, 17 allowed", () => {
    expect(refused.length + ALLOWED.length).toBe(70);
  });

  it("never leaves DONE, SIGNED or CANCELLED by cancel or move", () => {
    for (const state of ["IN_PROGRESS", "DONE", "SIGNED", "CANCELLED"] as const) {
      expect(canTransition(state, "cancel")).toBe(false);
      expect(canTransition(state, "move")).toBe(false);
    }
    // A signed visit is only ever corrected by an adjustment, which leaves it signed.
    expect(LIFECYCLE_EVENTS.filter((event) => canTransition("SIGNED", event))).toEqual(["correct"]);
  });

  it("reads the state of a request and its intervention", () => {
    expectEach(lifecycleStateOf, [
      ["REQUESTED", null, "REQUESTED"],
      ["PROPOSED", "PROPOSED", "PROPOSED"],
      ["PLANNED", "IN_PROGRESS", "IN_PROGRESS"],
      ["DONE", "SIGNED", "SIGNED"],
      ["CANCELLED", "PLANNED", "CANCELLED"],
      [null, "DONE", "DONE"],
    ]);
    expect(requestStatusOf("IN_PROGRESS")).toBe("PLANNED");
    expect(requestStatusOf("SIGNED")).toBe("DONE");
    expect(stateFilterOf("SIGNED")).toBe("SIGNED");
    expect(stateFilterOf("nope")).toBeNull();
    expect(stateFilterOf(null)).toBeNull();
  });

  describe("late cancellation", () => {
    const base = {
      state: "PLANNED" as const,
      startsAt: new Date("2026-11-24T09:00:00Z"),
      now: new Date("2026-11-24T08:00:00Z"),
      lateCancellationHours: 48,
      plannedMinutes: 180,
      hasMember: true,
      hasTime: false,
      waived: false,
    };
    it("charges the planned time of a planned visit not started, inside the window", () => {
      expect(lateCancellationMinutes(base)).toEqual({ late: true, minutes: 180 });
    });
    it("charges nothing outside the window, when waived, with time logged, or in any other state", () => {
      expect(lateCancellationMinutes({ ...base, now: new Date("2026-11-20T08:00:00Z") })).toEqual({
        late: false,
        minutes: 0,
      });
      expect(lateCancellationMinutes({ ...base, waived: true })).toEqual({ late: true, minutes: 0 });
      expect(lateCancellationMinutes({ ...base, hasTime: true }).minutes).toBe(0);
      expect(lateCancellationMinutes({ ...base, hasMember: false }).minutes).toBe(0);
      for (const state of ["REQUESTED", "PROPOSED", "IN_PROGRESS", "DONE", "SIGNED", "CANCELLED"] as const)
        expect(lateCancellationMinutes({ ...base, state }).minutes).toBe(0);
    });
  });
});
