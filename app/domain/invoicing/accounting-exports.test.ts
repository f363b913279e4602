import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../../tests/support/expect-each";
import { invoicesCsv, paymentsCsv } from "./accounting-exports";

/** An issued one-off invoice of 123,45 € to member "X", changed where a test says so. */
const invoiceRow = (overrides: Partial<Parameters<typeof invoicesCsv>[0][number]> = {}) => ({
  number: "F2026-0001",
  kind: "Ponctuelle",
  issueDate: "2026-01-15",
  dueDate: "2026-02-14" as string | null,
  memberName: "X",
  memberSiren: null,
  totalExclTaxCents: 12_345,
  totalTaxCents: 0,
  totalInclTaxCents: 12_345,
  paidCents: 0,
  state: "Émise",
  correctsNumber: null as string | null,
  isCreditNote: false,
  serviceStart: "2026-01-01" as string | null,
  serviceEnd: "2026-03-31" as string | null,
  ...overrides,
});

describe("CSV exports", () => {
  it("neutralises formula-like cells and writes a BOM, ';' and decimal commas", () => {
    const text = invoicesCsv([invoiceRow({ memberName: '=HYPERLINK("x")' })]);
    expect(text.startsWith("\uFEFFNuméro;Type;")).toBe(true);
    const row = text.split("\r\n")[1];
    expectContainsAll(row, [`"'=HYPERLINK(""x"")"`, ";123,45;0,00;123,45;", "15/01/2026;14/02/2026"]);
    expect(row.endsWith(";01/01/2026;31/03/2026")).toBe(true);
  });

  it("writes credit notes as negative amounts", () => {
    const text = invoicesCsv([
      invoiceRow({
        number: "AV2026-0001",
        kind: "Avoir",
        issueDate: "2026-02-01",
        dueDate: null,
        totalExclTaxCents: 10_000,
        totalTaxCents: 2_000,
        totalInclTaxCents: 12_000,
        correctsNumber: "F2026-0001",
        isCreditNote: true,
        serviceStart: null,
        serviceEnd: null,
      }),
    ]);
    expect(text.split("\r\n")[1]).toBe(
      "AV2026-0001;Avoir;01/02/2026;;X;;-100,00;-20,00;-120,00;0,00;Émise;F2026-0001;;",
    );
  });

  it("neutralises + - @ too, in the payments export", () => {
    const text = paymentsCsv([
      {
        receivedOn: "2026-02-01",
        memberName: "@SUM(A1)",
        method: "Virement",
        status: "Reçu",
        reference: "-2+3",
        amountCents: 100,
        invoiceNumbers: ["F2026-0001", "F2026-0002"],
      },
    ]);
    const row = text.split("\r\n")[1];
    expect(row).toBe("01/02/2026;'@SUM(A1);Virement;Reçu;'-2+3;1,00;F2026-0001, F2026-0002");
    expect(paymentsCsv([]).split("\r\n")[0]).toBe("\uFEFFDate;Structure;Moyen;Statut;Référence;Montant;Factures");
  });
});
