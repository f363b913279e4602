import { describe, expect, it } from "vitest";
import { technicianSchedule, workingDay } from "../../../tests/support/work-pattern";
import { slotConflicts, slotInstants } from "./conflicts";

describe("slotConflicts", () => {
  it("accepts a morning on a working day", () => {
    expect(slotConflicts(technicianSchedule(), { localDate: "2026-03-02", startMinute: 510, endMinute: 720 })).toEqual(
      [],
    );
  });

  it("names the overlapping intervention", () => {
    const busy = [
      {
        id: "i1",
        title: "Sauvegardes",
        startsAt: new Date("2026-03-02T10:00:00Z"),
        endsAt: new Date("2026-03-02T11:00:00Z"),
      },
    ];
    // 10:00 UTC is 11:00 in Paris in winter: 09:00–11:30 local overlaps it.
    expect(
      slotConflicts(technicianSchedule({ busy }), { localDate: "2026-03-02", startMinute: 540, endMinute: 690 }),
    ).toEqual([{ rule: "overlap", intervention: busy[0] }]);
    // Back to back (ends exactly when the other starts) is fine.
    expect(
      slotConflicts(technicianSchedule({ busy }), { localDate: "2026-03-02", startMinute: 540, endMinute: 660 }),
    ).toEqual([]);
  });

  it("ignores the intervention being moved", () => {
    const busy = [
      { id: "i1", title: "x", startsAt: new Date("2026-03-02T08:00:00Z"), endsAt: new Date("2026-03-02T11:00:00Z") },
    ];
    expect(
      slotConflicts(technicianSchedule({ busy }), { localDate: "2026-03-02", startMinute: 540, endMinute: 600 }, "i1"),
    ).toEqual([]);
  });

  it("refuses a non-working day, a holiday (with its name) and an absence (with the absence)", () => {
    expect(slotConflicts(technicianSchedule(), { localDate: "2026-03-05", startMinute: 540, endMinute: 600 })).toEqual([
      { rule: "non-working-day" },
    ]);
    // Lundi de Pâques 2026: 6 April, a Monday.
    expect(slotConflicts(technicianSchedule(), { localDate: "2026-04-06", startMinute: 540, endMinute: 600 })).toEqual([
      { rule: "holiday", name: "Lundi de Pâques" },
    ]);
    const absence = {
      id: "a1",
      kind: "LEAVE" as const,
      startDate: "2026-03-02",
      endDate: "2026-03-04",
      portion: "FULL_DAY" as const,
    };
    expect(
      slotConflicts(technicianSchedule({ absences: [absence] }), {
        localDate: "2026-03-03",
        startMinute: 540,
        endMinute: 600,
      }),
    ).toEqual([{ rule: "absence", absence }]);
  });

  it("lets a half-day absence free the other half", () => {
    const absence = {
      id: "a1",
      kind: "TRAINING" as const,
      startDate: "2026-03-02",
      endDate: "2026-03-02",
      portion: "MORNING" as const,
    };
    const withAbsence = technicianSchedule({ absences: [absence] });
    expect(slotConflicts(withAbsence, { localDate: "2026-03-02", startMinute: 810, endMinute: 1020 })).toEqual([]);
    expect(slotConflicts(withAbsence, { localDate: "2026-03-02", startMinute: 600, endMinute: 840 })).toEqual([
      { rule: "absence", absence },
    ]);
  });

  it("refuses outside working hours, and allows crossing the lunch break on a full day", () => {
    expect(slotConflicts(technicianSchedule(), { localDate: "2026-03-02", startMinute: 420, endMinute: 540 })).toEqual([
      { rule: "outside-hours" },
    ]);
    expect(slotConflicts(technicianSchedule(), { localDate: "2026-03-02", startMinute: 510, endMinute: 1020 })).toEqual(
      [],
    );
    const morningsOnly = technicianSchedule({ pattern: [workingDay(1, { afternoon: false })] });
    expect(slotConflicts(morningsOnly, { localDate: "2026-03-02", startMinute: 660, endMinute: 840 })).toEqual([
      { rule: "outside-hours" },
    ]);
  });

  it("refuses an empty or inverted slot", () => {
    expect(slotConflicts(technicianSchedule(), { localDate: "2026-03-02", startMinute: 600, endMinute: 600 })).toEqual([
      { rule: "invalid-slot" },
    ]);
  });
});

describe("slot instants across the Paris daylight-saving changes", () => {
  // 08:30 in Paris before and after the last Sunday of March, then of October.
  it.each([
    ["2026-03-27", "2026-03-27T07:30:00.000Z"],
    ["2026-03-30", "2026-03-30T06:30:00.000Z"],
    ["2026-10-23", "2026-10-23T06:30:00.000Z"],
    ["2026-10-26", "2026-10-26T07:30:00.000Z"],
  ])("puts 08:30 on %s at %s", (localDate, utc) => {
    const slot = { localDate, startMinute: 510, endMinute: 720 };
    expect(slotInstants(slot, "Europe/Paris").startsAt.toISOString()).toBe(utc);
  });

  it("detects an overlap with an intervention stored in UTC on the Sunday of the change", () => {
    const sunday = technicianSchedule({ pattern: [workingDay(7)] });
    // 29 March 2026, 09:00–10:00 summer time = 07:00–08:00 UTC.
    const busy = [
      { id: "i1", title: "x", startsAt: new Date("2026-03-29T07:00:00Z"), endsAt: new Date("2026-03-29T08:00:00Z") },
    ];
    expect(
      slotConflicts({ ...sunday, busy }, { localDate: "2026-03-29", startMinute: 570, endMinute: 630 }),
    ).toHaveLength(1);
    // 08:00–09:00 local is 06:00–07:00 UTC: free, although it would overlap in winter time.
    expect(slotConflicts({ ...sunday, busy }, { localDate: "2026-03-29", startMinute: 510, endMinute: 540 })).toEqual(
      [],
    );
  });
});
