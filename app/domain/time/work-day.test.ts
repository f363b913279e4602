import { describe, expect, it } from "vitest";
import { workingDay } from "../../../tests/support/work-pattern";
import { expectedMinutesOn, timerStopProposal, workdayEndMinutes } from "./work-day";

const pattern = [workingDay(1), workingDay(2), workingDay(3, { afternoon: false })];
const PARIS = "Europe/Paris";

describe("working day", () => {
  it("expects the pattern's hours, nothing on a day off", () => {
    expect(expectedMinutesOn(pattern, "2026-11-23")).toBe(420); // Monday
    expect(expectedMinutesOn(pattern, "2026-11-25")).toBe(210); // Wednesday morning only
    expect(expectedMinutesOn(pattern, "2026-11-26")).toBe(0);
    expect(workdayEndMinutes(pattern, "2026-11-25")).toBe(720);
    expect(workdayEndMinutes(pattern, "2026-11-26")).toBeNull();
  });
});

describe("timerStopProposal", () => {
  const start = new Date("2026-11-23T08:00:00Z"); // 09:00 Paris, a Monday
  it("stops now within the working day", () => {
    const now = new Date("2026-11-23T15:30:00Z");
    expect(timerStopProposal(start, now, pattern, PARIS)).toEqual({ endAt: now, confirm: null });
  });

  it("proposes the end of the working day when the timer ran past it", () => {
    const proposal = timerStopProposal(start, new Date("2026-11-23T17:45:00Z"), pattern, PARIS);
    expect(proposal).toEqual({ endAt: new Date("2026-11-23T16:00:00Z"), confirm: "AFTER_WORKDAY" });
  });

  it("never proposes more than 12 hours", () => {
    const late = new Date("2026-11-23T18:00:00Z"); // started at 18:00 Paris, after the day
    const proposal = timerStopProposal(late, new Date("2026-11-24T09:00:00Z"), pattern, PARIS);
    expect(proposal).toEqual({ endAt: new Date("2026-11-24T06:00:00Z"), confirm: "TOO_LONG" });
  });

  it("asks on a day off", () => {
    const thursday = new Date("2026-11-26T08:00:00Z");
    const now = new Date("2026-11-26T09:00:00Z");
    expect(timerStopProposal(thursday, now, pattern, PARIS)).toEqual({ endAt: now, confirm: "DAY_OFF" });
  });
});
