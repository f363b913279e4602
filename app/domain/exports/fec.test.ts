import { describe, expect, it } from "vitest";
import {
  buildFec,
  FEC_COLUMNS,
  fecFileName,
  fecText,
  paymentEntries,
  saleEntry,
  type FecPayment,
  type FecSale,
} from "./fec";
import { letterCode, letterings } from "./fec-lettering";

const customer = { code: "C00042", name: "Coopérative | Les Champs" };
const sale: FecSale = {
  number: "F2026-0001",
  isCreditNote: false,
  issueDate: "2026-01-15",
  customer,
  revenue: "services",
  totalExclTaxCents: 100_000,
  totalTaxCents: 20_000,
  totalInclTaxCents: 120_000,
  letter: { code: "A", date: "2026-02-01" },
};
const payment: FecPayment = {
  isCheque: false,
  receivedOn: "2026-02-01",
  depositedOn: null,
  deletedOn: null,
  customer,
  reference: "VIR 123",
  amountCents: 120_000,
  allocations: [{ amountCents: 120_000, letter: { code: "A", date: "2026-02-01" } }],
};

const cents = (text: string) => Number(text.replace(",", ""));
const accounts = (lines: { CompteNum: string; Debit: string; Credit: string }[]) =>
  lines.map((row) => [row.CompteNum, row.Debit, row.Credit]);

function parse(text: string) {
  const [header, ...rows] = text.trimEnd().split("\r\n");
  expect(header).toBe(FEC_COLUMNS.join("|"));
  return rows.map(
    (row) =>
      Object.fromEntries(row.split("|").map((value, index) => [FEC_COLUMNS[index], value])) as Record<
        (typeof FEC_COLUMNS)[number],
        string
      >,
  );
}

function expectBalanced(rows: ReturnType<typeof parse>) {
  for (const number of new Set(rows.map((row) => row.EcritureNum))) {
    const lines = rows.filter((row) => row.EcritureNum === number);
    expect(
      lines.reduce((sum, row) => sum + cents(row.Debit), 0),
      number,
    ).toBe(lines.reduce((sum, row) => sum + cents(row.Credit), 0));
  }
}

describe("FEC entries", () => {
  it("writes a sale in VE with the member's readable account on the customer line, lettered", () => {
    const entry = saleEntry(sale);
    expect(entry.journal).toBe("VE");
    expect(accounts(entry.lines)).toEqual([
      ["411000", "1200,00", "0,00"],
      ["706000", "0,00", "1000,00"],
      ["445710", "0,00", "200,00"],
    ]);
    expect(entry.lines[0]).toMatchObject({
      CompAuxNum: "C00042",
      CompAuxLib: "Coopérative Les Champs",
      EcritureLet: "A",
      DateLet: "20260201",
    });
    expect(entry.lines[1].CompAuxNum).toBe("");
  });

  it("writes a credit note in its own journal AV, reversed, without VAT when there is none", () => {
    const entry = saleEntry({
      ...sale,
      number: "AV2026-0001",
      isCreditNote: true,
      revenue: "membershipFees",
      totalExclTaxCents: 5000,
      totalTaxCents: 0,
      totalInclTaxCents: 5000,
    });
    expect(entry.journal).toBe("AV");
    expect(accounts(entry.lines)).toEqual([
      ["411000", "0,00", "50,00"],
      ["756000", "50,00", "0,00"],
    ]);
  });

  it("splits a payment's customer line per allocation, each with its invoice's letter, the rest unlettered", () => {
    const [receipt] = paymentEntries({
      ...payment,
      amountCents: 150_000,
      allocations: [
        { amountCents: 100_000, letter: { code: "a", date: "2026-02-01" } },
        { amountCents: 20_000, letter: { code: "B", date: "2026-02-01" } },
      ],
    });
    expect(receipt.lines.map((row) => [row.CompteNum, row.Debit, row.Credit, row.EcritureLet])).toEqual([
      ["512000", "1500,00", "0,00", ""],
      ["411000", "0,00", "1000,00", "a"],
      ["411000", "0,00", "200,00", "B"],
      ["411000", "0,00", "300,00", ""],
    ]);
  });

  it("takes a cheque through 5112 until it is deposited", () => {
    const waiting = paymentEntries({ ...payment, isCheque: true });
    expect(waiting).toHaveLength(1);
    expect(waiting[0].lines[0].CompteNum).toBe("511200");
    const deposited = paymentEntries({ ...payment, isCheque: true, depositedOn: "2026-02-05" });
    expect(deposited[1]).toMatchObject({ date: "2026-02-05", label: "Remise de chèque Coopérative | Les Champs" });
    expect(accounts(deposited[1].lines)).toEqual([
      ["512000", "1200,00", "0,00"],
      ["511200", "0,00", "1200,00"],
    ]);
  });

  it("reverses a deleted payment on the day it was deleted, from where the money sat", () => {
    const transfer = paymentEntries({ ...payment, deletedOn: "2026-03-01", allocations: [] });
    expect(transfer.map((entry) => entry.date)).toEqual(["2026-02-01", "2026-03-01"]);
    expect(accounts(transfer[1].lines)).toEqual([
      ["411000", "1200,00", "0,00"],
      ["512000", "0,00", "1200,00"],
    ]);
    const cheque = paymentEntries({ ...payment, isCheque: true, deletedOn: "2026-03-01", allocations: [] });
    expect(accounts(cheque[1].lines)[1][0]).toBe("511200");
  });
});

