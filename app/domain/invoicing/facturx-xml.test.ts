import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../../tests/support/expect-each";
import { buildFacturXml, EN16931_GUIDELINE_ID } from "./facturx-xml";
import { computeInvoiceTotals } from "./invoice-totals";
import { InvalidInvoiceViewError } from "./invoice-view";
import {
  HOSTILE_TEXT,
  sampleCreditNoteView,
  sampleInvoiceLines,
  sampleInvoiceView,
} from "../../../scripts/sample-invoice-view";
import { VAT_REGIMES } from "./vat-mentions";

function valuesOf(xml: string, element: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}(?: [^>]*)?>([^<]*)</${element}>`, "g"))].map((match) => match[1]);
}

describe("buildFacturXml", () => {
  it("declares the EN 16931 profile and an invoice type code 380", () => {
    const xml = buildFacturXml(sampleInvoiceView());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(valuesOf(xml, "ram:ID")).toContain(EN16931_GUIDELINE_ID);
    expect(valuesOf(xml, "ram:TypeCode")[0]).toBe("380");
    expectContainsAll(xml, [
      '<ram:GlobalID schemeID="0009">81234567800021</ram:GlobalID>',
      // BR-FR-10: the seller's SIREN (BT-30), not its SIRET; BR-FR-08: billing mode S1 (services).
      '<ram:ID schemeID="0002">812345678</ram:ID>',
      "<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>S1</ram:ID>",
      '<ram:ID schemeID="0002">532198765</ram:ID>',
      // SIREN-based routing addresses (scheme 0225) for both parties, e-mail as a contact.
      '<ram:URIID schemeID="0225">812345678</ram:URIID>',
      '<ram:URIID schemeID="0225">532198765</ram:URIID>',
      "<ram:EmailURIUniversalCommunication><ram:URIID>tresorerie@amie-lyon.example</ram:URIID>",
    ]);
    expect(valuesOf(xml, "ram:Content")).toContain("B2B");
    expectContainsAll(xml, [
      '<ram:ID schemeID="FC">812345678</ram:ID>',
      "<ram:IBANID>FR7630006000011234567890189</ram:IBANID>",
      "<ram:TypeCode>58</ram:TypeCode>",
    ]);
    expect(xml).toContain(
      '<ram:DueDateDateTime><udt:DateTimeString format="102">20260214</udt:DateTimeString></ram:DueDateDateTime>',
    );
  });

  it("writes a credit note as 381 referencing the corrected invoice, without payment means, its PMD note saying sans objet", () => {
    const xml = buildFacturXml(sampleCreditNoteView());
    expect(valuesOf(xml, "ram:TypeCode")[0]).toBe("381");
    expect(xml).toContain("<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F2026-0042</ram:IssuerAssignedID>");
    expect(xml).toContain('<qdt:DateTimeString format="102">20260115</qdt:DateTimeString>');
    expect(xml).not.toContain("SpecifiedTradeSettlementPaymentMeans");
    expect(xml).toMatch(/<ram:Content>Sans objet[^<]*<\/ram:Content><ram:SubjectCode>PMD<\/ram:SubjectCode>/);
  });

  it("routes an individual by e-mail as B2C, and a public body with its Chorus Pro references", () => {
    const individual = buildFacturXml(
      sampleInvoiceView({
        isProfessionalClient: false,
        buyer: { ...sampleInvoiceView().buyer, kind: "INDIVIDUAL", siren: null },
      }),
    );
    expect(individual).toContain('<ram:URIID schemeID="EM">compta@jardins-rhone.example</ram:URIID>');
    expect(valuesOf(individual, "ram:Content")).toContain("B2C");
    const publicBody = buildFacturXml(
      sampleInvoiceView({
        buyer: {
          ...sampleInvoiceView().buyer,
          kind: "PUBLIC_BODY",
          publicReferences: { serviceCode: "SCE-7", engagementNumber: "EJ-2026-12" },
        },
      }),
    );
    expect(publicBody).toContain("<ram:BuyerReference>SCE-7</ram:BuyerReference>");
    expect(publicBody).toContain(
      "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-2026-12</ram:IssuerAssignedID>",
    );
  });

  it("declares VAT due on payment under standard VAT, or on debits when the association opted for it", () => {
    const standard = sampleInvoiceView({ vatRegime: "STANDARD" });
    expect(valuesOf(buildFacturXml(standard), "ram:DueDateTypeCode")).toEqual(["72"]);
    expect(
      valuesOf(
        buildFacturXml({ ...standard, seller: { ...standard.seller, vatOnDebits: true } }),
        "ram:DueDateTypeCode",
      ),
    ).toEqual(["5"]);
    expect(buildFacturXml(sampleInvoiceView())).not.toContain("DueDateTypeCode");
  });

  it("refuses a B2B buyer without SIREN and a buyer nobody can route to", () => {
    expect(() =>
      buildFacturXml(sampleInvoiceView({ buyer: { ...sampleInvoiceView().buyer, kind: "VAT_BUSINESS", siren: null } })),
    ).toThrow(/SIREN/);
    expect(() =>
      buildFacturXml(
        sampleInvoiceView({ buyer: { ...sampleInvoiceView().buyer, kind: "INDIVIDUAL", siren: null, email: null } }),
      ),
    ).toThrow(/BT-49/);
    expect(() =>
      buildFacturXml(sampleInvoiceView({ buyer: { ...sampleInvoiceView().buyer, routingAddress: "999999999_X" } })),
    ).toThrow(/BR-FR-21/);
  });

  it.each(VAT_REGIMES)("uses the %s category, reason and rate on lines and breakdown", (vatRegime) => {
    const xml = buildFacturXml(sampleInvoiceView({ vatRegime }));
    const categories = new Set(valuesOf(xml, "ram:CategoryCode"));
    expect([...categories]).toEqual([vatRegime === "STANDARD" ? "S" : "E"]);
    if (vatRegime === "STANDARD") {
      expect(xml).not.toContain("ExemptionReason");
      expect(valuesOf(xml, "ram:CalculatedAmount")).toEqual(["610.00"]);
    } else {
      expect(valuesOf(xml, "ram:ExemptionReasonCode")).toHaveLength(1);
      expect(valuesOf(xml, "ram:CalculatedAmount")).toEqual(["0.00"]);
    }
  });

  it("always carries PMT, PMD and AAB notes (BR-FR-05): the legal text for professionals, sans objet otherwise", () => {
    const professional = buildFacturXml(sampleInvoiceView({ isProfessionalClient: true }));
    expect(professional).toContain("Indemnité forfaitaire pour frais de recouvrement de 40 €");
    const consumer = buildFacturXml(sampleInvoiceView({ isProfessionalClient: false }));
    for (const code of ["PMT", "PMD", "AAB"]) expect(consumer).toContain(`<ram:SubjectCode>${code}</ram:SubjectCode>`);
    expect(consumer).not.toContain("40 €");
  });

  it("carries exactly the amounts of the totals function", () => {
    const view = sampleInvoiceView({ vatRegime: "STANDARD", lines: sampleInvoiceLines(60, "STANDARD") });
    const totals = computeInvoiceTotals(view.lines, "INVOICE");
    const xml = buildFacturXml(view);
    const cents = (text: string) => Number(text.replace(".", ""));
    const lineAmounts = valuesOf(xml, "ram:LineTotalAmount").map(cents);
    expect(lineAmounts.slice(0, 60)).toEqual(totals.lineTotalsExclTaxCents);
    expect(lineAmounts[60]).toBe(totals.totalExclTaxCents);
    expect(valuesOf(xml, "ram:TaxTotalAmount").map(cents)).toEqual([totals.totalTaxCents]);
    expect(valuesOf(xml, "ram:GrandTotalAmount").map(cents)).toEqual([totals.totalInclTaxCents]);
    expect(valuesOf(xml, "ram:DuePayableAmount").map(cents)).toEqual([totals.amountDueCents]);
    expect(valuesOf(xml, "ram:LineID")).toHaveLength(60);
  });

  it("escapes markup and quotes and keeps emoji, in text and attributes", () => {
    const xml = buildFacturXml(
      sampleInvoiceView({
        note: HOSTILE_TEXT,
        buyer: { ...sampleInvoiceView().buyer, name: HOSTILE_TEXT, email: `a&b"<'@example.org` },
        lines: [{ ...sampleInvoiceView().lines[0], description: HOSTILE_TEXT }],
      }),
    );
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("Tom & Jerry");
    expect(xml).toContain(
      "Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; l&apos;été &apos; &quot; ]]&gt; 🚀🎉",
    );
    expect(xml).toContain("<ram:URIID>a&amp;b&quot;&lt;&apos;@example.org</ram:URIID>");
  });

  it("drops characters XML 1.0 cannot carry", () => {
    const xml = buildFacturXml(sampleInvoiceView({ note: "bip\u0007 form\u000cfeed \ud800 half" }));
    expect(xml).toContain("<ram:Content>bip formfeed  half</ram:Content>");
  });

  it("refuses to build an invalid view", () => {
    expect(() => buildFacturXml(sampleInvoiceView({ lines: [] }))).toThrow(InvalidInvoiceViewError);
  });
});
