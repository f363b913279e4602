import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../tests/support/expect-each";
import { formatCalendarDate, formatDayHeading, formatLongCalendarDate, formatShortDay } from "./format-calendar-dates";

describe("formatDayHeading", () => {
  it("raises the first letter only: the French month stays lower case", () => {
    expect(formatDayHeading("2026-11-23", "fr")).toBe("Lundi 23 novembre 2026");
    expect(formatDayHeading("2026-12-01", "en")).toMatch(/^Tuesday,? 1 December 2026$/);
  });
});

describe("formatShortDay", () => {
  it("writes an ISO date as people read it, never 2026-12-01", () => {
    expect(formatShortDay("2026-12-01", "fr")).toBe("mar. 1 déc. 2026");
    expect(formatShortDay("2026-12-01", "en")).not.toContain("2026-12-01");
  });
});

describe("formatCalendarDate", () => {
  it("writes a calendar date the way the reader's language does, without shifting it by a zone", () => {
    expectEach(formatCalendarDate, [
      ["2026-11-24", "fr", "24/11/2026"],
      ["2026-01-05T23:30:00.000Z", "en", "05/01/2026"],
      [null, "fr", "—"],
    ]);
  });

  it("always reads back as the same day, in both languages", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-");
          for (const locale of ["fr", "en"] as const)
            expect(formatCalendarDate(iso, locale)).toBe(`${day}/${month}/${year}`);
        },
      ),
    );
  });
});

describe("formatLongCalendarDate", () => {
  it("writes the month in words, in the reader's language, on the same day in any zone", () => {
    expectEach(formatLongCalendarDate, [
      ["2027-03-12", "fr", "12 mars 2027"],
      ["2027-03-12", "en", "12 March 2027"],
      ["2026-01-01T23:30:00.000Z", "fr", "1 janvier 2026"],
    ]);
  });
});
