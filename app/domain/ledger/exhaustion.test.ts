import { describe, expect, it } from "vitest";
import { projectExhaustionDate } from "./exhaustion";
import { type LedgerMovement } from "./movements";

const consumption = (occurredOn: string, minutes: number): LedgerMovement => ({
  kind: "CONSUMPTION",
  minutes: -minutes,
  occurredOn,
});
const period = { periodStart: "2026-01-01", periodEnd: "2026-12-31" } as const;

describe("projectExhaustionDate", () => {
  it("extends the average daily burn of the elapsed period", () => {
    // 10 days elapsed (1–10 January), 840 min consumed → 84 min/day.
    // 3000 min left / 84 = 35.7 → runs out 36 days after 10 January: 15 February.
    const movements = [consumption("2026-01-05", 420), consumption("2026-01-10", 420)];
    expect(projectExhaustionDate({ ...period, remainingMinutes: 3000, movements, today: "2026-01-10" })).toBe(
      "2026-02-15",
    );
  });

  it("lands exactly on the day consumption catches up", () => {
    // 5 days, 500 min → 100 min/day; 300 min left → 3 days.
    const movements = [consumption("2026-01-02", 500)];
    expect(projectExhaustionDate({ ...period, remainingMinutes: 300, movements, today: "2026-01-05" })).toBe(
      "2026-01-08",
    );
  });

  it("ignores adjustments, future-dated entries and earlier periods", () => {
    const movements: LedgerMovement[] = [
      consumption("2026-01-02", 500),
      { kind: "ADJUSTMENT", minutes: -10_000, occurredOn: "2026-01-03" },
      consumption("2026-01-20", 10_000),
      consumption("2025-12-31", 10_000),
    ];
    expect(projectExhaustionDate({ ...period, remainingMinutes: 300, movements, today: "2026-01-05" })).toBe(
      "2026-01-08",
    );
  });

  it("is null without consumption, or when the balance outlasts the period", () => {
    expect(projectExhaustionDate({ ...period, remainingMinutes: 3000, movements: [], today: "2026-06-01" })).toBeNull();
    const slow = [consumption("2026-01-02", 10)];
    expect(
      projectExhaustionDate({ ...period, remainingMinutes: 3000, movements: slow, today: "2026-06-01" }),
    ).toBeNull();
    expect(
      projectExhaustionDate({ ...period, remainingMinutes: 3000, movements: slow, today: "2027-01-05" }),
    ).toBeNull();
  });

  it("is today once the balance is exhausted", () => {
    expect(projectExhaustionDate({ ...period, remainingMinutes: 0, movements: [], today: "2026-03-01" })).toBe(
      "2026-03-01",
    );
  });
});
