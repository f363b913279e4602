import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { addDays, daysBetween } from "~/domain/calendar/local-date";
import { fullGrantMinutes, fullPriceCents, proRataGrantMinutes, proRataPriceCents } from "./pro-rata";

describe("proRataPriceCents", () => {
  it("charges the full price from the first day, nothing after the last", () => {
    expectEach(proRataPriceCents, [
      [200000, "2026-01-01", "2026-12-31", "2026-01-01", 200000],
      [200000, "2026-01-01", "2026-12-31", "2025-12-01", 200000],
      [200000, "2026-01-01", "2026-12-31", "2027-01-01", 0],
    ]);
  });

  it("counts the days left, both ends included", () => {
    // 1 July → 31 Dec 2026 = 184 days out of 365: 200000 × 184 / 365 = 100821.9… → 100822.
    expect(proRataPriceCents(200000, "2026-01-01", "2026-12-31", "2026-07-01")).toBe(100822);
    // The last day alone: 200000 / 365 = 547.9… → 548.
    expect(proRataPriceCents(200000, "2026-01-01", "2026-12-31", "2026-12-31")).toBe(548);
    // A September–August season in a leap year: 1 March 2028 → 31 August 2028 = 184 of 366 days.
    expect(proRataPriceCents(366, "2027-09-01", "2028-08-31", "2028-03-01")).toBe(184);
  });

  it("rounds halves up", () => {
    // 1 cent over 2 days, starting on the second day: 0.5 → 1.
    expect(proRataPriceCents(1, "2026-01-01", "2026-01-02", "2026-01-02")).toBe(1);
    expect(proRataPriceCents(3, "2026-01-01", "2026-01-02", "2026-01-02")).toBe(2);
  });

  const periodArb = fc
    .record({
      startOffset: fc.integer({ min: 0, max: 20_000 }),
      length: fc.integer({ min: 1, max: 400 }),
      join: fc.integer({ min: -30, max: 430 }),
    })
    .map(({ startOffset, length, join }) => {
      const periodStart = addDays("2000-01-01", startOffset);
      return { periodStart, periodEnd: addDays(periodStart, length - 1), joinOn: addDays(periodStart, join), length };
    });

  it("stays between 0 and the full price, within half a cent of the exact fraction", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        periodArb,
        (full, { periodStart, periodEnd, joinOn, length }) => {
          const price = proRataPriceCents(full, periodStart, periodEnd, joinOn);
          expect(Number.isInteger(price)).toBe(true);
          expect(price).toBeGreaterThanOrEqual(0);
          expect(price).toBeLessThanOrEqual(full);
          const remaining = Math.min(length, Math.max(0, daysBetween(joinOn, periodEnd) + 1));
          // |price − full × remaining / length| ≤ 1/2, checked in integers.
          expect(Math.abs(price * 2 * length - full * remaining * 2)).toBeLessThanOrEqual(length);
        },
      ),
    );
  });

  it("never charges more for joining later", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        periodArb,
        fc.integer({ min: 1, max: 60 }),
        (full, { periodStart, periodEnd, joinOn }, later) => {
          expect(proRataPriceCents(full, periodStart, periodEnd, addDays(joinOn, later))).toBeLessThanOrEqual(
            proRataPriceCents(full, periodStart, periodEnd, joinOn),
          );
        },
      ),
    );
  });
});

describe("grants and full prices", () => {
  it("grants shareHalves × daysPerShare × minutesPerDay / 2", () => {
    expect(fullGrantMinutes(3, 9, 420)).toBe(5670); // 1.5 shares × 9 days × 7 h
    expect(fullGrantMinutes(2, 9, 420)).toBe(3780);
  });

  it("prices half shares, rounding an odd half cent up", () => {
    expect(fullPriceCents(3, 200000)).toBe(300000);
    expect(fullPriceCents(1, 100001)).toBe(50001);
  });

  it("pro-rates minutes with the same rule as money", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 364 }), (halves, join) => {
        const minutes = fullGrantMinutes(halves, 9, 420);
        const joinOn = addDays("2026-01-01", join);
        expect(proRataGrantMinutes(minutes, "2026-01-01", "2026-12-31", joinOn)).toBe(
          proRataPriceCents(minutes, "2026-01-01", "2026-12-31", joinOn),
        );
      }),
    );
  });
});
