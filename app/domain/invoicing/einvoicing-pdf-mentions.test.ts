// The 2026 mentions a reader must find on the PDF: the client's SIREN, the nature of the operation, and
// "TVA sur les débits" under standard VAT when the association chose it. Read back with pdftotext.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "./invoice-pdf";
import type { InvoiceView } from "./invoice-view";
import { sampleInvoiceView } from "../../../scripts/sample-invoice-view";

const run = promisify(execFile);

async function pdfText(view: InvoiceView): Promise<string> {
  const pdf = await renderInvoicePdf(view);
  const child = run("pdftotext", ["-layout", "-", "-"], { encoding: "utf8", maxBuffer: 8 * 1024 * 1024 });
  child.child.stdin?.end(pdf);
  return (await child).stdout.replace(/\s+/g, " ");
}

describe("PDF mentions of the e-invoicing reform", () => {
  it("shows the client's SIREN and the nature of the operation", async () => {
    const text = await pdfText(sampleInvoiceView());
    expect(text).toContain("SIREN 532 198 765");
    expect(text).toContain("Nature de l'opération : prestations de services.");
    expect(text).not.toContain("débits");
  });

  it("shows the VAT-on-debits option only under standard VAT when the association chose it", async () => {
    const standard = sampleInvoiceView({ vatRegime: "STANDARD" });
    expect(await pdfText(standard)).not.toContain("TVA sur les débits");
    expect(await pdfText({ ...standard, seller: { ...standard.seller, vatOnDebits: true } })).toContain(
      "TVA sur les débits",
    );
    const exempt = sampleInvoiceView();
    expect(await pdfText({ ...exempt, seller: { ...exempt.seller, vatOnDebits: true } })).not.toContain(
      "TVA sur les débits",
    );
  });
});
