import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  daysOverdue,
  displayStateFromSlug,
  DISPLAY_STATE_SLUGS,
  INVOICE_DISPLAY_STATES,
  invoiceDisplayState,
  openBalanceCents,
  outstandingCents,
  type InvoiceStateInput,
} from "./invoice-state";

const issued: InvoiceStateInput = {
  status: "ISSUED",
  kind: "SHARES",
  dueDate: "2026-02-14",
  totalInclTaxCents: 10_000,
  paidCents: 0,
  creditedCents: 0,
};

describe("invoiceDisplayState", () => {
  it("follows the stored status for drafts and cancelled invoices", () => {
    expect(invoiceDisplayState({ ...issued, status: "DRAFT", dueDate: null }, "2026-03-01")).toBe("draft");
    expect(invoiceDisplayState({ ...issued, status: "CANCELLED" }, "2026-03-01")).toBe("cancelled");
  });

  it("is issued until due, then overdue while money is owed", () => {
    expectEach(invoiceDisplayState, [
      [issued, "2026-02-14", "issued"],
      [issued, "2026-02-15", "overdue"],
      [{ ...issued, paidCents: 4_000 }, "2026-02-15", "overdue"],
    ]);
  });

  it("is partly paid, then paid", () => {
    expectEach(invoiceDisplayState, [
      [{ ...issued, paidCents: 4_000 }, "2026-02-01", "partlyPaid"],
      [{ ...issued, paidCents: 10_000 }, "2026-05-01", "paid"],
      [{ ...issued, paidCents: 6_000, creditedCents: 4_000 }, "2026-05-01", "paid"],
    ]);
  });

  it("shows an issued credit note as issued", () => {
    expect(invoiceDisplayState({ ...issued, kind: "CREDIT_NOTE" }, "2027-01-01")).toBe("issued");
  });
});

describe("payments in progress", () => {
  it("shows an invoice wholly covered by a processing payment as processing, even past due", () => {
    expect(invoiceDisplayState({ ...issued, processingCents: 10_000 }, "2026-03-01")).toBe("processing");
    expect(invoiceDisplayState({ ...issued, paidCents: 4_000, processingCents: 6_000 }, "2026-02-01")).toBe(
      "processing",
    );
  });

  it("keeps the usual state while part of the balance is not on its way", () => {
    expectEach(invoiceDisplayState, [
      [{ ...issued, processingCents: 3_000 }, "2026-02-01", "issued"],
      [{ ...issued, processingCents: 3_000 }, "2026-03-01", "overdue"],
      [{ ...issued, paidCents: 10_000, processingCents: 10_000 }, "2026-03-01", "paid"],
    ]);
  });

  it("asks only for what is neither paid, credited nor on its way", () => {
    expectEach(openBalanceCents, [
      [{ ...issued, paidCents: 2_000, creditedCents: 1_000, processingCents: 3_000 }, 4_000],
      [{ ...issued, processingCents: 12_000 }, 0],
      [issued, 10_000],
      [{ ...issued, kind: "CREDIT_NOTE" }, 0],
    ]);
  });
});

describe("outstandingCents", () => {
  it("subtracts payments and credit notes, never below zero", () => {
    expectEach(outstandingCents, [
      [{ ...issued, paidCents: 2_500, creditedCents: 1_000 }, 6_500],
      [{ ...issued, paidCents: 12_000 }, 0],
      [{ ...issued, status: "DRAFT" }, 0],
    ]);
  });
});

describe("filter slugs and overdue days", () => {
  it("maps every state to a French slug and back", () => {
    for (const state of INVOICE_DISPLAY_STATES) expect(displayStateFromSlug(DISPLAY_STATE_SLUGS[state])).toBe(state);
    expect(displayStateFromSlug("nimporte")).toBeNull();
    expect(displayStateFromSlug(null)).toBeNull();
  });

  it("counts whole days past due", () => {
    expectEach(daysOverdue, [
      ["2026-02-14", "2026-02-21", 7],
      ["2026-02-14", "2026-02-10", 0],
      ["2026-03-20", "2026-04-19", 30],
    ]);
  });
});
