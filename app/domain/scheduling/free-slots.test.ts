import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, eachDay } from "../calendar/local-date";
import { isHoliday } from "../calendar/holidays";
import { absenceRangeOn, overlaps, slotConflicts, type BusyItem } from "./conflicts";
import { findFreeSlots } from "./free-slots";
import { leave, technicianSchedule, workingDay } from "../../../tests/support/work-pattern";
import { workingDayOf } from "./work-pattern";

/** The first free slots as [day, start minute, end minute]. */
const firstSlots = (
  schedule: Parameters<typeof findFreeSlots>[0],
  from: string,
  durationMinutes: number,
  count: number,
) =>
  findFreeSlots(schedule, { from, durationMinutes, count }).map((slot) => [
    slot.localDate,
    slot.startMinute,
    slot.endMinute,
  ]);

const iso = (slots: { startsAt: Date; endsAt: Date }[]) =>
  slots.map((slot) => `${slot.startsAt.toISOString()}/${slot.endsAt.toISOString()}`);

describe("findFreeSlots", () => {
  it("offers whole half-days first, marked as such", () => {
    const slots = findFreeSlots(technicianSchedule(), { from: "2026-03-02", durationMinutes: 210, count: 3 });
    expect(slots.map((slot) => [slot.localDate, slot.startMinute, slot.endMinute, slot.portion])).toEqual([
      ["2026-03-02", 510, 720, "MORNING"],
      ["2026-03-02", 810, 1020, "AFTERNOON"],
      ["2026-03-03", 510, 720, "MORNING"],
    ]);
  });

  it("skips holidays, non-working days, absences and busy time, and resumes after an intervention", () => {
    const busy: BusyItem[] = [
      { id: "b", title: "x", startsAt: new Date("2026-04-07T07:30:00Z"), endsAt: new Date("2026-04-07T08:10:00Z") },
    ];
    const absences = [leave("2026-04-07", undefined, "AFTERNOON")];
    // Monday 6 April 2026 is Easter Monday; Tuesday morning has 09:30–10:10 taken, afternoon absent.
    expect(firstSlots(technicianSchedule({ busy, absences }), "2026-04-03", 60, 3)).toEqual([
      ["2026-04-07", 510, 570],
      ["2026-04-07", 615, 675],
      ["2026-04-08", 510, 570],
    ]);
  });

  it("lets a job longer than a half-day cross lunch on a full working day only", () => {
    const pattern = [workingDay(1), workingDay(2, { afternoon: false })];
    expect(firstSlots(technicianSchedule({ pattern }), "2026-03-02", 420, 2)).toEqual([
      ["2026-03-02", 510, 930],
      ["2026-03-09", 510, 930],
    ]);
  });

  it("never starts before notBefore, rounded up to the quarter hour", () => {
    const slots = findFreeSlots(technicianSchedule(), {
      from: "2026-03-02",
      durationMinutes: 60,
      count: 1,
      notBefore: new Date("2026-03-02T09:07:00Z"),
    });
    expect(iso(slots)).toEqual(["2026-03-02T09:15:00.000Z/2026-03-02T10:15:00.000Z"]);
  });

  // Sunday and Monday worked: the slots of both DST Sundays and the Mondays after, on the right UTC instants.
  it.each([
    [
      "2026-03-29",
      [
        "2026-03-29T06:30:00.000Z/2026-03-29T10:00:00.000Z",
        "2026-03-29T11:30:00.000Z/2026-03-29T15:00:00.000Z",
        "2026-03-30T06:30:00.000Z/2026-03-30T10:00:00.000Z",
      ],
    ],
    [
      "2026-10-25",
      [
        "2026-10-25T07:30:00.000Z/2026-10-25T11:00:00.000Z",
        "2026-10-25T12:30:00.000Z/2026-10-25T16:00:00.000Z",
        "2026-10-26T07:30:00.000Z/2026-10-26T11:00:00.000Z",
      ],
    ],
  ])("gives the slots from Sunday %s on the right UTC instants", (from, expected) => {
    const pattern = [workingDay(7), workingDay(1)];
    expect(iso(findFreeSlots(technicianSchedule({ pattern }), { from, durationMinutes: 210, count: 3 }))).toEqual(
      expected,
    );
  });

  it("counts real minutes for a night window across the March gap (02:00–04:00 lasts one hour)", () => {
    const pattern = [workingDay(7, { morningStart: 120, morningEnd: 240, afternoon: false })];
    expect(
      findFreeSlots(technicianSchedule({ pattern }), {
        from: "2026-03-29",
        durationMinutes: 90,
        count: 1,
        horizonDays: 1,
      }),
    ).toEqual([]);
    const [slot] = findFreeSlots(technicianSchedule({ pattern }), {
      from: "2026-03-29",
      durationMinutes: 60,
      count: 1,
      horizonDays: 1,
    });
    expect(iso([slot])).toEqual(["2026-03-29T01:00:00.000Z/2026-03-29T02:00:00.000Z"]);
  });
});

