import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../tests/support/expect-each";
import {
  dateFormatOf,
  formatCalendarDate,
  numberFormatOf,
  intlLocaleOf,
  formatCents,
  formatDayHeading,
  formatDuration,
  formatShortDay,
  formatMinutes,
  formatShareHalves,
} from "./format";

describe("formatCents", () => {
  it.each([
    // No language given: French, the interface's first.
    [200000, undefined, "2\u00a0000,00\u00a0€"],
    [5, undefined, "0,05\u00a0€"],
    [-12345, "en", "−€123.45"],
  ] as const)("writes %i cents (language %s) as %j", (cents, locale, text) =>
    expect(formatCents(cents, locale)).toBe(text),
  );
  it("never loses a cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const digits = formatCents(cents).replace(/[^\d]/g, "");
        expect(Number(digits)).toBe(Math.abs(cents));
      }),
    );
  });
});

// Days of the association's length, then hours; never "−0 h 30": less than an hour reads in minutes (issue 11).
describe.each([
  {
    format: formatDuration,
    cases: [
      [420, "1\u202fj"],
      [1890, "4\u202fj 3\u202fh 30"],
      [0, "0\u202fh"],
      [-90, "−1\u202fh 30"],
      [-30, "−30\u202fmin"],
      [45, "45\u202fmin"],
      [450, "1\u202fj 30\u202fmin"],
    ],
  },
  // Half shares.
  {
    format: formatShareHalves,
    cases: [
      [3, "1,5"],
      [4, "2"],
    ],
  },
  // As a person would say it.
  {
    format: formatMinutes,
    cases: [
      [45, "45 min"],
      [90, "1 h 30"],
      [157, "2 h 37"],
      [180, "3 h"],
    ],
  },
] as { format: (value: number) => string; cases: [number, string][] }[])("$format.name", ({ format, cases }) => {
  it.each(cases)("writes %i as %j", (value, text) => expect(format(value)).toBe(text));
});

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

  it("maps the interface language to its Intl locale", () => {
    expect(intlLocaleOf("fr")).toBe("fr-FR");
    expect(intlLocaleOf("en")).toBe("en-GB");
  });
});

describe("dateFormatOf and numberFormatOf", () => {
  it("build one formatter per language and options, and format as Intl does", () => {
    const april = new Date("2026-04-01T00:00:00.000Z");
    const short = dateFormatOf("fr-FR", { month: "short", timeZone: "UTC" });
    expect(dateFormatOf("fr-FR", { month: "short", timeZone: "UTC" })).toBe(short);
    expect(short.format(april)).toBe("avr.");
    expect(dateFormatOf("en-GB", { month: "short", timeZone: "UTC" }).format(april)).toBe("Apr");
    expect(dateFormatOf("fr-FR", { month: "long", timeZone: "UTC" }).format(april)).toBe("avril");
    const days = numberFormatOf("fr-FR", { maximumFractionDigits: 1 });
    expect(numberFormatOf("fr-FR", { maximumFractionDigits: 1 })).toBe(days);
    expect(days.format(12.5)).toBe("12,5");
    expect(numberFormatOf("en-GB", { maximumFractionDigits: 1 }).format(12.5)).toBe("12.5");
  });
});
