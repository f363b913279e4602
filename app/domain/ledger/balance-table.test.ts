import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeBalance } from "./balance";
import {
  balancesCsv,
  csvCell,
  minutesToDecimalDays,
  parseBalanceSort,
  sortBalanceRows,
  type BalanceTableRow,
} from "./balance-table";

const row = (
  memberName: string,
  granted: number,
  consumed: number,
  projectedExhaustion: string | null = null,
): BalanceTableRow => ({
  ...summarizeBalance(
    [
      { kind: "GRANT", minutes: granted, occurredOn: "2026-01-01" },
      { kind: "CONSUMPTION", minutes: -consumed, occurredOn: "2026-02-01" },
    ],
    0,
  ),
  memberName,
  shareHalves: 2,
  projectedExhaustion,
});

describe("minutesToDecimalDays", () => {
  it("formats with a comma and two decimals, rounding half away from zero", () => {
    expect(minutesToDecimalDays(630, 420)).toBe("1,50");
    expect(minutesToDecimalDays(0, 420)).toBe("0,00");
    expect(minutesToDecimalDays(-210, 420)).toBe("-0,50");
    expect(minutesToDecimalDays(1, 420)).toBe("0,00");
    expect(minutesToDecimalDays(-1, 420)).toBe("0,00");
    expect(minutesToDecimalDays(21, 420)).toBe("0,05");
    expect(minutesToDecimalDays(3780, 420)).toBe("9,00");
  });

  it("matches exact rational rounding for any integer minutes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1440 }),
        (minutes, perDay) => {
          const text = minutesToDecimalDays(minutes, perDay);
          const [whole, decimals] = text.replace("-", "").split(",");
          const hundredths = BigInt(whole) * 100n + BigInt(decimals);
          // |minutes| × 100 / perDay lies within half a hundredth of the printed value.
          const exact = BigInt(Math.abs(minutes)) * 200n;
          expect(exact >= (2n * hundredths - 1n) * BigInt(perDay)).toBe(true);
          expect(exact < (2n * hundredths + 1n) * BigInt(perDay)).toBe(true);
        },
      ),
    );
  });
});

describe("csvCell", () => {
  it("neutralises formulas and quotes separators", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+33 6")).toBe("'+33 6");
    expect(csvCell("-x")).toBe("'-x");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("A; B")).toBe('"A; B"');
    expect(csvCell('Le "Café"')).toBe('"Le ""Café"""');
    expect(csvCell(-30, { number: true })).toBe("-30");
  });
});

describe("sorting", () => {
  const rows = [
    row("Zèbre", 3780, 100),
    row("Abeille", 3780, 3000, "2026-12-01"),
    row("Écureuil", 1890, 100, "2026-10-01"),
  ];

  it("falls back to the member name, ascending", () => {
    expect(parseBalanceSort("n'importe", "quoi")).toEqual({ key: "membre", order: "asc" });
    expect(sortBalanceRows(rows, "membre", "asc").map((r) => r.memberName)).toEqual(["Abeille", "Écureuil", "Zèbre"]);
  });

  it("sorts numbers and dates both ways, no date last", () => {
    expect(sortBalanceRows(rows, "restant", "desc").map((r) => r.memberName)).toEqual(["Zèbre", "Écureuil", "Abeille"]);
    expect(sortBalanceRows(rows, "epuisement", "asc").map((r) => r.memberName)).toEqual([
      "Écureuil",
      "Abeille",
      "Zèbre",
    ]);
    expect(sortBalanceRows(rows, "utilise", "asc").map((r) => r.memberName)).toEqual(["Zèbre", "Écureuil", "Abeille"]);
  });
});

describe("balancesCsv", () => {
  it("starts with a BOM, uses ; and French headers", () => {
    const csv = balancesCsv([row("=Malin", 3780, 630)], 420);
    expect(csv.startsWith("\uFEFFStructure;Parts;Attribué (min);Attribué (jours)")).toBe(true);
    const line = csv.split("\r\n")[1];
    expect(line).toBe("'=Malin;1;3780;9,00;630;1,50;0;0;0,00;3150;7,50;16;");
  });
});
