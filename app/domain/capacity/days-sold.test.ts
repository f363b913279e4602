import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { checkCapacity, daysSold, subscriptionHalfDaysSold } from "./days-sold";

describe("daysSold", () => {
  it("counts half shares: 12 shares of 9 days = 108 days; 1.5 shares = 13.5 days", () => {
    expectEach(daysSold, [
      [Array(12).fill(2), 9, 216],
      [[3], 9, 27],
      [[], 9, 0],
    ]);
  });

  it("rejects fractional halves or days per share", () => {
    expect(() => daysSold([1.5], 9)).toThrow(RangeError);
    expect(() => daysSold([2], 8.5)).toThrow(RangeError);
    expect(() => daysSold([-2], 9)).toThrow(RangeError);
  });
});

describe("checkCapacity", () => {
  it("asks for an override only when sold exceeds available", () => {
    expect(checkCapacity(216, 216)).toEqual({ unsoldHalfDays: 0, oversoldHalfDays: 0, needsOverride: false });
    expect(checkCapacity(200, 216)).toEqual({ unsoldHalfDays: -16, oversoldHalfDays: 16, needsOverride: true });
  });
});

describe("subscriptionHalfDaysSold", () => {
  const base = {
    shareHalves: 3,
    daysPerShare: 9,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    carriedInMinutes: 0,
    minutesPerDay: 420,
  };
  it("counts a full-year subscription whole, a mid-year one pro rata of its days", () => {
    expect(subscriptionHalfDaysSold({ ...base, subscriptionStart: "2026-01-01" })).toBe(27);
    // 27 × 184 / 365 = 13.6 → 14 half-days (7 days, not 13.5).
    expect(subscriptionHalfDaysSold({ ...base, subscriptionStart: "2026-07-01" })).toBe(14);
  });

  it("adds the carried-over minutes, to the nearest half-day", () => {
    expect(subscriptionHalfDaysSold({ ...base, subscriptionStart: "2026-01-01", carriedInMinutes: 840 })).toBe(31);
    expect(subscriptionHalfDaysSold({ ...base, subscriptionStart: "2026-01-01", carriedInMinutes: 100 })).toBe(27);
  });
});
