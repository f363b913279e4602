import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/local-date";
import {
  afterReserve,
  availableDays,
  type Absence,
  type AvailableDaysInput,
  type WeeklyPattern,
} from "./available-days";

const FULL = { morning: true, afternoon: true };
// 3/5 technician: Monday to Wednesday, full days.
const MON_TO_WED: WeeklyPattern = { 1: FULL, 2: FULL, 3: FULL };

describe("availableDays", () => {
  it("computes a 3/5 technician's April 2026 with absences crossing Easter Monday", () => {
    const absences: Absence[] = [
      { startDate: "2026-04-02", endDate: "2026-04-08", portion: "FULL_DAY" }, // crosses Mon 6 April (Lundi de Pâques)
      { startDate: "2026-04-08", endDate: "2026-04-08", portion: "AFTERNOON" }, // overlaps the one above
      { startDate: "2026-04-13", endDate: "2026-04-13", portion: "MORNING" },
      { startDate: "2026-04-25", endDate: "2026-04-26", portion: "FULL_DAY" }, // a weekend: not worked anyway
    ];
    const result = availableDays({
      from: "2026-04-01",
      to: "2026-04-30",
      pattern: MON_TO_WED,
      absences,
      zone: "METROPOLE",
      reservePercent: 20,
    });
    // April 2026 starts on a Wednesday. Mon–Wed dates: 1; 6 7 8; 13 14 15; 20 21 22; 27 28 29
    //   = 13 days = 26 half-days.
    // Holiday: Mon 6 (Lundi de Pâques) = 2 half-days.
    // Absences: 2→8 April full days hits only Tue 7 and Wed 8 (Thu–Sun not worked, Mon 6
    //   already a holiday) = 4; Wed 8 afternoon is already absent = 0; Mon 13 morning = 1;
    //   the weekend = 0. Total 5.
    // Working: 26 − 2 − 5 = 19 half-days.
    // Reserve 20%: 19 × 80 / 100 = 15.2 → rounded down to 15 half-days (7.5 days); reserve 4.
    expect(result).toMatchObject({
      patternHalfDays: 26,
      holidayHalfDays: 2,
      absenceHalfDays: 5,
      workingHalfDays: 19,
      reserveHalfDays: 4,
      availableHalfDays: 15,
    });
    expect(result.byMonth).toHaveLength(1);
  });

  it("removes Alsace-Moselle's extra holidays only when they are worked days", () => {
    // 2028: Good Friday is 14 April (a Friday), 26 December is a Tuesday.
    const base = {
      from: "2028-01-01",
      to: "2028-12-31",
      pattern: MON_TO_WED,
      absences: [],
      reservePercent: 0,
    } as const;
    const metropole = availableDays({ ...base, zone: "METROPOLE" });
    const alsace = availableDays({ ...base, zone: "ALSACE_MOSELLE" });
    expect(metropole.workingHalfDays - alsace.workingHalfDays).toBe(2);
  });

  it("limits the window to the contract", () => {
    const result = availableDays({ ...baseInput(), contractStart: "2026-06-01", contractEnd: "2026-06-30" });
    // June 2026: Mondays 1 8 15 22 29, Tuesdays 2 9 16 23 30, Wednesdays 3 10 17 24 = 14 days, no holiday.
    expect(result.workingHalfDays).toBe(28);
    expect(result.byMonth.map((m) => m.month)).toEqual(["2026-06"]);
    const none = availableDays({ ...baseInput(), contractStart: "2027-01-01" });
    expect(none.availableHalfDays).toBe(0);
    expect(none.byMonth).toEqual([]);
  });

  it("counts half-day patterns as single half-days", () => {
    const result = availableDays({
      ...baseInput(),
      from: "2026-06-01",
      to: "2026-06-07",
      pattern: { 1: { morning: true, afternoon: false }, 5: { morning: false, afternoon: true } },
      absences: [{ startDate: "2026-06-01", endDate: "2026-06-01", portion: "AFTERNOON" }],
    });
    // Mon morning + Fri afternoon = 2; the Monday-afternoon absence is not a worked half-day.
    expect(result.workingHalfDays).toBe(2);
    expect(result.absenceHalfDays).toBe(0);
  });

  it("splits the reserve across months so they add up exactly to the total", () => {
    const result = availableDays({ ...baseInput(), reservePercent: 20 });
    const sum = (key: "availableHalfDays" | "reserveHalfDays") => result.byMonth.reduce((s, m) => s + m[key], 0);
    expect(result.byMonth).toHaveLength(12);
    expect(sum("availableHalfDays")).toBe(result.availableHalfDays);
    expect(sum("reserveHalfDays")).toBe(result.reserveHalfDays);
    expect(result.availableHalfDays).toBe(afterReserve(result.workingHalfDays, 20));
  });

  it("rejects a reserve that is not an integer percent", () => {
    expect(() => availableDays({ ...baseInput(), reservePercent: 12.5 })).toThrow(RangeError);
    expect(() => availableDays({ ...baseInput(), reservePercent: 101 })).toThrow(RangeError);
  });
});

