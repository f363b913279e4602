import { describe, expect, it } from "vitest";
import { preferredDateRefusal } from "./preferred-dates";
import { leave, technicianSchedule } from "../../../tests/support/work-pattern";

// Monday to Wednesday, as the demo technician; today is Tuesday 24 November 2026.
const schedule = technicianSchedule();
const today = "2026-11-24";

describe("preferred dates", () => {
  it.each([
    ["a working day from today on", ["2026-11-24", "2026-11-30"], schedule],
    // A half-day absence leaves the other half: the date stands.
    [
      "a day with a morning off",
      ["2026-12-01"],
      technicianSchedule({ absences: [leave("2026-12-01", undefined, "MORNING")] }),
    ],
  ])("accepts %s", (_case, dates, technician) => {
    expect(preferredDateRefusal(dates, today, [technician])).toBeNull();
  });

  it("refuses a date in the past, offering the next working days from today", () => {
    expect(preferredDateRefusal(["2026-11-23"], today, [schedule])).toEqual({
      date: "2026-11-23",
      reason: "past",
      nextWorkingDays: ["2026-11-24", "2026-11-25", "2026-11-30"],
    });
  });

  it.each([
    ["a day off", "2026-11-27", schedule, ["2026-11-30", "2026-12-01", "2026-12-02"]],
    // Monday 28 December 2026 is worked; Friday 25 December is a holiday and not a working day anyway.
    ["Easter Monday, a public holiday", "2027-03-29", schedule, ["2027-03-30", "2027-03-31", "2027-04-05"]],
    [
      "a full-day absence",
      "2026-12-01",
      technicianSchedule({ absences: [leave("2026-12-01")] }),
      ["2026-12-02", "2026-12-07", "2026-12-08"],
    ],
  ])("refuses %s, offering the next working days", (_case, date, technician, nextWorkingDays) => {
    expect(preferredDateRefusal([date], today, [technician])).toEqual({ date, reason: "not-working", nextWorkingDays });
  });
});
