import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageCount } from "~/domain/invoicing/pdf-test-inspection";
import { epcPayload } from "./epc-qr";
import { statementRows } from "./statement";
import { renderStatementPdf, statementPdfView } from "./statement-pdf";

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "statement-")), "statement.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

const statement = {
  association: { name: "Amie des 7 vallées", lines: ["12 rue des Alpes", "26150 Die"] },
  member: { name: "Coopérative Les Champs", code: "C00002", lines: ["3 place du Marché", "26400 Crest"] },
  today: "2026-11-24",
  ...statementRows([
    { date: "2026-01-15", kind: "invoice", label: "F2026-0001", reference: "", amountCents: 300_000 },
    { date: "2026-02-01", kind: "payment", label: "virement", reference: "VIR 1", amountCents: 175_000 },
  ]),
};

describe("renderStatementPdf", () => {
  it("lists the entries with the running balance and how to pay the rest by transfer", async () => {
    const reference = "F2026-0001";
    const payment = {
      totalDueCents: 125_000,
      iban: "FR76 3000 6000 0112 3456 7890 189",
      bic: "AGRIFRPP",
      reference,
      epcPayload: epcPayload({
        beneficiaryName: "Amie",
        iban: "FR7630006000011234567890189",
        amountCents: 125_000,
        reference,
      }),
    };
    const pdf = await renderStatementPdf(statementPdfView(statement, payment));
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain("RELEVÉ DE COMPTE");
    expect(text).toContain("Compte client C00002");
    expect(text).toMatch(/Facture F2026-0001\s+3\s000,00\s€\s+3\s000,00\s€/);
    expect(text).toMatch(/Paiement \(virement\) · VIR 1\s+1\s750,00\s€\s+1\s250,00\s€/);
    expect(text).toMatch(/Solde dû : 1\s250,00\s€/);
    expect(text).toContain("Référence à indiquer : F2026-0001");
  });

  it("shows no payment block when nothing is due", async () => {
    const view = statementPdfView(
      { ...statement, ...statementRows([]) },
      { totalDueCents: 0, iban: "FR76", bic: "", reference: "", epcPayload: null },
    );
    expect(view.payment).toBeNull();
    expect(pdfText(await renderStatementPdf(view))).toContain("Compte soldé.");
  });
});
