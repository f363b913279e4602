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

const laPosteKey = frenchVatKey("443061841");
const wrongKey = String((Number(laPosteKey) + 1) % 97).padStart(2, "0");

// Each check, what it accepts and what it refuses (and why, where the case is not obvious).
describe.each([
  {
    check: isValidSiret,
    accepts: [
      "73282932000074",
      "732 829 320 00074",
      "443 061 841 00047",
      // La Poste: Luhn-invalid, but the digits add up to 35, a multiple of 5.
      "35600000049837",
      "35600000000048",
    ],
    refuses: [
      "73282932000075",
      "7328293200007",
      "732829320000744",
      "7328293200007A",
      "",
      "732829320",
      "35600000012345",
      "35600000049838",
      // La Poste's rule is its own: another SIRET with a digit sum multiple of 5 stays invalid.
      "89012345600017",
    ],
  },
  { check: luhnValid, accepts: ["79927398713"], refuses: ["79927398710", "35600000049837"] },
  {
    check: isValidIban,
    accepts: [
      "FR7630006000011234567890189",
      "fr76 3000 6000 0112 3456 7890 189",
      "GB82 WEST 1234 5698 7654 32",
      "DE89370400440532013000",
    ],
    // A wrong checksum, a swapped digit, a wrong length for the country.
    refuses: ["FR7630006000011234567890188", "FR7630006000011234567809189", "FR763000600001123456789018", "1234"],
  },
  { check: isValidBic, accepts: ["AGRIFRPP", "agrifrppxxx"], refuses: ["AGRIFRP", "AGRIFRPPXX", "1GRIFRPP"] },
  {
    check: isValidVatNumber,
    accepts: [
      "FR44732829320",
      `FR${laPosteKey}443061841`,
      `fr ${laPosteKey} 443 061 841`,
      // Another member state's number is checked for its shape only.
      "DE123456789",
      "BE0123456789",
    ],
    refuses: [`FR${wrongKey}443061841`, `FR${laPosteKey}44306184`, "FRAB443061841", "FR", "US123456789", "DE1"],
  },
])("$check.name", ({ check, accepts, refuses }) => {
  it.each(accepts)("accepts %j", (value) => expect(check(value)).toBe(true));
  it.each(refuses)("refuses %j", (value) => expect(check(value)).toBe(false));
});

describe("formatting", () => {
  it("compacts and groups", () => {
    expect(compactIdentifier(" fr76-3000.6000 ")).toBe("FR7630006000");
    expect(formatIban("FR7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
  });
});

describe("frenchVatKey", () => {
  // (12 + 3 × (SIREN mod 97)) mod 97: 732 829 320 mod 97 = 43 gives 44; 443 061 841 mod 97 = 82 gives 64.
  it.each([
    ["732829320", "44"],
    ["443061841", "64"],
    ["000000097", "12"],
    ["000000001", "15"],
  ])("gives %s the key %s", (siren, key) => expect(frenchVatKey(siren)).toBe(key));
});
