import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overageAmountCents } from "~/domain/ledger/period-close";
import { overageInvoiceLines } from "./overage-lines";

const consumptions = [
  { date: "2026-03-10", title: "Sauvegardes", minutes: 240, interventionId: "i2" },
  { date: "2026-01-05", title: "Installation", minutes: 300, interventionId: "i1" },
  { date: "2026-06-01", title: "Wi-Fi", minutes: 90, interventionId: "i3" },
];

describe("overageInvoiceLines", () => {
  it("bills the last interventions' minutes beyond the allotment, in date order", () => {
    // 630 min consumed, 150 beyond: the 90 of 1 June and 60 of the 240 of 10 March.
    const lines = overageInvoiceLines({
      overageMinutes: 150,
      amountCents: overageAmountCents(150, 30_000, 420),
      consumptions,
    });
    expect(lines.map((line) => [line.interventionId, line.overageMinutes])).toEqual([
      ["i2", 60],
      ["i3", 90],
    ]);
    expect(lines[0].description).toBe("10/03/2026 — Sauvegardes : 1 h au-delà des parts souscrites");
    expect(lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(overageAmountCents(150, 30_000, 420));
  });

  it("adds a line for overuse no intervention explains", () => {
    const lines = overageInvoiceLines({ overageMinutes: 700, amountCents: 50_000, consumptions });
    expect(lines.at(-1)).toMatchObject({ overageMinutes: 70, interventionId: null });
    expect(lines.reduce((sum, line) => sum + line.overageMinutes, 0)).toBe(700);
  });

  it("always sums to the overage amount and minutes (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), minutes: fc.integer({ min: 1, max: 600 }) }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (rows, overageMinutes, dayRate) => {
          const amountCents = overageAmountCents(overageMinutes, dayRate, 420);
          const lines = overageInvoiceLines({
            overageMinutes,
            amountCents,
            consumptions: rows.map((row, index) => ({
              date: `2026-02-${String(row.day).padStart(2, "0")}`,
              title: `T${index}`,
              minutes: row.minutes,
              interventionId: `i${index}`,
            })),
          });
          expect(lines.reduce((sum, line) => sum + line.overageMinutes, 0)).toBe(overageMinutes);
          expect(lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(amountCents);
        },
      ),
    );
  });

  it("formats durations", () => {});
});
