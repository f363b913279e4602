import { describe, expect, it } from "vitest";
import { daysOverdue, displayStateFromSlug, DISPLAY_STATE_SLUGS, INVOICE_DISPLAY_STATES, invoiceDisplayState, outstandingCents, type InvoiceStateInput } from "./invoice-state";

const issued: InvoiceStateInput = { status: "ISSUED", kind: "SHARES", dueDate: "2026-02-14", totalInclTaxCents: 10_000, paidCents: 0, creditedCents: 0 };

describe("invoiceDisplayState", () => {
  it("follows the stored status for drafts and cancelled invoices", () => {
    expect(invoiceDisplayState({ ...issued, status: "DRAFT", dueDate: null }, "2026-03-01")).toBe("draft");
    expect(invoiceDisplayState({ ...issued, status: "CANCELLED" }, "2026-03-01")).toBe("cancelled");
  });

  it("is issued until due, then overdue while money is owed", () => {
    expect(invoiceDisplayState(issued, "2026-02-14")).toBe("issued");
    expect(invoiceDisplayState(issued, "2026-02-15")).toBe("overdue");
    expect(invoiceDisplayState({ ...issued, paidCents: 4_000 }, "2026-02-15")).toBe("overdue");
  });

  it("is partly paid, then paid", () => {
    expect(invoiceDisplayState({ ...issued, paidCents: 4_000 }, "2026-02-01")).toBe("partlyPaid");
    expect(invoiceDisplayState({ ...issued, paidCents: 10_000 }, "2026-05-01")).toBe("paid");
    expect(invoiceDisplayState({ ...issued, paidCents: 6_000, creditedCents: 4_000 }, "2026-05-01")).toBe("paid");
  });

  it("shows an issued credit note as issued", () => {
    expect(invoiceDisplayState({ ...issued, kind: "CREDIT_NOTE" }, "2027-01-01")).toBe("issued");
  });
});

describe("outstandingCents", () => {
  it("subtracts payments and credit notes, never below zero", () => {
    expect(outstandingCents({ ...issued, paidCents: 2_500, creditedCents: 1_000 })).toBe(6_500);
    expect(outstandingCents({ ...issued, paidCents: 12_000 })).toBe(0);
    expect(outstandingCents({ ...issued, status: "DRAFT" })).toBe(0);
  });
});

describe("filter slugs and overdue days", () => {
  it("maps every state to a French slug and back", () => {
    for (const state of INVOICE_DISPLAY_STATES) expect(displayStateFromSlug(DISPLAY_STATE_SLUGS[state])).toBe(state);
    expect(displayStateFromSlug("nimporte")).toBeNull();
    expect(displayStateFromSlug(null)).toBeNull();
  });

  it("counts whole days past due", () => {
    expect(daysOverdue("2026-02-14", "2026-02-21")).toBe(7);
    expect(daysOverdue("2026-02-14", "2026-02-10")).toBe(0);
    expect(daysOverdue("2026-03-20", "2026-04-19")).toBe(30);
  });
});
