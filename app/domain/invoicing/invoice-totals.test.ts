import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  computeInvoiceTotals,
  divideRoundHalfAwayFromZero,
  lineTotalExclTaxCents,
  type InvoiceTotals,
  type TotalsLineInput,
} from "./invoice-totals";

const lineArbitrary: fc.Arbitrary<TotalsLineInput> = fc.record({
  quantityThousandths: fc.integer({ min: 0, max: 10_000_000 }),
  unitPriceCents: fc.integer({ min: 0, max: 100_000_000 }),
  vatBasisPoints: fc.constantFrom(0, 2000),
});
const linesArbitrary = fc.array(lineArbitrary, { maxLength: 80 });
const documentTypeArbitrary = fc.constantFrom("INVOICE" as const, "CREDIT_NOTE" as const);

function everyNumberIn(totals: InvoiceTotals): number[] {
  return [
    ...totals.lineTotalsExclTaxCents,
    ...totals.vatBreakdown.flatMap((entry) => [entry.vatBasisPoints, entry.taxableAmountCents, entry.taxAmountCents]),
    totals.totalExclTaxCents,
    totals.totalTaxCents,
    totals.totalInclTaxCents,
    totals.amountDueCents,
    totals.balanceEffectCents,
  ];
}

describe("lineTotalExclTaxCents", () => {
  it.each([
    [1000, 200_000, 200_000], // 1 share at 2 000 €
    [1500, 200_000, 300_000], // 1.5 shares
    [1, 1, 0], // 0.001 × 0.01 € = 0.00001 € → 0
    [500, 1, 1], // 0.5 × 1 cent = 0.5 cent → half rounds up
    [499, 1, 0],
    [333, 100, 33], // 0.333 × 1 € = 33.3 cents
    [2250, 4286, 9644], // 2.25 h × 42.86 € = 96.435 € → 96.44 €
    [-500, 1, -1], // half away from zero keeps credit lines symmetric
  ])("%i thousandths × %i cents = %i cents", (quantityThousandths, unitPriceCents, expected) => {
    expect(lineTotalExclTaxCents({ quantityThousandths, unitPriceCents, vatBasisPoints: 0 })).toBe(expected);
  });

  it("stays exact beyond 2^53 intermediate products", () => {
    // 9 000 000.000 units × 9 000 000.00 € would lose cents in float arithmetic.
    const cents = lineTotalExclTaxCents({
      quantityThousandths: 9_000_000_001,
      unitPriceCents: 900_000,
      vatBasisPoints: 0,
    });
    expect(cents).toBe(8_100_000_000_900);
  });

  it("rejects non-integers and out-of-range rates", () => {
    expect(() => lineTotalExclTaxCents({ quantityThousandths: 1.5, unitPriceCents: 1, vatBasisPoints: 0 })).toThrow(
      RangeError,
    );
    expect(() => lineTotalExclTaxCents({ quantityThousandths: 1, unitPriceCents: 0.1, vatBasisPoints: 0 })).toThrow(
      RangeError,
    );
    expect(() => lineTotalExclTaxCents({ quantityThousandths: 1, unitPriceCents: 1, vatBasisPoints: 20.5 })).toThrow(
      RangeError,
    );
    expect(() => lineTotalExclTaxCents({ quantityThousandths: 1, unitPriceCents: 1, vatBasisPoints: -1 })).toThrow(
      RangeError,
    );
  });

  it("refuses results that cents cannot hold exactly", () => {
    expect(() =>
      lineTotalExclTaxCents({
        quantityThousandths: Number.MAX_SAFE_INTEGER,
        unitPriceCents: Number.MAX_SAFE_INTEGER,
        vatBasisPoints: 0,
      }),
    ).toThrow(/too large/);
  });
});

describe("divideRoundHalfAwayFromZero", () => {
  it("rounds like a treasurer", () => {
    expectEach(divideRoundHalfAwayFromZero, [
      [15n, 10n, 2n],
      [14n, 10n, 1n],
      [-15n, 10n, -2n],
      [-14n, 10n, -1n],
      [0n, 10n, 0n],
    ]);
  });
});

