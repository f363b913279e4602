import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
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
    expectEach(isIsoDate, [
      ["2024-02-29", true],
      ["2023-02-29", false],
      ["2100-02-29", false],
      ["2000-02-29", true],
      ["2026-13-01", false],
      ["2026-1-01", false],
      ["2026-01-01T00:00", false],
    ]);
    expect(() => parseIsoDate("2026-04-31")).toThrow(RangeError);
  });

  it("adds days across months, leap days and years", () => {
    expectEach(addDays, [
      ["2024-02-28", 1, "2024-02-29"],
      ["2024-02-29", 1, "2024-03-01"],
      ["2025-12-31", 1, "2026-01-01"],
      ["2026-03-01", -1, "2026-02-28"],
    ]);
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30"); // Paris DST day: no effect on dates
    expect(() => addDays("2026-01-01", 0.5)).toThrow(RangeError);
  });

  it("gives ISO weekdays", () => {
    expectEach(isoWeekday, [
      ["1970-01-01", 4],
      ["2026-03-30", 1],
      ["2026-04-05", 7],
      ["1969-12-29", 1],
    ]);
  });

  it("lists each day inclusively", () => {
    expectEach(eachDay, [
      ["2026-02-27", "2026-03-02", ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]],
      ["2026-03-02", "2026-03-02", ["2026-03-02"]],
      ["2026-03-02", "2026-03-01", []],
    ]);
  });

  it("compares, picks min/max and keys by month", () => {
    expectEach(compareIsoDates, [
      ["2026-01-02", "2026-01-10", -1],
      ["2026-01-10", "2026-01-10", 0],
      ["2027-01-01", "2026-12-31", 1],
    ]);
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
