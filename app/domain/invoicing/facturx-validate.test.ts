// Runs the official Factur-X 1.09 checks (XSD + EN 16931 schematron) and the French e-invoicing rules
// (BR-FR, --france) on our XML and PDFs, through ../shared/tools/facturx-validate: every file in one run.
// It never skips: a machine without the validator's tools fails here, naming the Debian packages to install.

import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FRENCH_OK,
  requireValidator,
  validateFrench,
  VALIDATION_TIMEOUT_MS,
  type ValidationReport,
} from "../../../tests/support/facturx-validator";
import { buildFacturXml } from "./facturx-xml";
import { renderInvoicePdf } from "./invoice-pdf";
import type { InvoiceView } from "./invoice-view";
import { extractXmp } from "./pdf-test-inspection";
import {
  HOSTILE_TEXT,
  sampleCreditNoteView,
  sampleInvoiceLines,
  sampleInvoiceView,
} from "../../../scripts/sample-invoice-view";
import { VAT_REGIMES } from "./vat-mentions";

const standardView = sampleInvoiceView({ vatRegime: "STANDARD" });
const publicBuyer = {
  ...sampleInvoiceView().buyer,
  kind: "PUBLIC_BODY" as const,
  name: "Commune de Saillans",
  siren: "212602890",
  routingAddress: "212602890_MAIRIE",
  publicReferences: { serviceCode: "SERVICES-TECHNIQUES", engagementNumber: "EJ-2026-0042" },
};

const run = promisify(execFile);
const workDir = mkdtempSync(path.join(tmpdir(), "quote-part-facturx-"));

const hostileView = sampleInvoiceView({
  note: HOSTILE_TEXT,
  seller: { ...sampleInvoiceView().seller, legalName: `Ateliers "Bits" & <Octets> 🚀` },
  buyer: { ...sampleInvoiceView().buyer, name: HOSTILE_TEXT, email: "o'brien&co@example.org" },
  lines: [
    { ...sampleInvoiceView().lines[0], description: `${HOSTILE_TEXT}\nsur deux lignes` },
    ...sampleInvoiceLines(3),
  ],
});

const XML_CASES: [string, InvoiceView][] = [
  ...VAT_REGIMES.map((vatRegime): [string, InvoiceView] => [`invoice-${vatRegime}`, sampleInvoiceView({ vatRegime })]),
  ["invoice-STANDARD-vat-on-debits", { ...standardView, seller: { ...standardView.seller, vatOnDebits: true } }],
  ["credit-note-full-FRANCHISE_293B", sampleCreditNoteView()],
  ["credit-note-partial-STANDARD", sampleCreditNoteView({ vatRegime: "STANDARD" })],
  [
    "credit-note-individual",
    sampleCreditNoteView({
      isProfessionalClient: false,
      buyer: { ...sampleInvoiceView().buyer, kind: "INDIVIDUAL", siren: null },
    }),
  ],
  [
    "invoice-60-lines-STANDARD",
    sampleInvoiceView({ vatRegime: "STANDARD", lines: sampleInvoiceLines(60, "STANDARD") }),
  ],
  [
    "invoice-buyer-vat-business-routing-code",
    sampleInvoiceView({
      buyer: { ...sampleInvoiceView().buyer, kind: "VAT_BUSINESS", routingAddress: "532198765_COMPTA" },
    }),
  ],
  [
    "invoice-buyer-association-without-siren",
    sampleInvoiceView({
      isProfessionalClient: false,
      buyer: { ...sampleInvoiceView().buyer, kind: "NON_VAT_ASSOCIATION", siren: null },
    }),
  ],
  [
    "invoice-buyer-association-with-siren",
    sampleInvoiceView({
      isProfessionalClient: false,
      buyer: { ...sampleInvoiceView().buyer, kind: "NON_VAT_ASSOCIATION" },
    }),
  ],
  [
    "invoice-buyer-individual",
    sampleInvoiceView({
      isProfessionalClient: false,
      buyer: { ...sampleInvoiceView().buyer, kind: "INDIVIDUAL", name: "Jeanne Martin", siren: null },
    }),
  ],
  ["invoice-buyer-public-body", sampleInvoiceView({ vatRegime: "STANDARD", buyer: publicBuyer })],
  ["invoice-hostile-text", hostileView],
  // Per-line VAT: shares at 20 % beside an exempt membership fee; a fee outside the scope of VAT, alone.
  [
    "invoice-STANDARD-shares-and-exempt-fee",
    sampleInvoiceView({
      vatRegime: "STANDARD",
      lines: [
        { ...sampleInvoiceLines(1, "STANDARD")[0], vatTreatment: "REGIME" },
        {
          description: "Cotisation annuelle",
          quantityThousandths: 1000,
          unitCode: "C62",
          unitPriceCents: 5_000,
          vatBasisPoints: 0,
          vatTreatment: "EXEMPT",
        },
      ],
    }),
  ],
  [
    "invoice-STANDARD-fee-outside-scope",
    sampleInvoiceView({
      vatRegime: "STANDARD",
      lines: [
        {
          description: "Cotisation annuelle",
          quantityThousandths: 1000,
          unitCode: "C62",
          unitPriceCents: 5_000,
          vatBasisPoints: 0,
          vatTreatment: "OUTSIDE_SCOPE",
        },
      ],
    }),
  ],
];

