import { describe, expect, it } from "vitest";
import { ageingBucket, ageingTotals } from "./ageing";

describe("ageingBucket", () => {
  it("puts the limits in the right bucket", () => {
    expect(ageingBucket("2026-03-02", "2026-03-01")).toBe("notDue");
    expect(ageingBucket("2026-03-01", "2026-03-01")).toBe("days0to30");
    expect(ageingBucket("2026-01-30", "2026-03-01")).toBe("days0to30"); // 30 days
    expect(ageingBucket("2026-01-29", "2026-03-01")).toBe("days31to60"); // 31 days
    expect(ageingBucket("2025-12-31", "2026-03-01")).toBe("days31to60"); // 60 days
    expect(ageingBucket("2025-12-30", "2026-03-01")).toBe("over60"); // 61 days
  });

  it("counts across a daylight-saving change as whole days", () => {
    expect(ageingBucket("2026-02-27", "2026-03-29")).toBe("days0to30"); // 30 days, DST on 29 March
  });
});

describe("ageingTotals", () => {
  it("sums count and amount per bucket, ignoring settled invoices", () => {
    const totals = ageingTotals(
      [
        { dueDate: "2026-02-20", openBalanceCents: 1_000 },
        { dueDate: "2026-02-25", openBalanceCents: 2_500 },
        { dueDate: "2025-11-01", openBalanceCents: 40_000 },
        { dueDate: "2025-11-01", openBalanceCents: 0 },
        { dueDate: "2026-04-01", openBalanceCents: 700 },
      ],
      "2026-03-01",
    );
    expect(totals).toEqual({
      notDue: { count: 1, cents: 700 },
      days0to30: { count: 2, cents: 3_500 },
      days31to60: { count: 0, cents: 0 },
      over60: { count: 1, cents: 40_000 },
    });
  });
});
