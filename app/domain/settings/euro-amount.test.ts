import { describe, expect, it } from "vitest";
import { centsToEuroInput, MAX_EURO_CENTS, parseEurosToCents, parseIntegerList } from "./euro-amount";

describe("parseEurosToCents", () => {
  it.each([
    ["2000,00", 200000],
    ["2000", 200000],
    ["2 000,00", 200000],
    ["2\u202f000,5", 200050],
    ["2000.10", 200010],
    ["0,01", 1],
    ["0", 0],
    [" 150 € ", 15000],
    ["150€", 15000],
    ["1'234,56", 123456],
  ])("%s → %i cents", (text, cents) => {
    expect(parseEurosToCents(text)).toBe(cents);
  });

  it("is exact where floating point is not", () => {
    // parseFloat("2000.10") * 100 === 200009.99999999997
    expect(parseEurosToCents("2000,10")).toBe(200010);
    expect(parseEurosToCents("0,29")).toBe(29);
  });

  it.each(["", "abc", "-5", "1,234", "12,", ",50", "1.000,00", "1e3", "10 000 000,01"])("refuses %j", (text) => {
    expect(parseEurosToCents(text)).toBeNull();
  });

  it("accepts the maximum and round-trips through the input format", () => {
    expect(parseEurosToCents("10000000")).toBe(MAX_EURO_CENTS);
    for (const cents of [0, 1, 99, 100, 200000, 123456]) expect(parseEurosToCents(centsToEuroInput(cents))).toBe(cents);
    expect(centsToEuroInput(200050)).toBe("2000,50");
  });
});

describe("parseIntegerList", () => {
  it("reads comma or space separated integers, sorted and deduplicated", () => {
    expect(parseIntegerList("80, 50 100,50")).toEqual([50, 80, 100]);
    expect(parseIntegerList("")).toEqual([]);
  });
  it("refuses decimals, negatives and words", () => {
    expect(parseIntegerList("50, 8.5")).toBeNull();
    expect(parseIntegerList("-5")).toBeNull();
    expect(parseIntegerList("cinquante")).toBeNull();
  });
});
