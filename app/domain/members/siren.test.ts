import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhnValid as passesLuhn } from "~/domain/settings/identifiers";
import { isValidSiren, isValidSiret, normalizeCompanyNumber, sirenOfSiret } from "./siren";

describe("SIREN", () => {
  it("accepts real SIRENs, with or without spaces", () => {
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("732 829 320")).toBe(true);
    expect(isValidSiren("552100554")).toBe(true);
  });

  it("refuses a wrong check digit, a wrong length or letters", () => {
    expect(isValidSiren("732829321")).toBe(false);
    expect(isValidSiren("73282932")).toBe(false);
    expect(isValidSiren("7328293200")).toBe(false);
    expect(isValidSiren("73282932A")).toBe(false);
    expect(isValidSiren("")).toBe(false);
  });

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

describe("SIRET", () => {
  it("accepts a real SIRET and gives its SIREN", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("732 829 320 00074")).toBe(true);
    expect(sirenOfSiret("732 829 320 00074")).toBe("732829320");
  });

  it("refuses a wrong check digit or length", () => {
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("732829320")).toBe(false);
  });

  it("applies La Poste's own rule (sum of digits multiple of 5)", () => {
    expect(isValidSiret("35600000000048")).toBe(true);
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(passesLuhn("35600000049837")).toBe(false);
    expect(isValidSiret("35600000049838")).toBe(false);
  });
});

describe("normalizeCompanyNumber", () => {
  it("drops spaces, dots, dashes and non-breaking spaces", () => {
    expect(normalizeCompanyNumber(" 732.829-320\u00a000074 ")).toBe("73282932000074");
  });
});
