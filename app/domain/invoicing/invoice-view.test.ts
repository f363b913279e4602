import { describe, expect, it } from "vitest";
import { assertValidInvoiceView, invoiceViewProblems, InvalidInvoiceViewError } from "./invoice-view";
import { sampleCreditNoteView, sampleInvoiceLines, sampleInvoiceView } from "../../../scripts/sample-invoice-view";
import { VAT_REGIMES } from "./vat-mentions";

describe("invoiceViewProblems", () => {
  it("accepts the samples under every regime", () => {
    for (const vatRegime of VAT_REGIMES) {
      expect(invoiceViewProblems(sampleInvoiceView({ vatRegime }))).toEqual([]);
      expect(invoiceViewProblems(sampleCreditNoteView({ vatRegime }))).toEqual([]);
      expect(invoiceViewProblems(sampleInvoiceView({ vatRegime, lines: sampleInvoiceLines(60, vatRegime) }))).toEqual(
        [],
      );
    }
  });

  it("refuses a due date more than 60 days after issue, or before it", () => {
    expect(invoiceViewProblems(sampleInvoiceView({ issueDate: "2026-01-15", dueDate: "2026-03-17" }))).toEqual([
      expect.stringContaining("61 days"),
    ]);
    expect(invoiceViewProblems(sampleInvoiceView({ issueDate: "2026-01-15", dueDate: "2026-03-16" }))).toEqual([]);
    expect(invoiceViewProblems(sampleInvoiceView({ dueDate: "2026-01-14" }))).toEqual(["dueDate is before issueDate"]);
  });

  it("refuses a rate that contradicts the regime", () => {
    const lines = sampleInvoiceView().lines.map((line) => ({ ...line, vatBasisPoints: 2000 }));
    expect(invoiceViewProblems(sampleInvoiceView({ vatRegime: "FRANCHISE_293B", lines }))).toHaveLength(2);
  });

  it("needs a seller tax identifier, since EN 16931 BR-E-02 / BR-S-02 require one", () => {
    const seller = { ...sampleInvoiceView().seller, vatNumber: null, taxRegistrationId: null };
    expect(invoiceViewProblems(sampleInvoiceView({ seller }))).toEqual([expect.stringContaining("BR-E-02")]);
  });

  it("needs the seller's VAT number when VAT is charged", () => {
    const seller = { ...sampleInvoiceView().seller, vatNumber: null, taxRegistrationId: "812345678" };
    expect(invoiceViewProblems(sampleInvoiceView({ vatRegime: "STANDARD", seller }))).toEqual([
      expect.stringContaining("242 nonies A"),
    ]);
  });

  it("ties credit notes to their series and corrected invoice", () => {
    expect(invoiceViewProblems(sampleCreditNoteView({ correctedInvoice: null }))).toEqual([
      "a credit note must reference the invoice it corrects",
    ]);
    expect(invoiceViewProblems(sampleCreditNoteView({ number: "F2026-0001" }))).toEqual([
      expect.stringContaining("CREDIT_NOTE series"),
    ]);
    expect(invoiceViewProblems(sampleInvoiceView({ number: "AV2026-0001" }))).toEqual([
      expect.stringContaining("INVOICE series"),
    ]);
  });

  it("checks identifiers, dates, lines and prices", () => {
    const view = sampleInvoiceView({
      issueDate: "2026-02-30",
      seller: { ...sampleInvoiceView().seller, siret: "123" },
      buyer: { ...sampleInvoiceView().buyer, siren: "12345678X" },
      lines: [
        { description: " ", quantityThousandths: 1000, unitCode: "hours", unitPriceCents: -1, vatBasisPoints: 0 },
      ],
    });
    const problems = invoiceViewProblems(view);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("issueDate"),
        "seller SIRET must be 14 digits",
        "buyer SIREN must be 9 digits",
        "line 1 has no description",
        expect.stringContaining("must not be negative"),
        expect.stringContaining("unit code"),
      ]),
    );
    expect(invoiceViewProblems(sampleInvoiceView({ lines: [] }))).toEqual(["an invoice needs at least one line"]);
  });

  it("throws a typed error listing every problem", () => {
    const view = sampleInvoiceView({ lines: [], dueDate: "2026-01-01" });
    expect(() => assertValidInvoiceView(view)).toThrow(InvalidInvoiceViewError);
    try {
      assertValidInvoiceView(view);
    } catch (error) {
      expect((error as InvalidInvoiceViewError).problems).toHaveLength(2);
    }
  });
});
