import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectYearEnd, type YearEndInput } from "./year-end";

const DAY = 420;
const base: YearEndInput = {
  remainingMinutes: 10 * DAY,
  reservedMinutes: 0,
  consumedToDateMinutes: 8 * DAY,
  grantedMinutes: 18 * DAY,
  carryOverCapPercent: 25,
  periodStart: "2026-01-01",
  periodEnd: "2026-12-31",
  today: "2026-11-24",
};

describe("projectYearEnd", () => {
  it("says how much would be lost beyond the 25 % cap if nothing more is used: 10 j left, 4 j 3 h 30 carried, the rest lost", () => {
    const projection = projectYearEnd(base)!;
    expect(projection.capMinutes).toBe(Math.floor((18 * DAY * 25) / 100)); // 1890 min = 4 j 3 h 30
    expect(projection.expiringIfUnusedMinutes).toBe(10 * DAY - 1890);
  });

  it("projects the pace of the elapsed days over the days left", () => {
    // 328 days elapsed (1 Jan–24 Nov), 37 left: 3360 × 37 / 328 = 379 min more.
    const projection = projectYearEnd(base)!;
    expect(projection.projectedRemainingMinutes).toBe(10 * DAY - Math.floor((8 * DAY * 37) / 328));
    expect(projection.expiringAtPaceMinutes).toBe(projection.projectedRemainingMinutes - 1890);
  });

  it("counts booked interventions as used, and loses nothing when the rest fits under the cap", () => {
    const projection = projectYearEnd({ ...base, reservedMinutes: 8 * DAY })!;
    expect(projection.expiringIfUnusedMinutes).toBe(0);
    expect(projection.projectedRemainingMinutes).toBe(2 * DAY);
  });

  it("gives nothing outside the period", () => {
    expect(projectYearEnd({ ...base, today: "2027-01-02" })).toBeNull();
    expect(projectYearEnd({ ...base, today: "2025-12-31" })).toBeNull();
  });

  it("never loses more than what is left, nor a negative amount; at pace never more than if unused", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 20_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 364 }),
        (remaining, reserved, consumed, granted, percent, dayOffset) => {
          const today = new Date(Date.UTC(2026, 0, 1 + dayOffset)).toISOString().slice(0, 10);
          const projection = projectYearEnd({
            ...base,
            remainingMinutes: remaining,
            reservedMinutes: reserved,
            consumedToDateMinutes: consumed,
            grantedMinutes: granted,
            carryOverCapPercent: percent,
            today,
          })!;
          expect(projection.expiringIfUnusedMinutes).toBeGreaterThanOrEqual(0);
          expect(projection.expiringIfUnusedMinutes).toBeLessThanOrEqual(Math.max(0, remaining));
          expect(projection.expiringAtPaceMinutes).toBeLessThanOrEqual(projection.expiringIfUnusedMinutes);
          expect(Number.isInteger(projection.projectedRemainingMinutes)).toBe(true);
        },
      ),
    );
  });
});
