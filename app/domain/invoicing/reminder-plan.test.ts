import { describe, expect, it } from "vitest";
import { planAutomaticReminder, planManualReminder, totalDueCents, type ReminderCandidate } from "./reminder-plan";

const invoice = (id: string, dueDate: string, openBalanceCents: number): ReminderCandidate => ({
  id,
  number: `F2026-${id}`,
  issueDate: "2026-01-01",
  dueDate,
  totalInclTaxCents: 300_000,
  openBalanceCents,
});

describe("planAutomaticReminder", () => {
  const thresholds = [7, 30, 45];
  it("gathers every overdue invoice of the member once one reaches a new threshold", () => {
    const plan = planAutomaticReminder(
      [invoice("2", "2026-02-10", 5_000), invoice("1", "2026-01-10", 125_000), invoice("3", "2026-03-30", 10_000)],
      thresholds,
      new Map(),
      "2026-02-17",
    );
    expect(plan?.map((line) => [line.id, line.daysOverdue, line.thresholdDays])).toEqual([
      ["1", 38, 30],
      ["2", 7, 7],
    ]);
    expect(totalDueCents(plan!)).toBe(130_000);
  });
  it("sends nothing when every reached threshold was already sent, or nothing is owed", () => {
    expect(
      planAutomaticReminder([invoice("1", "2026-01-10", 125_000)], thresholds, new Map([["1", [30]]]), "2026-02-17"),
    ).toBeNull();
    expect(planAutomaticReminder([invoice("1", "2026-01-10", 0)], thresholds, new Map(), "2026-02-17")).toBeNull();
    expect(planAutomaticReminder([invoice("1", "2026-02-14", 10)], thresholds, new Map(), "2026-02-20")).toBeNull();
  });
  it("records only the latest of several thresholds passed at once", () => {
    const plan = planAutomaticReminder(
      [invoice("1", "2026-01-01", 1)],
      thresholds,
      new Map([["1", [7]]]),
      "2026-03-01",
    );
    expect(plan?.[0].thresholdDays).toBe(45);
  });
});

describe("planManualReminder", () => {
  it("puts the chosen invoice first, even before its due date, then the other overdue ones", () => {
    const chosen = invoice("9", "2026-03-01", 4_000);
    const plan = planManualReminder(
      chosen,
      [chosen, invoice("1", "2026-01-10", 1_000), invoice("2", "2026-04-01", 7)],
      "2026-02-17",
    );
    expect(plan.map((line) => [line.id, line.daysOverdue, line.thresholdDays])).toEqual([
      ["9", 0, null],
      ["1", 38, null],
    ]);
  });
});
