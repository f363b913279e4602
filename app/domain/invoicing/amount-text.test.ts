import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  basisPointsToPercentText,
  centsToDecimalText,
  formatDateFr,
  formatEurosFr,
  formatLongDateFr,
  formatPercentFr,
  formatQuantityFr,
  thousandthsToDecimalText,
  toCiiDate,
} from "./amount-text";

const NBSP = "\u00a0";

describe("XML decimals", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [123456, "1234.56"],
    [-5, "-0.05"],
    [-123456, "-1234.56"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("%i cents → %s", (cents, expected) => {
    expect(centsToDecimalText(cents)).toBe(expected);
  });

  it("formats quantities and rates", () => {
    expect(thousandthsToDecimalText(1500)).toBe("1.500");
    expect(thousandthsToDecimalText(1)).toBe("0.001");
    expect(basisPointsToPercentText(2000)).toBe("20.00");
    expect(basisPointsToPercentText(0)).toBe("0.00");
  });

  it("property: the decimal text reads back to the same integer", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const text = centsToDecimalText(cents);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(BigInt(text.replace(".", ""))).toBe(BigInt(cents));
      }),
    );
  });

  it("refuses non-integers", () => {
    expect(() => centsToDecimalText(1.5)).toThrow(RangeError);
  });
});

describe("French display", () => {
  it("formats euros with non-breaking spaces", () => {
    expectEach(formatEurosFr, [
      [305000, `3${NBSP}050,00${NBSP}€`],
      [123456789, `1${NBSP}234${NBSP}567,89${NBSP}€`],
      [7, `0,07${NBSP}€`],
      [-100, `−1,00${NBSP}€`],
    ]);
  });

  it("formats quantities without useless zeros", () => {
    expectEach(formatQuantityFr, [
      [1500, "1,5"],
      [2000, "2"],
      [10000, "10"],
      [333, "0,333"],
      [0, "0"],
      [1_250_000, `1${NBSP}250`],
    ]);
  });

  it("formats rates and dates", () => {
    expectEach(formatPercentFr, [
      [2000, `20${NBSP}%`],
      [550, `5,5${NBSP}%`],
      [1000, `10${NBSP}%`],
    ]);
    expect(formatDateFr("2026-02-05")).toBe("05/02/2026");
    expect(formatLongDateFr("2026-02-01")).toBe("1er février 2026");
    expect(formatLongDateFr("2026-08-15")).toBe("15 août 2026");
    expect(toCiiDate("2026-02-05")).toBe("20260205");
    expect(() => toCiiDate("2026-02-30")).toThrow(RangeError);
  });
});
