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
  it.each([
    // The stored status, for drafts and cancelled invoices.
    ["a draft", { status: "DRAFT", dueDate: null }, "2026-03-01", "draft"],
    ["a cancelled invoice", { status: "CANCELLED" }, "2026-03-01", "cancelled"],
    // Issued until due, then overdue while money is owed.
    ["an issued invoice on its due date", {}, "2026-02-14", "issued"],
    ["an issued invoice the day after", {}, "2026-02-15", "overdue"],
    ["a partly paid invoice past due", { paidCents: 4_000 }, "2026-02-15", "overdue"],
    // Partly paid, then paid (a credit note counts as payment).
    ["a partly paid invoice before its due date", { paidCents: 4_000 }, "2026-02-01", "partlyPaid"],
    ["a paid invoice", { paidCents: 10_000 }, "2026-05-01", "paid"],
    ["an invoice paid and credited", { paidCents: 6_000, creditedCents: 4_000 }, "2026-05-01", "paid"],
    ["an issued credit note", { kind: "CREDIT_NOTE" }, "2027-01-01", "issued"],
    // Wholly covered by a processing payment: processing, even past due.
    ["an invoice wholly on its way", { processingCents: 10_000 }, "2026-03-01", "processing"],
    [
      "an invoice paid in part, the rest on its way",
      { paidCents: 4_000, processingCents: 6_000 },
      "2026-02-01",
      "processing",
    ],
    // The usual state while part of the balance is not on its way.
    ["an invoice partly on its way before its due date", { processingCents: 3_000 }, "2026-02-01", "issued"],
    ["an invoice partly on its way past due", { processingCents: 3_000 }, "2026-03-01", "overdue"],
    ["a paid invoice with a payment on its way", { paidCents: 10_000, processingCents: 10_000 }, "2026-03-01", "paid"],
  ] as [string, Partial<InvoiceStateInput>, string, string][])(
    "shows %s (%j) on %s as %s",
    (_case, changes, today, state) => {
      expect(invoiceDisplayState({ ...issued, ...changes }, today)).toBe(state);
    },
  );
});

describe("payments in progress", () => {
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
