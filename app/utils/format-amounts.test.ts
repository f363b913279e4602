import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCents, formatShareHalves, numberFormatOf } from "./format-amounts";

describe("formatCents", () => {
  it.each([
    // No language given: French, the interface's first.
    [200000, undefined, "2\u00a0000,00\u00a0€"],
    [5, undefined, "0,05\u00a0€"],
    [-12345, "en", "−€123.45"],
  ] as const)("writes %i cents (language %s) as %j", (cents, locale, text) =>
    expect(formatCents(cents, locale)).toBe(text),
  );
  it("never loses a cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const digits = formatCents(cents).replace(/[^\d]/g, "");
        expect(Number(digits)).toBe(Math.abs(cents));
      }),
    );
  });
});

// Half shares.
describe("formatShareHalves", () => {
  it.each([
    [3, "1,5"],
    [4, "2"],
  ])("writes %i as %j", (value, text) => expect(formatShareHalves(value)).toBe(text));
});

describe("numberFormatOf", () => {
  it("builds one formatter per language and options, and formats as Intl does", () => {
    const days = numberFormatOf("fr-FR", { maximumFractionDigits: 1 });
    expect(numberFormatOf("fr-FR", { maximumFractionDigits: 1 })).toBe(days);
    expect(days.format(12.5)).toBe("12,5");
    expect(numberFormatOf("en-GB", { maximumFractionDigits: 1 }).format(12.5)).toBe("12.5");
  });
});