function baseInput(): AvailableDaysInput {
  return {
    from: "2026-01-01",
    to: "2026-12-31",
    pattern: MON_TO_WED,
    absences: [],
    zone: "METROPOLE",
    reservePercent: 0,
  };
}

const dayOffsetArb = fc.integer({ min: 0, max: 400 });
const patternArb: fc.Arbitrary<WeeklyPattern> = fc
  .array(fc.record({ morning: fc.boolean(), afternoon: fc.boolean() }), { minLength: 7, maxLength: 7 })
  .map((days) => Object.fromEntries(days.map((day, i) => [i + 1, day])) as WeeklyPattern);
const absenceArb: fc.Arbitrary<Absence> = fc
  .record({
    start: dayOffsetArb,
    length: fc.integer({ min: 0, max: 20 }),
    portion: fc.constantFrom("FULL_DAY", "MORNING", "AFTERNOON"),
  })
  .map(({ start, length, portion }) => ({
    startDate: addDays("2025-12-01", start),
    endDate: addDays("2025-12-01", start + length),
    portion: portion as Absence["portion"],
  }));
const inputArb: fc.Arbitrary<AvailableDaysInput> = fc
  .record({
    start: dayOffsetArb,
    length: fc.integer({ min: 0, max: 120 }),
    pattern: patternArb,
    absences: fc.array(absenceArb, { maxLength: 6 }),
    zone: fc.constantFrom("METROPOLE" as const, "ALSACE_MOSELLE" as const),
    reservePercent: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ start, length, ...rest }) => ({
    from: addDays("2025-12-01", start),
    to: addDays("2025-12-01", start + length),
    ...rest,
  }));

describe("availableDays properties", () => {
  it("never exceeds the pattern, and its parts add up", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = availableDays(input);
        expect(r.patternHalfDays).toBe(r.holidayHalfDays + r.absenceHalfDays + r.workingHalfDays);
        expect(r.workingHalfDays).toBe(r.reserveHalfDays + r.availableHalfDays);
        expect(r.availableHalfDays).toBeGreaterThanOrEqual(0);
        expect(r.availableHalfDays).toBeLessThanOrEqual(r.patternHalfDays);
        expect(r.byMonth.reduce((s, m) => s + m.availableHalfDays, 0)).toBe(r.availableHalfDays);
        for (const m of r.byMonth) expect(m.availableHalfDays).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never gains availability from an extra absence", () => {
    fc.assert(
      fc.property(inputArb, absenceArb, (input, extra) => {
        const before = availableDays(input);
        const after = availableDays({ ...input, absences: [...input.absences, extra] });
        expect(after.workingHalfDays).toBeLessThanOrEqual(before.workingHalfDays);
        expect(after.availableHalfDays).toBeLessThanOrEqual(before.availableHalfDays);
      }),
    );
  });

  it("never sells the reserve: available ≤ working × (100 − reserve) / 100", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = availableDays(input);
        expect(r.availableHalfDays * 100).toBeLessThanOrEqual(r.workingHalfDays * (100 - input.reservePercent));
        expect((r.availableHalfDays + 1) * 100).toBeGreaterThan(r.workingHalfDays * (100 - input.reservePercent));
      }),
    );
  });
});
