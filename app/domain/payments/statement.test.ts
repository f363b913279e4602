import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statementRows, type StatementEvent } from "./statement";

describe("statementRows", () => {
  it("runs the balance: invoices debit, credit notes and payments credit, a reversed payment debits again", () => {
    const { rows, balanceCents } = statementRows([
      { date: "2026-02-01", kind: "payment", label: "Virement", reference: "VIR", amountCents: 175_000 },
      { date: "2026-01-15", kind: "invoice", label: "F2026-0001", reference: "", amountCents: 300_000 },
      { date: "2026-03-01", kind: "creditNote", label: "AV2026-0001", reference: "", amountCents: 25_000 },
      { date: "2026-02-01", kind: "invoice", label: "F2026-0004", reference: "", amountCents: 5_000 },
      { date: "2026-03-05", kind: "paymentReversed", label: "Virement", reference: "VIR", amountCents: 175_000 },
    ]);
    expect(rows.map((row) => [row.label, row.debitCents, row.creditCents, row.balanceCents])).toEqual([
      ["F2026-0001", 300_000, 0, 300_000],
      ["F2026-0004", 5_000, 0, 305_000],
      ["Virement", 0, 175_000, 130_000],
      ["AV2026-0001", 0, 25_000, 105_000],
      ["Virement", 175_000, 0, 280_000],
    ]);
    expect(balanceCents).toBe(280_000);
  });

  it("ends on Σ debits − Σ credits whatever the order of the events", () => {
    const event = fc.record({
      date: fc.constantFrom("2026-01-01", "2026-02-01", "2026-03-01"),
      kind: fc.constantFrom("invoice", "creditNote", "payment", "paymentReversed") as fc.Arbitrary<
        StatementEvent["kind"]
      >,
      label: fc.string({ maxLength: 5 }),
      reference: fc.constant(""),
      amountCents: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const result = statementRows(events);
        return (
          result.balanceCents === result.debitCents - result.creditCents &&
          (result.rows.at(-1)?.balanceCents ?? 0) === result.balanceCents
        );
      }),
    );
  });
});
