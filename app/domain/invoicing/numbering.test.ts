import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { compareInvoiceNumbers, formatInvoiceNumber, invoiceSeriesName, parseInvoiceNumber } from "./numbering";

const documentTypeArbitrary = fc.constantFrom("INVOICE" as const, "CREDIT_NOTE" as const);
const yearArbitrary = fc.integer({ min: 1000, max: 9999 });
const sequenceArbitrary = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

describe("invoice series and numbers", () => {
  it("names the series per kind and year", () => {
    expect(invoiceSeriesName("INVOICE", 2026)).toBe("F2026");
    expect(invoiceSeriesName("CREDIT_NOTE", 2026)).toBe("AV2026");
    expect(() => invoiceSeriesName("INVOICE", 26)).toThrow(RangeError);
  });

  it("pads to 4 digits and grows beyond 9999", () => {
    expectEach(formatInvoiceNumber, [
      ["F2026", 1, "F2026-0001"],
      ["AV2026", 42, "AV2026-0042"],
      ["F2026", 9999, "F2026-9999"],
      ["F2026", 10_000, "F2026-10000"],
    ]);
  });

  it("rejects bad series and sequences", () => {
    expect(() => formatInvoiceNumber("X2026", 1)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("F2026", 0)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("F2026", 1.5)).toThrow(RangeError);
  });

  it("parses only canonical numbers", () => {
    expect(parseInvoiceNumber("F2026-0001")).toEqual({ series: "F2026", prefix: "F", year: 2026, sequence: 1 });
    expect(parseInvoiceNumber("AV2027-12345")).toEqual({ series: "AV2027", prefix: "AV", year: 2027, sequence: 12345 });
    for (const bad of [
      "F2026-1",
      "F2026-00001",
      "F2026-0000",
      "f2026-0001",
      "F26-0001",
      "F2026 0001",
      " F2026-0001",
      "F2026-0001\n",
      "D2026-0001",
    ]) {
      expect(parseInvoiceNumber(bad), bad).toBeNull();
    }
  });

  it("property: format then parse gives back the series and sequence", () => {
    fc.assert(
      fc.property(documentTypeArbitrary, yearArbitrary, sequenceArbitrary, (documentType, year, sequence) => {
        const series = invoiceSeriesName(documentType, year);
        const number = formatInvoiceNumber(series, sequence);
        expect(parseInvoiceNumber(number)).toMatchObject({ series, year, sequence });
        expect(number.length).toBeGreaterThanOrEqual(series.length + 5);
      }),
    );
  });

  it("property: string order matches sequence order within a series up to 9999", () => {
    fc.assert(
      fc.property(yearArbitrary, fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (year, a, b) => {
        const series = invoiceSeriesName("INVOICE", year);
        const [left, right] = [formatInvoiceNumber(series, a), formatInvoiceNumber(series, b)];
        const stringOrder = left < right ? -1 : left > right ? 1 : 0;
        expect(stringOrder).toBe(Math.sign(a - b));
      }),
    );
  });

  it("string order breaks past 9999, which is why compareInvoiceNumbers exists", () => {
    const [before, after] = [formatInvoiceNumber("F2026", 9999), formatInvoiceNumber("F2026", 10_000)];
    expect(before > after).toBe(true);
    expect(compareInvoiceNumbers(before, after)).toBeLessThan(0);
  });

  it("property: compareInvoiceNumbers follows the sequence at any size, and the year across series", () => {
    fc.assert(
      fc.property(
        documentTypeArbitrary,
        yearArbitrary,
        sequenceArbitrary,
        sequenceArbitrary,
        (documentType, year, a, b) => {
          const series = invoiceSeriesName(documentType, year);
          expect(Math.sign(compareInvoiceNumbers(formatInvoiceNumber(series, a), formatInvoiceNumber(series, b)))).toBe(
            Math.sign(a - b),
          );
        },
      ),
    );
    fc.assert(
      fc.property(yearArbitrary, yearArbitrary, sequenceArbitrary, sequenceArbitrary, (yearA, yearB, a, b) => {
        fc.pre(yearA !== yearB);
        const left = formatInvoiceNumber(invoiceSeriesName("INVOICE", yearA), a);
        const right = formatInvoiceNumber(invoiceSeriesName("CREDIT_NOTE", yearB), b);
        expect(Math.sign(compareInvoiceNumbers(left, right))).toBe(Math.sign(yearA - yearB));
      }),
    );
  });
});