const PDF_CASES: [string, InvoiceView][] = [
  ["invoice-FRANCHISE_293B", sampleInvoiceView()],
  ["credit-note-COST_SHARING_261B", sampleCreditNoteView({ vatRegime: "COST_SHARING_261B" })],
  ["invoice-60-lines-hostile-text", { ...hostileView, lines: [...hostileView.lines, ...sampleInvoiceLines(56)] }],
  [
    "invoice-public-body-vat-on-debits",
    sampleInvoiceView({
      vatRegime: "STANDARD",
      buyer: publicBuyer,
      seller: { ...standardView.seller, vatOnDebits: true },
    }),
  ],
];

const xmlFile = (name: string) => path.join(workDir, `${name}.xml`);
const pdfFile = (name: string) => path.join(workDir, `${name}.pdf`);
let report: ValidationReport;

beforeAll(async () => {
  requireValidator();
  for (const [name, view] of XML_CASES) writeFileSync(xmlFile(name), buildFacturXml(view));
  for (const [name, view] of PDF_CASES) writeFileSync(pdfFile(name), await renderInvoicePdf(view));
  writeFileSync(
    xmlFile("tampered"),
    buildFacturXml(sampleInvoiceView()).replace(/<ram:GrandTotalAmount>[^<]*</, "<ram:GrandTotalAmount>1.00<"),
  );
  writeFileSync(
    xmlFile("old-seller-siret-only"),
    buildFacturXml(sampleInvoiceView()).replace(
      /<ram:ID schemeID="0002">812345678</,
      '<ram:ID schemeID="0009">81234567800021<',
    ),
  );
  report = await validateFrench([
    ...XML_CASES.map(([name]) => xmlFile(name)),
    ...PDF_CASES.map(([name]) => pdfFile(name)),
    xmlFile("tampered"),
    xmlFile("old-seller-siret-only"),
  ]);
}, VALIDATION_TIMEOUT_MS);

describe("Factur-X validation (XSD + EN 16931 schematron + French BR-FR rules)", () => {
  it.each(XML_CASES)("XML %s passes", (name) => {
    const output = report.byFile.get(xmlFile(name));
    expect(output, `${xmlFile(name)}:\n${output}`).toContain(FRENCH_OK);
  });

  it.each(PDF_CASES)("PDF %s embeds an XML that passes, and a well-formed XMP", async (name, view) => {
    const output = report.byFile.get(pdfFile(name));
    expect(output, `${pdfFile(name)}:\n${output}`).toContain(FRENCH_OK);
    // The XMP must be well-formed XML too, whatever the names contain (pdfkit does not escape them).
    const xmpFile = path.join(workDir, `${name}.xmp`);
    writeFileSync(xmpFile, extractXmp(await renderInvoicePdf(view)));
    await expect(run("xmllint", ["--noout", xmpFile])).resolves.toBeDefined();
  });

  it("catches a broken total (proves the validator really checks our sums)", () => {
    expect(report.exitCode).not.toBe(0);
    expect(report.byFile.get(xmlFile("tampered"))).toContain("BR-CO-15");
  });

  it("catches a SIRET sent as the seller's legal id (proves the French rules run)", () => {
    expect(report.byFile.get(xmlFile("old-seller-siret-only"))).toContain("BR-FR-10");
  });
});
