import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { parseQuantityThousandths, thousandthsToInput } from "./quantity-text";

describe("parseQuantityThousandths", () => {
  it("reads French and English decimals into integer thousandths", () => {
    expectEach(parseQuantityThousandths, [
      ["1,5", 1500],
      ["1.5", 1500],
      [" 2 ", 2000],
      ["0,125", 125],
      ["1 000", 1_000_000],
      ["0,1", 100],
    ]);
  });

  it("refuses zero, negatives, too many decimals and text", () => {
    for (const text of ["0", "0,000", "-1", "1,2345", "abc", "", "1,", ",5", "1e3", "99999999"]) {
      expect(parseQuantityThousandths(text), text).toBeNull();
    }
  });

  it("round-trips through the form value", () => {
    for (const thousandths of [1, 10, 100, 125, 1000, 1500, 2250, 999_999]) {
      expect(parseQuantityThousandths(thousandthsToInput(thousandths))).toBe(thousandths);
    }
    expect(thousandthsToInput(1500)).toBe("1,5");
    expect(thousandthsToInput(2000)).toBe("2");
  });
});
