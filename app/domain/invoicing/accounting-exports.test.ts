import { describe, expect, it } from "vitest";
import { buildFec, FEC_COLUMNS, fecFileName, invoicesCsv, paymentEntry, paymentsCsv, saleEntry, type FecSale } from "./accounting-exports";

const sale: FecSale = {
  number: "F2026-0001",
  isCreditNote: false,
  issueDate: "2026-01-15",
  customerCode: "CLI-ABC",
  customerName: "Coopérative | Les Champs",
  revenue: "services",
  totalExclTaxCents: 100_000,
  totalTaxCents: 20_000,
  totalInclTaxCents: 120_000,
};

const cents = (text: string) => Number(text.replace(",", ""));

function balanced(lines: { Debit: string; Credit: string }[]) {
  const debit = lines.reduce((sum, row) => sum + cents(row.Debit), 0);
  const credit = lines.reduce((sum, row) => sum + cents(row.Credit), 0);
  return { debit, credit };
}

describe("FEC", () => {
  it("writes a balanced sales entry: customer debit, revenue and VAT credit", () => {
    const lines = saleEntry(sale);
    expect(lines.map((row) => [row.CompteNum, row.Debit, row.Credit])).toEqual([
      ["411000", "1200,00", "0,00"],
      ["706000", "0,00", "1000,00"],
      ["445710", "0,00", "200,00"],
    ]);
    expect(balanced(lines)).toEqual({ debit: 120_000, credit: 120_000 });
    expect(lines[0].CompAuxLib).toBe("Coopérative Les Champs");
    expect(lines[0].EcritureDate).toBe("20260115");
  });

  it("reverses a credit note and leaves out VAT when there is none", () => {
    const lines = saleEntry({ ...sale, number: "AV2026-0001", isCreditNote: true, revenue: "membershipFees", totalExclTaxCents: 5000, totalTaxCents: 0, totalInclTaxCents: 5000 });
    expect(lines.map((row) => [row.CompteNum, row.Debit, row.Credit])).toEqual([
      ["411000", "0,00", "50,00"],
      ["756000", "50,00", "0,00"],
    ]);
  });

  it("writes a balanced payment entry: bank debit, customer credit", () => {
    const lines = paymentEntry({ entryNumber: "BQ2026-0001", receivedOn: "2026-02-01", customerCode: "CLI-ABC", customerName: "X", reference: "VIR 123", amountCents: 120_000 });
    expect(lines.map((row) => [row.CompteNum, row.Debit, row.Credit])).toEqual([
      ["512000", "1200,00", "0,00"],
      ["411000", "0,00", "1200,00"],
    ]);
  });

  it("has 18 pipe-separated columns in the legal order, every entry balanced", () => {
    const text = buildFec([sale, { ...sale, number: "F2026-0002", issueDate: "2026-03-01", totalTaxCents: 0, totalInclTaxCents: 100_000 }], [
      { entryNumber: "BQ2026-0001", receivedOn: "2026-02-01", customerCode: "CLI-ABC", customerName: "X", reference: "", amountCents: 120_000 },
    ]);
    const [header, ...rows] = text.trimEnd().split("\r\n");
    expect(header).toBe("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise");
    for (const row of rows) expect(row.split("|")).toHaveLength(18);
    const parsed = rows.map((row) => Object.fromEntries(row.split("|").map((value, index) => [FEC_COLUMNS[index], value])) as Record<string, string>);
    expect(parsed.map((row) => row.EcritureNum)).toEqual(["F2026-0001", "F2026-0001", "F2026-0001", "BQ2026-0001", "BQ2026-0001", "F2026-0002", "F2026-0002"]);
    for (const number of new Set(parsed.map((row) => row.EcritureNum))) {
      const { debit, credit } = balanced(parsed.filter((row) => row.EcritureNum === number) as { Debit: string; Credit: string }[]);
      expect(debit, number).toBe(credit);
    }
  });

  it("names the file after the SIREN and the closing date", () => {
    expect(fecFileName("890123456", "2026-12-31")).toBe("890123456FEC20261231.txt");
  });
});

describe("CSV exports", () => {
  it("neutralises formula-like cells and writes a BOM, ';' and decimal commas", () => {
    const text = invoicesCsv([{ number: "F2026-0001", kind: "Ponctuelle", issueDate: "2026-01-15", dueDate: "2026-02-14", memberName: "=HYPERLINK(\"x\")", memberSiren: null, totalExclTaxCents: 12_345, totalTaxCents: 0, totalInclTaxCents: 12_345, paidCents: 0, state: "Émise", correctsNumber: null }]);
    expect(text.startsWith("\uFEFFNuméro;Type;")).toBe(true);
    const row = text.split("\r\n")[1];
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain(";123,45;0,00;123,45;");
    expect(row).toContain("15/01/2026;14/02/2026");
  });

  it("neutralises + - @ too, in the payments export", () => {
    const text = paymentsCsv([{ receivedOn: "2026-02-01", memberName: "@SUM(A1)", method: "Virement", status: "Reçu", reference: "-2+3", amountCents: 100, invoiceNumbers: ["F2026-0001", "F2026-0002"] }]);
    const row = text.split("\r\n")[1];
    expect(row).toBe("01/02/2026;'@SUM(A1);Virement;Reçu;'-2+3;1,00;F2026-0001, F2026-0002");
    expect(paymentsCsv([]).split("\r\n")[0]).toBe("\uFEFFDate;Structure;Moyen;Statut;Référence;Montant;Factures");
  });
});