describe("computeInvoiceTotals", () => {
  it("computes VAT per rate on the rate's base, not per line", () => {
    // Three lines of 0.05 € at 20 %: per line VAT would be 3 × round(0.01) = 3 cents; per base it is round(3 cents) = 3 cents.
    // Three lines of 0.03 € at 20 %: per line 3 × round(0.6) = 3 cents; per base round(1.8) = 2 cents — EN 16931 wants 2.
    const totals = computeInvoiceTotals(
      [1, 2, 3].map(() => ({ quantityThousandths: 1000, unitPriceCents: 3, vatBasisPoints: 2000 })),
      "INVOICE",
    );
    expect(totals.vatBreakdown).toEqual([
      { vatCategoryCode: "S", vatBasisPoints: 2000, taxableAmountCents: 9, taxAmountCents: 2 },
    ]);
    expect(totals.totalInclTaxCents).toBe(11);
  });

  it("handles a typical share invoice under the 293 B franchise", () => {
    const totals = computeInvoiceTotals(
      [
        { quantityThousandths: 1500, unitPriceCents: 200_000, vatBasisPoints: 0 },
        { quantityThousandths: 1000, unitPriceCents: 5_000, vatBasisPoints: 0 },
      ],
      "INVOICE",
    );
    expect(totals).toEqual({
      documentType: "INVOICE",
      lineTotalsExclTaxCents: [300_000, 5_000],
      vatBreakdown: [{ vatCategoryCode: "E", vatBasisPoints: 0, taxableAmountCents: 305_000, taxAmountCents: 0 }],
      totalExclTaxCents: 305_000,
      totalTaxCents: 0,
      totalInclTaxCents: 305_000,
      amountDueCents: 305_000,
      balanceEffectCents: 305_000,
    });
  });

  it("orders the breakdown with the highest rate first", () => {
    const totals = computeInvoiceTotals(
      [
        { quantityThousandths: 1000, unitPriceCents: 100, vatBasisPoints: 0 },
        { quantityThousandths: 1000, unitPriceCents: 100, vatBasisPoints: 2000 },
      ],
      "INVOICE",
    );
    expect(totals.vatBreakdown.map((entry) => entry.vatBasisPoints)).toEqual([2000, 0]);
  });

  it("gives zero totals and no breakdown for no lines", () => {
    const totals = computeInvoiceTotals([], "INVOICE");
    expect(totals.vatBreakdown).toEqual([]);
    expect(totals.totalInclTaxCents).toBe(0);
  });

  it("keeps credit note amounts positive and flips only the balance effect", () => {
    const lines = [{ quantityThousandths: 1000, unitPriceCents: 12_345, vatBasisPoints: 2000 }];
    const invoice = computeInvoiceTotals(lines, "INVOICE");
    const creditNote = computeInvoiceTotals(lines, "CREDIT_NOTE");
    expect(creditNote.amountDueCents).toBe(invoice.amountDueCents);
    expect(creditNote.balanceEffectCents).toBe(-invoice.balanceEffectCents);
  });

  it("property: totals are the sums of the lines and of the breakdown (BR-CO-10, BR-CO-14, BR-CO-15)", () => {
    fc.assert(
      fc.property(linesArbitrary, documentTypeArbitrary, (lines, documentType) => {
        const totals = computeInvoiceTotals(lines, documentType);
        const sumOfLines = totals.lineTotalsExclTaxCents.reduce((sum, cents) => sum + cents, 0);
        expect(totals.lineTotalsExclTaxCents).toEqual(lines.map((line) => lineTotalExclTaxCents(line)));
        expect(totals.totalExclTaxCents).toBe(sumOfLines);
        expect(totals.vatBreakdown.reduce((sum, entry) => sum + entry.taxableAmountCents, 0)).toBe(
          totals.totalExclTaxCents,
        );
        expect(totals.vatBreakdown.reduce((sum, entry) => sum + entry.taxAmountCents, 0)).toBe(totals.totalTaxCents);
        expect(totals.totalInclTaxCents).toBe(totals.totalExclTaxCents + totals.totalTaxCents);
        expect(totals.amountDueCents).toBe(totals.totalInclTaxCents);
      }),
    );
  });

  it("property: each rate's VAT is its base × rate rounded to the cent, within half a cent (BR-S-09)", () => {
    fc.assert(
      fc.property(linesArbitrary, (lines) => {
        const totals = computeInvoiceTotals(lines, "INVOICE");
        const rates = new Set(lines.map((line) => line.vatBasisPoints));
        expect(totals.vatBreakdown.map((entry) => entry.vatBasisPoints).sort()).toEqual([...rates].sort());
        for (const entry of totals.vatBreakdown) {
          const baseOfRate = lines
            .filter((line) => line.vatBasisPoints === entry.vatBasisPoints)
            .reduce((sum, line) => sum + lineTotalExclTaxCents(line), 0);
          expect(entry.taxableAmountCents).toBe(baseOfRate);
          // |VAT × 10 000 − base × rate| ≤ 5 000 ⇔ the VAT is within half a cent of the exact value.
          const error = BigInt(entry.taxAmountCents) * 10_000n - BigInt(baseOfRate) * BigInt(entry.vatBasisPoints);
          expect(error <= 5_000n && error > -5_000n).toBe(true);
          if (entry.vatBasisPoints === 0) expect(entry.taxAmountCents).toBe(0);
        }
      }),
    );
  });

  it("property: the order of the lines does not matter", () => {
    fc.assert(
      fc.property(linesArbitrary, fc.integer(), (lines, seed) => {
        const shuffled = [...lines].sort(
          (a, b) => ((a.unitPriceCents * 31 + seed) % 7) - ((b.unitPriceCents * 31 + seed) % 7),
        );
        const original = computeInvoiceTotals(lines, "INVOICE");
        const reordered = computeInvoiceTotals(shuffled, "INVOICE");
        expect(reordered.vatBreakdown).toEqual(original.vatBreakdown);
        expect(reordered.totalInclTaxCents).toBe(original.totalInclTaxCents);
      }),
    );
  });

  it("property: scaling whole quantities by k scales the amounts excluding tax by k exactly, and VAT within a cent per rate", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            units: fc.integer({ min: 0, max: 1000 }),
            unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
            vatBasisPoints: fc.constantFrom(0, 2000),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 1, max: 50 }),
        (wholeLines, k) => {
          const lines = wholeLines.map(({ units, unitPriceCents, vatBasisPoints }) => ({
            quantityThousandths: units * 1000,
            unitPriceCents,
            vatBasisPoints,
          }));
          const scaled = lines.map((line) => ({ ...line, quantityThousandths: line.quantityThousandths * k }));
          const base = computeInvoiceTotals(lines, "INVOICE");
          const big = computeInvoiceTotals(scaled, "INVOICE");
          expect(big.lineTotalsExclTaxCents).toEqual(base.lineTotalsExclTaxCents.map((cents) => cents * k));
          expect(big.totalExclTaxCents).toBe(base.totalExclTaxCents * k);
          big.vatBreakdown.forEach((entry, index) => {
            expect(Math.abs(entry.taxAmountCents - base.vatBreakdown[index].taxAmountCents * k)).toBeLessThanOrEqual(k);
          });
        },
      ),
    );
  });

  it("property: negating every unit price negates every amount (half away from zero is symmetric)", () => {
    fc.assert(
      fc.property(linesArbitrary, (lines) => {
        const totals = computeInvoiceTotals(lines, "INVOICE");
        const negated = computeInvoiceTotals(
          lines.map((line) => ({ ...line, unitPriceCents: -line.unitPriceCents })),
          "INVOICE",
        );
        expect(negated.lineTotalsExclTaxCents).toEqual(totals.lineTotalsExclTaxCents.map((cents) => -cents || 0));
        expect(negated.totalTaxCents).toBe(-totals.totalTaxCents || 0);
        expect(negated.totalInclTaxCents).toBe(-totals.totalInclTaxCents || 0);
      }),
    );
  });

  it("property: only integers ever come out", () => {
    fc.assert(
      fc.property(linesArbitrary, documentTypeArbitrary, (lines, documentType) => {
        for (const value of everyNumberIn(computeInvoiceTotals(lines, documentType))) {
          expect(Number.isInteger(value)).toBe(true);
          expect(Object.is(value, -0)).toBe(false);
        }
      }),
    );
  });
});

