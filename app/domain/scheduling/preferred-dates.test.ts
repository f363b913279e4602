import { describe, expect, it } from "vitest";
import { preferredDateRefusal } from "./preferred-dates";
import type { AbsenceItem } from "./conflicts";

// Monday to Wednesday, as the demo technician.
const day = (weekday: number) => ({
  weekday,
  morning: true,
  afternoon: true,
  morningStart: 540,
  morningEnd: 750,
  afternoonStart: 810,
  afternoonEnd: 1020,
});
const schedule = {
  pattern: [1, 2, 3].map(day),
  holidayZone: "METROPOLE" as const,
  absences: [] as AbsenceItem[],
};

describe("preferred dates", () => {
  it("accepts a working day from today on", () => {
    expect(preferredDateRefusal(["2026-11-24", "2026-11-30"], "2026-11-24", [schedule])).toBeNull();
  });
  it("refuses a date in the past, offering the next working days from today", () => {
    expect(preferredDateRefusal(["2026-11-23"], "2026-11-24", [schedule])).toEqual({
      date: "2026-11-23",
      reason: "past",
      nextWorkingDays: ["2026-11-24", "2026-11-25", "2026-11-30"],
    });
  });
  it("refuses a day off, a public holiday and a full-day absence, offering the next working days", () => {
    expect(preferredDateRefusal(["2026-11-27"], "2026-11-24", [schedule])).toMatchObject({
      reason: "not-working",
      nextWorkingDays: ["2026-11-30", "2026-12-01", "2026-12-02"],
    });
    // Monday 28 December 2026 is worked; Friday 25 December is a holiday and not a working day anyway; Monday 29 March 2027 is Easter Monday.
    expect(preferredDateRefusal(["2027-03-29"], "2026-11-24", [schedule])).toMatchObject({
      reason: "not-working",
      nextWorkingDays: ["2027-03-30", "2027-03-31", "2027-04-05"],
    });
    const absent = {
      ...schedule,
      absences: [
        {
          id: "a",
          kind: "LEAVE" as const,
          startDate: "2026-12-01",
          endDate: "2026-12-01",
          portion: "FULL_DAY" as const,
        },
      ],
    };
    expect(preferredDateRefusal(["2026-12-01"], "2026-11-24", [absent])).toMatchObject({
      reason: "not-working",
      nextWorkingDays: ["2026-12-02", "2026-12-07", "2026-12-08"],
    });
    // A half-day absence leaves the other half: the date stands.
    const morningOff = {
      ...schedule,
      absences: [
        {
          id: "a",
          kind: "LEAVE" as const,
          startDate: "2026-12-01",
          endDate: "2026-12-01",
          portion: "MORNING" as const,
        },
      ],
    };
    expect(preferredDateRefusal(["2026-12-01"], "2026-11-24", [morningOff])).toBeNull();
  });
});
