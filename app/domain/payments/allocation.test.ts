import { describe, expect, it } from "vitest";
import { allocateOldestFirst, allocationProblem, creditCents } from "./allocation";

const open = [
  { invoiceId: "old", openBalanceCents: 10_000 },
  { invoiceId: "mid", openBalanceCents: 5_000 },
  { invoiceId: "new", openBalanceCents: 20_000 },
];

describe("allocateOldestFirst", () => {
  it("pays the oldest invoices first, partly paying the last one reached", () => {
    expect(allocateOldestFirst(12_000, open)).toEqual([
      { invoiceId: "old", amountCents: 10_000 },
      { invoiceId: "mid", amountCents: 2_000 },
    ]);
  });

  it("stops at the balances: the rest is a credit", () => {
    const allocations = allocateOldestFirst(40_000, open);
    expect(allocations.reduce((sum, a) => sum + a.amountCents, 0)).toBe(35_000);
    expect(creditCents(40_000, 35_000)).toBe(5_000);
  });

  it("skips settled invoices and allocates nothing without money", () => {
    expect(allocateOldestFirst(1_000, [{ invoiceId: "paid", openBalanceCents: 0 }, ...open])).toEqual([
      { invoiceId: "old", amountCents: 1_000 },
    ]);
    expect(allocateOldestFirst(0, open)).toEqual([]);
  });
});

describe("allocationProblem", () => {
  // Allocations are written "invoice:cents" so that each case fits a line.
  const allocations = (...pairs: string[]) =>
    pairs.map((pair) => ({ invoiceId: pair.split(":")[0], amountCents: Number(pair.split(":")[1]) }));

  it.each([
    // Within each balance and the amount.
    [15_000, allocations("old:10000", "new:5000"), null],
    [15_000, allocations("new:1000"), null],
    // More than an invoice's balance, more than the amount, unknown or repeated invoices.
    [50_000, allocations("mid:5001"), "overBalance"],
    [9_000, allocations("old:6000", "mid:4000"), "overAmount"],
    [9_000, allocations("elsewhere:1"), "unknownInvoice"],
    [9_000, allocations("old:1", "old:1"), "duplicate"],
  ])("of %i cents over %j: %s", (amountCents, rows, problem) => {
    expect(allocationProblem(amountCents, rows, open)).toBe(problem);
  });
});

describe("creditCents", () => {
  it("is never negative", () => {
    expect(creditCents(1_000, 1_000)).toBe(0);
    expect(creditCents(1_000, 1_500)).toBe(0);
  });
});