describe("buildFec", () => {
  it("keeps the year's entries in date order, numbers bank entries, and balances every EcritureNum", () => {
    const text = buildFec(
      [
        sale,
        { ...sale, number: "AV2026-0001", isCreditNote: true, issueDate: "2026-03-01", letter: null },
        { ...sale, number: "F2025-0009", issueDate: "2025-12-01" },
      ],
      [
        payment,
        {
          ...payment,
          isCheque: true,
          receivedOn: "2025-12-20",
          depositedOn: "2026-01-03",
          deletedOn: "2026-04-01",
          allocations: [],
        },
      ],
      { from: "2026-01-01", to: "2026-12-31" },
    );
    const rows = parse(text);
    expect(rows.every((row) => Object.keys(row).length === 18)).toBe(true);
    expect([...new Set(rows.map((row) => `${row.JournalCode} ${row.EcritureNum} ${row.EcritureDate}`))]).toEqual([
      "BQ BQ2026-0001 20260103",
      "VE F2026-0001 20260115",
      "BQ BQ2026-0002 20260201",
      "AV AV2026-0001 20260301",
      "BQ BQ2026-0003 20260401",
    ]);
    expectBalanced(rows);
  });

  it("neutralises formula-like text, and keeps pipes and line breaks out of the columns", () => {
    expect(fecText('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(fecText(" +33 | 6\n")).toBe("'+33 6");
    const rows = parse(
      buildFec([{ ...sale, customer: { code: "C00001", name: '=HYPERLINK("x")' } }], [], {
        from: "2026-01-01",
        to: "2026-12-31",
      }),
    );
    expect(rows[0].CompAuxLib).toBe(`'=HYPERLINK("x")`);
    expect(rows[0].EcritureLib).toBe(`Facture F2026-0001 =HYPERLINK("x")`);
  });

  it("names the file after the SIREN and the closing date", () => {
    expect(fecFileName("890123456", "2026-12-31")).toBe("890123456FEC20261231.txt");
  });
});

describe("lettering", () => {
  it("codes by rank, upper case once settled, lower case while partial", () => {
    expect([0, 25, 26, 701, 702].map(letterCode)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    const result = letterings(
      [
        { id: "i1", totalInclTaxCents: 300_000 },
        { id: "i2", totalInclTaxCents: 5_000 },
        { id: "i3", totalInclTaxCents: 1_000 },
      ],
      [
        { invoiceId: "i1", amountCents: 175_000, date: "2026-02-01" },
        { invoiceId: "i2", amountCents: 2_000, date: "2026-02-10" },
        { invoiceId: "i2", amountCents: 3_000, date: "2026-02-03" },
      ],
    );
    expect(result.get("i1")).toEqual({ code: "a", date: "2026-02-01" });
    expect(result.get("i2")).toEqual({ code: "B", date: "2026-02-10" });
    expect(result.has("i3")).toBe(false);
  });
});
