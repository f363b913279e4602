import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoWeekday } from "../calendar/local-date";
import { occurrences, parseRecurrenceRule, type RecurrenceRule } from "./recurrence";

const rule = (text: string): RecurrenceRule => {
  const parsed = parseRecurrenceRule(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rule;
};

describe("recurrence rules", () => {
  it("first Monday of the month", () => {
    expect(occurrences(rule("FREQ=MONTHLY;BYDAY=1MO"), "2026-01-01", "2026-06-30")).toEqual([
      "2026-01-05",
      "2026-02-02",
      "2026-03-02",
      "2026-04-06",
      "2026-05-04",
      "2026-06-01",
    ]);
  });

  it("last Friday, every other month, with COUNT", () => {
    expect(occurrences(rule("RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=3"), "2026-01-10", "2026-12-31")).toEqual([
      "2026-01-30",
      "2026-03-27",
      "2026-05-29",
    ]);
  });

  it("weekly on Monday and Wednesday until a date, starting mid-week", () => {
    expect(occurrences(rule("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260318"), "2026-03-04", "2026-12-31")).toEqual([
      "2026-03-04",
      "2026-03-09",
      "2026-03-11",
      "2026-03-16",
      "2026-03-18",
    ]);
  });

  it("defaults to the start's weekday or day of month", () => {
    expect(occurrences(rule("FREQ=WEEKLY;INTERVAL=2"), "2026-03-03", "2026-03-31")).toEqual([
      "2026-03-03",
      "2026-03-17",
      "2026-03-31",
    ]);
    expect(occurrences(rule("FREQ=MONTHLY"), "2026-01-31", "2026-05-31")).toEqual([
      "2026-01-31",
      "2026-03-31",
      "2026-05-31",
    ]);
  });

  it("refuses what it does not understand", () => {
    for (const text of [
      "FREQ=DAILY",
      "FREQ=WEEKLY;BYDAY=1MO",
      "FREQ=MONTHLY;BYSETPOS=1",
      "FREQ=MONTHLY;BYDAY=XX",
      "FREQ=WEEKLY;INTERVAL=0",
      "FREQ=MONTHLY;UNTIL=2026",
    ]) {
      expect(parseRecurrenceRule(text).ok, text).toBe(false);
    }
  });

  it("property: nth-weekday occurrences are that weekday, one per month, inside the range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        fc.integer({ min: 0, max: 300 }),
        (weekday, ordinal, offset) => {
          const code = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][weekday - 1];
          const start = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
          const dates = occurrences(rule(`FREQ=MONTHLY;BYDAY=${ordinal}${code}`), start, "2027-12-31");
          const months = dates.map((date) => date.slice(0, 7));
          expect(new Set(months).size).toBe(months.length);
          for (const date of dates) {
            expect(isoWeekday(date)).toBe(weekday);
            expect(date >= start && date <= "2027-12-31").toBe(true);
            const dayOfMonth = Number(date.slice(8));
            if (ordinal > 0) expect(Math.ceil(dayOfMonth / 7)).toBe(ordinal);
          }
        },
      ),
    );
  });
});
