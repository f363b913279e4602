import { describe, expect, it } from "vitest";
import { cashByMonth, leftToInvoice, mostOverdueMembers } from "./treasury";

describe("cashByMonth", () => {
  it("covers the twelve months ending this month, across the year boundary", () => {
    const months = cashByMonth(
      [
        { receivedOn: "2026-02-06", amountCents: 100 },
        { receivedOn: "2026-02-20", amountCents: 50 },
        { receivedOn: "2025-02-28", amountCents: 999 },
        { receivedOn: "2025-03-01", amountCents: 7 },
      ],
      "2026-02-10",
    );
    expect(months.map((row) => row.month)).toEqual(
      "2025-03 2025-04 2025-05 2025-06 2025-07 2025-08 2025-09 2025-10 2025-11 2025-12 2026-01 2026-02".split(" "),
    );
    expect(months[0].cents).toBe(7);
    expect(months[11].cents).toBe(150);
  });
});

describe("mostOverdueMembers", () => {
  it("sums each member's overdue invoices and puts the longest delay first", () => {
    const rows = mostOverdueMembers(
      [
        { memberId: "a", memberName: "A", dueDate: "2026-10-01", openBalanceCents: 1000 },
        { memberId: "a", memberName: "A", dueDate: "2026-02-01", openBalanceCents: 500 },
        { memberId: "b", memberName: "B", dueDate: "2026-11-01", openBalanceCents: 9000 },
        { memberId: "c", memberName: "C", dueDate: "2026-12-01", openBalanceCents: 9000 },
        { memberId: "d", memberName: "D", dueDate: "2026-01-01", openBalanceCents: 0 },
      ],
      "2026-11-24",
    );
    expect(rows.map((row) => [row.memberName, row.overdueCents, row.invoiceCount, row.oldestDays])).toEqual([
      ["A", 1500, 2, 296],
      ["B", 9000, 1, 23],
    ]);
  });
});

describe("leftToInvoice", () => {
  it("nets credit notes and never goes below zero", () => {
    expect(leftToInvoice(10_000, 6_000, 1_000)).toEqual({
      subscribedCents: 10_000,
      invoicedCents: 5_000,
      leftCents: 5_000,
    });
    expect(leftToInvoice(10_000, 12_000, 0).leftCents).toBe(0);
  });
});
