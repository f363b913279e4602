// The PDF's layout promises: a VAT rate per line when an invoice mixes rates, and payment terms that
// never contradict each other ("à réception" next to "au plus tard le…").
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "./invoice-pdf";
import { hasSeveralVatRates } from "./invoice-pdf-table";
import { sampleInvoiceView } from "../../../scripts/sample-invoice-view";

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "invoice-")), "invoice.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("invoice PDF layout", () => {
  it("shows each line's VAT rate when the invoice has several rates", async () => {
    const base = sampleInvoiceView({ vatRegime: "STANDARD" });
    const lines = [base.lines[0], { ...base.lines[1], vatBasisPoints: 550 }];
    expect(hasSeveralVatRates(lines)).toBe(true);
    const text = pdfText(await renderInvoicePdf({ ...base, lines }));
    expect(text).toMatch(/PRIX UNIT\. HT\s+TVA\s+TOTAL HT/);
    expect(text).toMatch(/1,5\s+2\s000,00\s€\s+20\s%\s+3\s000,00\s€/);
    expect(text).toMatch(/1\s+50,00\s€\s+5,5\s%\s+50,00\s€/);
  });

  it("has no VAT rate column when every line has the same rate", async () => {
    const view = sampleInvoiceView({ vatRegime: "STANDARD" });
    expect(hasSeveralVatRates(view.lines)).toBe(false);
    expect(pdfText(await renderInvoicePdf(view))).not.toMatch(/PRIX UNIT\. HT\s+TVA/);
  });

  it("gives one payment term, never « à réception » beside a due date", async () => {
    const text = pdfText(await renderInvoicePdf(sampleInvoiceView()));
    expect(text).toContain("À régler au plus tard le 14/02/2026.");
    expect(text).not.toMatch(/réception/i);
  });
});

describe("the SEPA transfer QR code", () => {
  it("carries the invoice's total and number, and is absent from a credit note", async () => {
    const { invoiceEpcPayload } = await import("./invoice-pdf-payment");
    const { sampleCreditNoteView } = await import("../../../scripts/sample-invoice-view");
    const view = sampleInvoiceView();
    expect(invoiceEpcPayload(view, 305_000)?.split("\n").slice(5)).toEqual([
      view.seller.name,
      "FR7630006000011234567890189",
      "EUR3050.00",
      "",
      "",
      "F2026-0042",
    ]);
    expect(invoiceEpcPayload(sampleCreditNoteView(), 100_000)).toBeNull();
    // Drawn as many small squares: the page content grows by far more than a line of text.
    const withQr = await renderInvoicePdf(view);
    const withoutQr = await renderInvoicePdf({ ...view, payment: { ...view.payment, iban: "FR00 0000" } }).catch(
      () => null,
    );
    if (withoutQr) expect(withQr.length).toBeGreaterThan(withoutQr.length);
  });
});
