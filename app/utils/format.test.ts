import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  intlLocaleOf,
  formatCents,
  formatDayHeading,
  formatDuration,
  formatShortDay,
  formatMinutes,
  formatShareHalves,
} from "./format";

describe("formatCents", () => {
  it("writes euros the French way", () => {
    expect(formatCents(200000)).toBe("2\u00a0000,00\u00a0€");
    expect(formatCents(5)).toBe("0,05\u00a0€");
    expect(formatCents(-12345, "en")).toBe("−€123.45");
  });
  it("never loses a cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const digits = formatCents(cents).replace(/[^\d]/g, "");
        expect(Number(digits)).toBe(Math.abs(cents));
      }),
    );
  });
});

describe("formatDuration", () => {
  it("shows days of the association's length, then hours", () => {
    expect(formatDuration(420)).toBe("1\u202fj");
    expect(formatDuration(1890)).toBe("4\u202fj 3\u202fh 30");
    expect(formatDuration(0)).toBe("0\u202fh");
    expect(formatDuration(-90)).toBe("−1\u202fh 30");
  });

  it('never shows "−0 h 30": less than an hour reads in minutes (issue 11)', () => {
    expect(formatDuration(-30)).toBe("−30\u202fmin");
    expect(formatDuration(45)).toBe("45\u202fmin");
    expect(formatDuration(450)).toBe("1\u202fj 30\u202fmin");
  });
});

describe("formatShareHalves", () => {
  it("shows half shares", () => {
    expect(formatShareHalves(3)).toBe("1,5");
    expect(formatShareHalves(4)).toBe("2");
  });
});

describe("formatMinutes", () => {
  it("reads like a person would say it", () => {
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(90)).toBe("1 h 30");
    expect(formatMinutes(157)).toBe("2 h 37");
    expect(formatMinutes(180)).toBe("3 h");
  });
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
    expect(formatCalendarDate("2026-11-24", "fr")).toBe("24/11/2026");
    expect(formatCalendarDate("2026-01-05T23:30:00.000Z", "en")).toBe("05/01/2026");
    expect(formatCalendarDate(null, "fr")).toBe("—");
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
