import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  accountedMinutes,
  ceilDiv,
  DEFAULT_TIME_ACCOUNTING_RULES as DEFAULTS,
  roundUpToStep,
  type TimeAccountingRules,
  type TimeEntryKind,
} from "./accounted-minutes";

describe("accountedMinutes with the default rules", () => {
  it("rounds remote time up to 15 minutes", () => {
    expectEach(accountedMinutes, [
      [1, "REMOTE", DEFAULTS, 15],
      [15, "REMOTE", DEFAULTS, 15],
      [16, "REMOTE", DEFAULTS, 30],
    ]);
  });

  it("charges at least 60 minutes on site, then rounds up to 30", () => {
    expectEach(accountedMinutes, [
      [10, "ON_SITE", DEFAULTS, 60],
      [60, "ON_SITE", DEFAULTS, 60],
      [61, "ON_SITE", DEFAULTS, 90],
      [95, "ON_SITE", DEFAULTS, 120],
    ]);
  });

  it("keeps the on-site result on the step even when the minimum is not", () => {
    expect(accountedMinutes(10, "ON_SITE", { ...DEFAULTS, minimumOnSiteMinutes: 45 })).toBe(60);
  });

  it("counts travel at the travel percent, after rounding, rounded up to the minute", () => {
    expect(accountedMinutes(40, "TRAVEL", DEFAULTS)).toBe(0);
    expect(accountedMinutes(40, "TRAVEL", { ...DEFAULTS, travelPercent: 100 })).toBe(45);
    expect(accountedMinutes(40, "TRAVEL", { ...DEFAULTS, travelPercent: 50 })).toBe(23); // 45 × 50% = 22.5 → 23
    expect(accountedMinutes(10, "TRAVEL", { ...DEFAULTS, travelPercent: 50 })).toBe(8); // 15 × 50% = 7.5 → 8
  });

  it("rounds pooled totals up to 15 minutes", () => {
    expect(accountedMinutes(50, "POOLED", DEFAULTS)).toBe(60);
  });

  it("costs nothing for a raw 0, whatever the kind", () => {
    for (const kind of ["ON_SITE", "REMOTE", "TRAVEL", "POOLED"] as const) {
      expect(accountedMinutes(0, kind, { ...DEFAULTS, travelPercent: 100 })).toBe(0);
    }
  });

  it("treats a step of 0 or 1 as to-the-minute", () => {
    expect(accountedMinutes(7, "REMOTE", { ...DEFAULTS, roundingRemoteMinutes: 0 })).toBe(7);
    expect(accountedMinutes(7, "REMOTE", { ...DEFAULTS, roundingRemoteMinutes: 1 })).toBe(7);
  });

  it("rejects fractional or negative input and invalid rules", () => {
    expect(() => accountedMinutes(1.5, "REMOTE", DEFAULTS)).toThrow(RangeError);
    expect(() => accountedMinutes(-1, "REMOTE", DEFAULTS)).toThrow(RangeError);
    expect(() => accountedMinutes(10, "TRAVEL", { ...DEFAULTS, travelPercent: 150 })).toThrow(RangeError);
    expect(() => accountedMinutes(10, "REMOTE", { ...DEFAULTS, roundingRemoteMinutes: 7.5 })).toThrow(RangeError);
  });
});

describe("integer helpers", () => {
  it("divides and rounds up exactly", () => {
    expectEach(ceilDiv, [
      [0, 15, 0],
      [15, 15, 1],
      [16, 15, 2],
      [2 ** 53 - 1, 2, 2 ** 52],
    ]);
    expect(roundUpToStep(31, 30)).toBe(60);
  });
});

const rulesArb: fc.Arbitrary<TimeAccountingRules> = fc.record({
  roundingRemoteMinutes: fc.integer({ min: 0, max: 60 }),
  roundingOnSiteMinutes: fc.integer({ min: 0, max: 60 }),
  minimumOnSiteMinutes: fc.integer({ min: 0, max: 240 }),
  roundingTravelMinutes: fc.integer({ min: 0, max: 60 }),
  roundingPooledMinutes: fc.integer({ min: 0, max: 60 }),
  travelPercent: fc.constantFrom(0, 50, 100),
});
const rawArb = fc.integer({ min: 0, max: 720 });
const nonTravelKindArb = fc.constantFrom<TimeEntryKind>("ON_SITE", "REMOTE", "POOLED");

function stepOf(kind: TimeEntryKind, rules: TimeAccountingRules): number {
  const step = {
    ON_SITE: rules.roundingOnSiteMinutes,
    REMOTE: rules.roundingRemoteMinutes,
    POOLED: rules.roundingPooledMinutes,
    TRAVEL: rules.roundingTravelMinutes,
  }[kind];
  return Math.max(step, 1);
}

describe("accountedMinutes properties", () => {
  it("is at least the raw time, a multiple of the step, and idempotent (non-travel kinds)", () => {
    fc.assert(
      fc.property(rawArb, nonTravelKindArb, rulesArb, (raw, kind, rules) => {
        const accounted = accountedMinutes(raw, kind, rules);
        expect(accounted).toBeGreaterThanOrEqual(raw);
        expect(accounted % stepOf(kind, rules)).toBe(0);
        expect(accounted - raw).toBeLessThan(
          stepOf(kind, rules) + (kind === "ON_SITE" ? rules.minimumOnSiteMinutes : 0),
        );
        expect(accountedMinutes(accounted, kind, rules)).toBe(accounted);
        if (kind === "ON_SITE" && raw > 0) expect(accounted).toBeGreaterThanOrEqual(rules.minimumOnSiteMinutes);
      }),
    );
  });

  it("never decreases when raw time grows", () => {
    fc.assert(
      fc.property(
        rawArb,
        rawArb,
        fc.constantFrom<TimeEntryKind>("ON_SITE", "REMOTE", "POOLED", "TRAVEL"),
        rulesArb,
        (a, b, kind, rules) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(accountedMinutes(low, kind, rules)).toBeLessThanOrEqual(accountedMinutes(high, kind, rules));
        },
      ),
    );
  });

  it("counts travel as a share of its rounded time: 0 → 0, 100 → the rounded time, 50 → half, rounded up", () => {
    fc.assert(
      fc.property(rawArb, rulesArb, (raw, rules) => {
        const rounded = roundUpToStep(raw, rules.roundingTravelMinutes);
        expectEach(accountedMinutes, [
          [raw, "TRAVEL", { ...rules, travelPercent: 0 }, 0],
          [raw, "TRAVEL", { ...rules, travelPercent: 100 }, rounded],
          [raw, "TRAVEL", { ...rules, travelPercent: 50 }, Math.ceil(rounded / 2)],
        ]);
      }),
    );
  });
});
