import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidSiren, normalizeCompanyNumber, sirenOfSiret } from "./siren";

// The SIRET rules (La Poste's among them) are settings/identifiers.ts's, tested in its own file.
describe("SIREN", () => {
  it.each(["732829320", "732 829 320", "552100554"])("accepts %j", (value) => expect(isValidSiren(value)).toBe(true));

  // A wrong check digit, a wrong length, letters.
  it.each(["732829321", "73282932", "7328293200", "73282932A", ""])("refuses %j", (value) =>
    expect(isValidSiren(value)).toBe(false),
  );

  it("catches every single-digit typo", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, shift) => {
        const digits = [..."732829320"];
        digits[position] = String((Number(digits[position]) + shift) % 10);
        return !isValidSiren(digits.join(""));
      }),
    );
  });
});

describe("a company number as typed", () => {
  it("gives a SIRET's SIREN", () => expect(sirenOfSiret("732 829 320 00074")).toBe("732829320"));

  it("drops spaces, dots, dashes and non-breaking spaces", () => {
    expect(normalizeCompanyNumber(" 732.829-320\u00a000074 ")).toBe("73282932000074");
  });
});
