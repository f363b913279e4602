import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { findOverlap, nextPeriodBounds, periodBoundsContaining, periodStartingIn } from "./period-bounds";

describe("periodBoundsContaining", () => {
  it("gives the calendar year by default", () => {
    expect(periodBoundsContaining("2026-04-06", 1)).toEqual({
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      label: "2026",
    });
    expect(periodBoundsContaining("2026-01-01", 1).label).toBe("2026");
    expect(periodBoundsContaining("2026-12-31", 1).label).toBe("2026");
  });

  it("handles a September–August season on both sides of the new year", () => {
    const season = { startDate: "2025-09-01", endDate: "2026-08-31", label: "2025–2026" };
    expectEach(periodBoundsContaining, [
      ["2025-09-01", 9, season],
      ["2025-12-31", 9, season],
      ["2026-02-14", 9, season],
      ["2026-08-31", 9, season],
    ]);
    expect(periodBoundsContaining("2026-09-01", 9)).toEqual({
      startDate: "2026-09-01",
      endDate: "2027-08-31",
      label: "2026–2027",
    });
  });

  it("ends a March season on the last day of February, leap years included", () => {
    expect(periodStartingIn(2023, 3).endDate).toBe("2024-02-29");
    expect(periodStartingIn(2024, 3).endDate).toBe("2025-02-28");
  });

  it("refuses a month outside 1–12", () => {
    expect(() => periodBoundsContaining("2026-01-01", 0)).toThrow(RangeError);
    expect(() => periodBoundsContaining("2026-01-01", 13)).toThrow(RangeError);
  });
});

describe("nextPeriodBounds", () => {
  it("follows the latest period, or contains today when there is none", () => {
    expect(nextPeriodBounds("2026-12-31", "2026-11-23", 1).label).toBe("2027");
    expect(nextPeriodBounds(null, "2026-11-23", 1).label).toBe("2026");
    expect(nextPeriodBounds("2026-08-31", "2026-06-01", 9)).toEqual({
      startDate: "2026-09-01",
      endDate: "2027-08-31",
      label: "2026–2027",
    });
  });
});

describe("findOverlap", () => {
  const existing = [{ id: "p2026", label: "2026", startDate: "2026-01-01", endDate: "2026-12-31" }];
  it("finds a period sharing a day, including the boundaries", () => {
    expect(findOverlap(periodStartingIn(2026, 9), existing)?.id).toBe("p2026");
    expect(findOverlap({ startDate: "2025-01-01", endDate: "2026-01-01", label: "x" }, existing)?.id).toBe("p2026");
  });
  it("finds none for adjacent periods", () => {
    expect(findOverlap(periodStartingIn(2027, 1), existing)).toBeNull();
    expect(findOverlap(periodStartingIn(2025, 1), existing)).toBeNull();
  });
});
