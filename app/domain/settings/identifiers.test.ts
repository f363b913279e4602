import { describe, expect, it } from "vitest";
import {
  compactIdentifier,
  formatIban,
  frenchVatKey,
  isValidBic,
  isValidIban,
  isValidSiret,
  isValidVatNumber,
  luhnValid,
} from "./identifiers";

describe("isValidSiret", () => {
  it("accepts a SIRET whose Luhn checksum is valid, with or without spaces", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("732 829 320 00074")).toBe(true);
    expect(isValidSiret("443 061 841 00047")).toBe(true);
  });

  it("refuses a wrong check digit, a wrong length or letters", () => {
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("732829320000744")).toBe(false);
    expect(isValidSiret("7328293200007A")).toBe(false);
    expect(isValidSiret("")).toBe(false);
  });

  it("applies La Poste's digit-sum rule to its establishments", () => {
    // Luhn-invalid, but the digits add up to 35, a multiple of 5.
    expect(luhnValid("35600000049837")).toBe(false);
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(isValidSiret("35600000012345")).toBe(false);
    // The rule is La Poste's only: another SIRET with a digit sum multiple of 5 stays invalid.
    expect(isValidSiret("89012345600017")).toBe(false);
  });
});

describe("luhnValid", () => {
  it("matches the textbook example", () => {
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("79927398710")).toBe(false);
  });
});

describe("isValidIban", () => {
  it("accepts valid IBANs in any spacing or case", () => {
    expect(isValidIban("FR7630006000011234567890189")).toBe(true);
    expect(isValidIban("fr76 3000 6000 0112 3456 7890 189")).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
  });

  it("refuses a wrong checksum, a swapped digit or a wrong length for the country", () => {
    expect(isValidIban("FR7630006000011234567890188")).toBe(false);
    expect(isValidIban("FR7630006000011234567809189")).toBe(false);
    expect(isValidIban("FR763000600001123456789018")).toBe(false);
    expect(isValidIban("1234")).toBe(false);
  });
});

describe("isValidBic", () => {
  it("accepts 8 and 11 character codes", () => {
    expect(isValidBic("AGRIFRPP")).toBe(true);
    expect(isValidBic("agrifrppxxx")).toBe(true);
  });
  it("refuses other shapes", () => {
    expect(isValidBic("AGRIFRP")).toBe(false);
    expect(isValidBic("AGRIFRPPXX")).toBe(false);
    expect(isValidBic("1GRIFRPP")).toBe(false);
  });
});

describe("formatting", () => {
  it("compacts and groups", () => {
    expect(compactIdentifier(" fr76-3000.6000 ")).toBe("FR7630006000");
    expect(formatIban("FR7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
  });
});

describe("isValidVatNumber", () => {
  it("computes the French key from the SIREN: (12 + 3 × (SIREN mod 97)) mod 97", () => {
    // 732 829 320 mod 97 = 43; (12 + 129) mod 97 = 44.
    expect(frenchVatKey("732829320")).toBe("44");
    // 443 061 841 mod 97 = 82; (12 + 246) mod 97 = 64.
    expect(frenchVatKey("443061841")).toBe("64");
    expect(isValidVatNumber("FR44732829320")).toBe(true);
    expect(frenchVatKey("000000097")).toBe("12");
    expect(frenchVatKey("000000001")).toBe("15");
  });

  it("accepts a French number whose key matches its SIREN, spaces allowed", () => {
    const key = frenchVatKey("443061841");
    expect(isValidVatNumber(`FR${key}443061841`)).toBe(true);
    expect(isValidVatNumber(`fr ${key} 443 061 841`)).toBe(true);
  });

  it("refuses a wrong key, a wrong length or letters in a French number", () => {
    const key = Number(frenchVatKey("443061841"));
    const wrong = String((key + 1) % 97).padStart(2, "0");
    expect(isValidVatNumber(`FR${wrong}443061841`)).toBe(false);
    expect(isValidVatNumber(`FR${frenchVatKey("443061841")}44306184`)).toBe(false);
    expect(isValidVatNumber("FRAB443061841")).toBe(false);
    expect(isValidVatNumber("FR")).toBe(false);
  });

  it("checks another member state's number for its shape only", () => {
    expect(isValidVatNumber("DE123456789")).toBe(true);
    expect(isValidVatNumber("BE0123456789")).toBe(true);
    expect(isValidVatNumber("US123456789")).toBe(false);
    expect(isValidVatNumber("DE1")).toBe(false);
  });
});
