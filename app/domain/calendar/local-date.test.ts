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

  it("reads digit by digit the dates the regular expression and the calendar accept, and no others", () => {
    // The former implementation, kept as the oracle.
    const oracle = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const february = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
      const monthLength = [31, february, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      return monthLength !== undefined && day >= 1 && day <= monthLength;
    };
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    const mangled = fc
      .tuple(nearDate, fc.nat(9), fc.constantFrom("/", "a", " ", "٣", "-", "\n", ""))
      .map(([date, at, character]) => date.slice(0, at) + character + date.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(nearDate, mangled, fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDate(value)).toBe(oracle(value));
        if (oracle(value))
          expect(parseIsoDate(value)).toEqual({
            year: Number(value.slice(0, 4)),
            month: Number(value.slice(5, 7)),
            day: Number(value.slice(8, 10)),
          });
      }),
      { numRuns: 5000 },
    );
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
