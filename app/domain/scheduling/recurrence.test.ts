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
  it.each([
    [
      "first Monday of the month",
      "FREQ=MONTHLY;BYDAY=1MO",
      "2026-01-01",
      "2026-06-30",
      "01-05 02-02 03-02 04-06 05-04 06-01",
    ],
    [
      "last Friday, every other month, with COUNT",
      "RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=3",
      "2026-01-10",
      "2026-12-31",
      "01-30 03-27 05-29",
    ],
    [
      "weekly on Monday and Wednesday until a date, starting mid-week",
      "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260318",
      "2026-03-04",
      "2026-12-31",
      "03-04 03-09 03-11 03-16 03-18",
    ],
    // Without BYDAY: the start's weekday, or its day of month (months without a 31st are skipped).
    [
      "every other week on the start's weekday",
      "FREQ=WEEKLY;INTERVAL=2",
      "2026-03-03",
      "2026-03-31",
      "03-03 03-17 03-31",
    ],
    ["monthly on the start's day of month", "FREQ=MONTHLY", "2026-01-31", "2026-05-31", "01-31 03-31 05-31"],
  ])("%s (%s)", (_case, text, from, to, days) => {
    // The expected dates are all in 2026, written as month-day.
    expect(occurrences(rule(text), from, to)).toEqual(days.split(" ").map((day) => `2026-${day}`));
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