describe("computeInvoiceTotals with per-line VAT categories", () => {
  it("taxes the shares at 20 % and leaves the exempt fee out of the VAT, in two breakdown groups", () => {
    const totals = computeInvoiceTotals(
      [
        { quantityThousandths: 1000, unitPriceCents: 75_000, vatBasisPoints: 2000, vatCategoryCode: "S" },
        { quantityThousandths: 1000, unitPriceCents: 5_000, vatBasisPoints: 0, vatCategoryCode: "E" },
      ],
      "INVOICE",
    );
    expect(totals.vatBreakdown).toEqual([
      { vatCategoryCode: "S", vatBasisPoints: 2000, taxableAmountCents: 75_000, taxAmountCents: 15_000 },
      { vatCategoryCode: "E", vatBasisPoints: 0, taxableAmountCents: 5_000, taxAmountCents: 0 },
    ]);
    expect(totals.totalInclTaxCents).toBe(95_000);
  });

  it("keeps exempt and out-of-scope lines apart though both are at 0 %", () => {
    const totals = computeInvoiceTotals(
      [
        { quantityThousandths: 1000, unitPriceCents: 100, vatBasisPoints: 0, vatCategoryCode: "E" },
        { quantityThousandths: 1000, unitPriceCents: 200, vatBasisPoints: 0, vatCategoryCode: "O" },
      ],
      "INVOICE",
    );
    expect(totals.vatBreakdown.map((entry) => [entry.vatCategoryCode, entry.taxableAmountCents])).toEqual([
      ["E", 100],
      ["O", 200],
    ]);
  });
});