// Random schedules over spring 2026 (which includes the March change and Easter).
const patternArb = fc
  .uniqueArray(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), morning: fc.boolean(), afternoon: fc.boolean() }), {
    selector: (entry) => entry.weekday,
    maxLength: 7,
  })
  .map((entries) => entries.map((entry) => workingDay(entry.weekday, entry)));
const dateArb = fc.integer({ min: 0, max: 60 }).map((offset) => addDays("2026-03-01", offset));
const absenceArb = fc
  .record({
    id: fc.uuid(),
    kind: fc.constant("LEAVE"),
    startDate: dateArb,
    length: fc.integer({ min: 0, max: 4 }),
    portion: fc.constantFrom("FULL_DAY" as const, "MORNING" as const, "AFTERNOON" as const),
  })
  .map(({ length, ...absence }) => ({ ...absence, endDate: addDays(absence.startDate, length) }));
const busyArb = fc
  .record({
    id: fc.uuid(),
    date: dateArb,
    startHour: fc.integer({ min: 6, max: 17 }),
    minutes: fc.integer({ min: 15, max: 300 }),
  })
  .map(({ id, date, startHour, minutes }) => {
    const startsAt = new Date(`${date}T${String(startHour).padStart(2, "0")}:00:00Z`);
    return { id, title: "busy", startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
  });

describe("findFreeSlots properties", () => {
  it("never returns a slot that breaks a rule, overlaps another suggestion or is too short", () => {
    fc.assert(
      fc.property(
        patternArb,
        fc.array(absenceArb, { maxLength: 4 }),
        fc.array(busyArb, { maxLength: 25 }),
        dateArb,
        fc.integer({ min: 15, max: 480 }),
        (pattern, absences, busy, from, duration) => {
          const schedule = technicianSchedule({ pattern, absences, busy });
          const slots = findFreeSlots(schedule, { from, durationMinutes: duration, count: 6, horizonDays: 40 });
          for (const slot of slots) {
            expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(duration * 60_000);
            expect(isHoliday(slot.localDate, "METROPOLE")).toBe(false);
            const workDay = workingDayOf(slot.localDate, pattern);
            expect(workDay).not.toBeNull();
            for (const absence of absences) {
              const range = absenceRangeOn(absence, slot.localDate, workDay);
              if (range) expect(range.start < slot.endMinute && slot.startMinute < range.end).toBe(false);
            }
            for (const item of busy)
              expect(overlaps(slot.startsAt, slot.endsAt, item.startsAt, item.endsAt)).toBe(false);
            // The conflict checker, used when booking, agrees with the finder.
            expect(slotConflicts(schedule, slot)).toEqual([]);
          }
          for (let index = 1; index < slots.length; index++) {
            expect(slots[index].startsAt.getTime()).toBeGreaterThanOrEqual(slots[index - 1].endsAt.getTime());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds a slot on every free working day when the week is empty (no false negatives)", () => {
    fc.assert(
      fc.property(patternArb, dateArb, (pattern, from) => {
        const slots = findFreeSlots(technicianSchedule({ pattern }), {
          from,
          durationMinutes: 30,
          count: 100,
          horizonDays: 14,
        });
        const expectedDays = eachDay(from, addDays(from, 13)).filter(
          (date) => workingDayOf(date, pattern) && !isHoliday(date, "METROPOLE"),
        );
        expect([...new Set(slots.map((slot) => slot.localDate))]).toEqual(expectedDays);
      }),
      { numRuns: 200 },
    );
  });
});
