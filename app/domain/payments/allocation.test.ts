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
  it("accepts allocations within each balance and the amount", () => {
    expect(
      allocationProblem(
        15_000,
        [
          { invoiceId: "old", amountCents: 10_000 },
          { invoiceId: "new", amountCents: 5_000 },
        ],
        open,
      ),
    ).toBeNull();
    expect(allocationProblem(15_000, [{ invoiceId: "new", amountCents: 1_000 }], open)).toBeNull();
  });

  it("refuses more than an invoice's balance, more than the amount, unknown or repeated invoices", () => {
    expect(allocationProblem(50_000, [{ invoiceId: "mid", amountCents: 5_001 }], open)).toBe("overBalance");
    expect(
      allocationProblem(
        9_000,
        [
          { invoiceId: "old", amountCents: 6_000 },
          { invoiceId: "mid", amountCents: 4_000 },
        ],
        open,
      ),
    ).toBe("overAmount");
    expect(allocationProblem(9_000, [{ invoiceId: "elsewhere", amountCents: 1 }], open)).toBe("unknownInvoice");
    expect(
      allocationProblem(
        9_000,
        [
          { invoiceId: "old", amountCents: 1 },
          { invoiceId: "old", amountCents: 1 },
        ],
        open,
      ),
    ).toBe("duplicate");
  });
});

describe("creditCents", () => {
  it("is never negative", () => {
    expect(creditCents(1_000, 1_000)).toBe(0);
    expect(creditCents(1_000, 1_500)).toBe(0);
  });
});
