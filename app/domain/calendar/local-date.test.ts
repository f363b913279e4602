import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIsoDates,
  daysBetween,
  eachDay,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  maxIsoDate,
  minIsoDate,
  monthKey,
  parseIsoDate,
  toDayNumber,
} from "./local-date";

// Independent oracle: Date in UTC never has DST, so it is safe for checking.
function utcOracle(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const isoDateArb = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("local dates", () => {
  it("validates the YYYY-MM-DD shape and the calendar", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(isIsoDate("2026-01-01T00:00")).toBe(false);
    expect(() => parseIsoDate("2026-04-31")).toThrow(RangeError);
  });

  it("adds days across months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30"); // Paris DST day: no effect on dates
    expect(() => addDays("2026-01-01", 0.5)).toThrow(RangeError);
  });

  it("gives ISO weekdays", () => {
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("2026-03-30")).toBe(1);
    expect(isoWeekday("2026-04-05")).toBe(7);
    expect(isoWeekday("1969-12-29")).toBe(1);
  });

  it("lists each day inclusively", () => {
    expect(eachDay("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(eachDay("2026-03-02", "2026-03-02")).toEqual(["2026-03-02"]);
    expect(eachDay("2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("compares, picks min/max and keys by month", () => {
    expect(compareIsoDates("2026-01-02", "2026-01-10")).toBe(-1);
    expect(compareIsoDates("2026-01-10", "2026-01-10")).toBe(0);
    expect(compareIsoDates("2027-01-01", "2026-12-31")).toBe(1);
    expect(minIsoDate("2026-05-01", "2026-04-30")).toBe("2026-04-30");
    expect(maxIsoDate("2026-05-01", "2026-04-30")).toBe("2026-05-01");
    expect(monthKey("2026-05-17")).toBe("2026-05");
  });

  it("agrees with a UTC Date oracle (property)", () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        expect(addDays(date, days)).toBe(utcOracle(date, days));
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
        expect(isoWeekday(date)).toBe(((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
