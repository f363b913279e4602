import { describe, expect, it } from "vitest";
import { monthsBetween, soldHalfDaysByMonth, spreadOverMonths } from "./monthly-sold";

describe("monthsBetween", () => {
  it("lists the months of a season across the new year", () => {
    expect(monthsBetween("2025-09-01", "2026-08-31")).toEqual(
      "2025-09 2025-10 2025-11 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08".split(" "),
    );
    expect(monthsBetween("2026-03-15", "2026-03-20")).toEqual(["2026-03"]);
  });
});

describe("spreadOverMonths", () => {
  const year = monthsBetween("2026-01-01", "2026-12-31");

  it("adds up exactly and follows the days of each month", () => {
    const parts = spreadOverMonths(36, "2026-01-01", "2026-12-31", year);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(36);
    // 36 half-days over 365 days: 31-day months get 3.06 → 3, February 2.76 → 3 by remainder.
    expect(parts.every((part) => part === 3)).toBe(true);
  });

  it("puts nothing before a member joins mid-period", () => {
    const parts = spreadOverMonths(18, "2026-07-01", "2026-12-31", year);
    expect(parts.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(parts.slice(6).reduce((a, b) => a + b, 0)).toBe(18);
  });

  it("is all zeros without any covered day", () => {
    expect(spreadOverMonths(10, "2027-01-01", "2027-02-01", year)).toEqual(year.map(() => 0));
  });

  it("never loses or invents a half-day, whatever the amount", () => {
    for (let halfDays = 0; halfDays < 200; halfDays += 7) {
      const parts = spreadOverMonths(halfDays, "2026-02-10", "2026-11-03", year);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(halfDays);
      expect(parts.every((part) => Number.isInteger(part) && part >= 0)).toBe(true);
    }
  });
});

describe("soldHalfDaysByMonth", () => {
  const subscription = (shareHalves: number, startDate: string, endDate: string) => ({
    shareHalves,
    startDate,
    endDate,
  });
  const wholeYear = (shareHalves: number) => subscription(shareHalves, "2026-01-01", "2026-12-31");

  it("sums the subscriptions: 1.5 shares of 9 days = 27 half-days", () => {
    const months = monthsBetween("2026-01-01", "2026-12-31");
    const totals = soldHalfDaysByMonth([wholeYear(3), wholeYear(2)], 9, months);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(45);
  });

  it("rounds once on the total, so many small subscriptions do not pile up in 31-day months", () => {
    const months = monthsBetween("2026-01-01", "2026-12-31");
    // Twelve subscriptions of 1 share × 9 days = 18 half-days each: 216 in all, 18 per month.
    const subscriptions = Array.from({ length: 12 }, () => wholeYear(2));
    const totals = soldHalfDaysByMonth(subscriptions, 9, months);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(216);
    // Exact: 216 × 31/365 = 18.35, × 30/365 = 17.75, × 28/365 = 16.57 — each month within one half-day.
    totals.forEach((part, index) => {
      const days = new Date(Date.UTC(2026, index + 1, 0)).getUTCDate();
      expect(Math.abs(part - (216 * days) / 365)).toBeLessThan(1);
    });
  });

  it("ignores subscriptions outside the months and spreads a mid-period one over its own months", () => {
    const months = monthsBetween("2026-01-01", "2026-03-31");
    const outside = subscription(2, "2027-01-01", "2027-12-31");
    const totals = soldHalfDaysByMonth([outside, subscription(1, "2026-03-01", "2026-03-31")], 9, months);
    expect(totals).toEqual([0, 0, 9]);
  });
});
