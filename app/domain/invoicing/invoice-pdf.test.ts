import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../../tests/support/expect-each";
import { encodePng } from "../../../scripts/png-encode";
import { buildFacturXml } from "./facturx-xml";
import { renderInvoicePdf } from "./invoice-pdf";
import { extractEmbeddedFiles, extractXmp, pageCount } from "./pdf-test-inspection";
import {
  HOSTILE_TEXT,
  sampleCreditNoteView,
  sampleInvoiceLines,
  sampleInvoiceView,
} from "../../../scripts/sample-invoice-view";

/** A tiny solid-colour RGB PNG, so the logo path is exercised without a fixture file. */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.from(Array.from({ length: width }, () => rgb).flat());
  return encodePng({ width, height, colour: "rgb", rows: Array.from({ length: height }, () => row) });
}

describe("renderInvoicePdf", () => {
  it("writes a PDF 1.7 declaring PDF/A-3b, tagged, in French", async () => {
    const pdf = await renderInvoicePdf(sampleInvoiceView());
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const text = pdf.toString("latin1");
    expectContainsAll(text, ["/OutputIntents", "/Lang (fr-FR)", "/MarkInfo"]);
    const xmp = extractXmp(pdf);
    expect(xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
  });

  it("embeds only Arimo (the package's font, Liberation Sans' metrics), as embedded subsets (no unembedded standard font)", async () => {
    const text = (await renderInvoicePdf(sampleInvoiceView())).toString("latin1");
    const fontNames = [...text.matchAll(/\/BaseFont \/([A-Za-z+-]+)/g)].map((match) => match[1]);
    expect(fontNames.length).toBeGreaterThan(0);
    for (const name of fontNames) expect(name).toMatch(/^[A-Z]{6}\+Arimo-(Regular|Bold)$/);
    expect(text).toContain("/FontFile2");
  });

  it("embeds factur-x.xml as the Alternative representation, identical to buildFacturXml", async () => {
    const view = sampleInvoiceView();
    const pdf = await renderInvoicePdf(view);
    const text = pdf.toString("latin1");
    expectContainsAll(text, ["/AFRelationship /Alternative", "/F (factur-x.xml)", "/Subtype /text#2Fxml"]);
    expect(text).toMatch(/\/AF \[\d+ 0 R\]/);
    const files = extractEmbeddedFiles(pdf);
    expect(files).toHaveLength(1);
    expect(files[0].toString("utf8")).toBe(buildFacturXml(view));
  });

  it("declares the Factur-X XMP properties and their PDF/A extension schema", async () => {
    const xmp = extractXmp(await renderInvoicePdf(sampleInvoiceView()));
    expectContainsAll(xmp, [
      "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
      "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
      "<fx:DocumentType>INVOICE</fx:DocumentType>",
      "<fx:Version>1.0</fx:Version>",
    ]);
    expect(xmp).toContain(
      "<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>",
    );
    expect(xmp.match(/<pdfaProperty:name>/g)).toHaveLength(4);
  });

  it("escapes document info in the XMP, so a & in a name cannot break PDF/A", async () => {
    const view = sampleInvoiceView({
      seller: { ...sampleInvoiceView().seller, legalName: "Ateliers <Bits> & Octets" },
      buyer: { ...sampleInvoiceView().buyer, name: HOSTILE_TEXT },
    });
    const pdf = await renderInvoicePdf(view);
    const xmp = extractXmp(pdf);
    expect(xmp).toContain("<rdf:li>Ateliers &lt;Bits&gt; &amp; Octets</rdf:li>");
    expect(xmp).toContain("Tom &amp; Jerry &lt;script&gt;");
    expect(xmp).not.toContain("<script>");
    // The Info dictionary keeps the raw text (PDF/A wants Info and XMP to agree on the value).
    expect(pdf.toString("latin1")).toContain("(Ateliers <Bits> & Octets)");
  });

  it("paginates 60 lines with every page numbered, and puts the legal mentions once", async () => {
    const pdf = await renderInvoicePdf(sampleInvoiceView({ lines: sampleInvoiceLines(60) }));
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(extractEmbeddedFiles(pdf)).toHaveLength(1);
  });

  it("survives a description longer than a page", async () => {
    const description = Array.from({ length: 900 }, (_, index) => `mot${index}`).join(" ");
    const pdf = await renderInvoicePdf(
      sampleInvoiceView({ lines: [{ ...sampleInvoiceView().lines[0], description }] }),
    );
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it("renders a credit note, a logo, and hostile text without failing", async () => {
    const logo = solidPng(120, 40, [31, 78, 121]);
    const credit = await renderInvoicePdf(sampleCreditNoteView(), { logo });
    expect(credit.toString("latin1")).toContain("/Subtype /Image");
    const hostile = await renderInvoicePdf(
      sampleInvoiceView({
        note: HOSTILE_TEXT,
        lines: [{ ...sampleInvoiceView().lines[0], description: `${HOSTILE_TEXT}\n\ttab\r\nligne` }],
      }),
    );
    expect(extractEmbeddedFiles(hostile)[0].toString("utf8")).toContain("🚀🎉");
  });

  it("refuses an invalid view before drawing anything", async () => {
    await expect(renderInvoicePdf(sampleInvoiceView({ lines: [] }))).rejects.toThrow(/at least one line/);
  });
});
