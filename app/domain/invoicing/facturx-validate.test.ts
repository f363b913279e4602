// Runs the official Factur-X 1.09 checks (XSD + EN 16931 schematron) on our XML and PDFs, through
// /work/shared/tools/facturx-validate. Kept apart from the fast unit tests because it starts a JVM per file.
// It never skips: a machine without the validator's tools fails here, naming the Debian packages to install.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildFacturXml } from "./facturx-xml";
import { renderInvoicePdf } from "./invoice-pdf";
import type { InvoiceView } from "./invoice-view";
import { extractXmp } from "./pdf-test-inspection";
import { HOSTILE_TEXT, sampleCreditNoteView, sampleInvoiceLines, sampleInvoiceView } from "./sample-invoice-view";
import { VAT_REGIMES } from "./vat-mentions";

const run = promisify(execFile);
const VALIDATOR = path.resolve(process.cwd(), "../shared/tools/facturx-validate");
const REQUIRED_PACKAGES = "libxml2-utils libsaxonhe-java default-jre-headless poppler-utils fonts-liberation";
const VALIDATION_TIMEOUT_MS = 120_000;

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((directory) => existsSync(path.join(directory, command)));
}

function missingValidatorDependencies(): string[] {
  const missing: string[] = [];
  if (!existsSync(VALIDATOR)) missing.push(`validator script ${VALIDATOR}`);
  for (const command of ["xmllint", "java", "pdfdetach"]) if (!onPath(command)) missing.push(command);
  const javaDir = "/usr/share/java";
  if (!existsSync(javaDir) || !readdirSync(javaDir).some((file) => /^Saxon-HE.*\.jar$/.test(file))) missing.push("Saxon-HE jar");
  return missing;
}

function requireValidator(): void {
  const missing = missingValidatorDependencies();
  if (missing.length > 0) {
    throw new Error(`Factur-X validation cannot run, missing: ${missing.join(", ")}. Install with: apt-get install -y ${REQUIRED_PACKAGES}`);
  }
}

const workDir = mkdtempSync(path.join(tmpdir(), "quote-part-facturx-"));

async function validate(file: string): Promise<{ exitCode: number; output: string }> {
  requireValidator();
  try {
    const { stdout, stderr } = await run(VALIDATOR, [file], { timeout: VALIDATION_TIMEOUT_MS });
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: typeof failure.code === "number" ? failure.code : -1, output: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

const hostileView = sampleInvoiceView({
  note: HOSTILE_TEXT,
  seller: { ...sampleInvoiceView().seller, legalName: `Ateliers "Bits" & <Octets> 🚀` },
  buyer: { ...sampleInvoiceView().buyer, name: HOSTILE_TEXT, email: "o'brien&co@example.org" },
  lines: [{ ...sampleInvoiceView().lines[0], description: `${HOSTILE_TEXT}\nsur deux lignes` }, ...sampleInvoiceLines(3)],
});

const XML_CASES: [string, InvoiceView][] = [
  ...VAT_REGIMES.map((vatRegime): [string, InvoiceView] => [`invoice-${vatRegime}`, sampleInvoiceView({ vatRegime })]),
  ["credit-note-FRANCHISE_293B", sampleCreditNoteView()],
  ["credit-note-STANDARD", sampleCreditNoteView({ vatRegime: "STANDARD" })],
  ["invoice-60-lines-STANDARD", sampleInvoiceView({ vatRegime: "STANDARD", lines: sampleInvoiceLines(60, "STANDARD") })],
  ["invoice-private-client-no-buyer-siren", sampleInvoiceView({ isProfessionalClient: false, buyer: { ...sampleInvoiceView().buyer, siren: null, email: null } })],
  ["invoice-hostile-text", hostileView],
  // Per-line VAT: shares at 20 % beside an exempt membership fee; a fee outside the scope of VAT, alone.
  [
    "invoice-STANDARD-shares-and-exempt-fee",
    sampleInvoiceView({
      vatRegime: "STANDARD",
      lines: [
        { ...sampleInvoiceLines(1, "STANDARD")[0], vatTreatment: "REGIME" },
        { description: "Cotisation annuelle", quantityThousandths: 1000, unitCode: "C62", unitPriceCents: 5_000, vatBasisPoints: 0, vatTreatment: "EXEMPT" },
      ],
    }),
  ],
  [
    "invoice-STANDARD-fee-outside-scope",
    sampleInvoiceView({ vatRegime: "STANDARD", lines: [{ description: "Cotisation annuelle", quantityThousandths: 1000, unitCode: "C62", unitPriceCents: 5_000, vatBasisPoints: 0, vatTreatment: "OUTSIDE_SCOPE" }] }),
  ],
];

const PDF_CASES: [string, InvoiceView][] = [
  ["invoice-FRANCHISE_293B", sampleInvoiceView()],
  ["credit-note-COST_SHARING_261B", sampleCreditNoteView({ vatRegime: "COST_SHARING_261B" })],
  ["invoice-60-lines-hostile-text", { ...hostileView, lines: [...hostileView.lines, ...sampleInvoiceLines(56)] }],
];

describe("Factur-X validation (XSD + EN 16931 schematron)", () => {
  it("has the validator and its Debian packages installed", () => {
    requireValidator();
  });

  it.concurrent.each(XML_CASES)("XML %s passes", { timeout: VALIDATION_TIMEOUT_MS }, async (name, view) => {
    const file = path.join(workDir, `${name}.xml`);
    writeFileSync(file, buildFacturXml(view));
    const result = await validate(file);
    expect(result.output, `${file}:\n${result.output}`).toContain("OK: XSD valid, 0 failed");
    expect(result.exitCode).toBe(0);
  });

  it.concurrent.each(PDF_CASES)("PDF %s embeds an XML that passes", { timeout: VALIDATION_TIMEOUT_MS }, async (name, view) => {
    const file = path.join(workDir, `${name}.pdf`);
    const pdf = await renderInvoicePdf(view);
    writeFileSync(file, pdf);
    const result = await validate(file);
    expect(result.output, `${file}:\n${result.output}`).toContain("OK: XSD valid, 0 failed");
    expect(result.exitCode).toBe(0);
    // The XMP must be well-formed XML too, whatever the names contain (pdfkit does not escape them).
    const xmpFile = path.join(workDir, `${name}.xmp`);
    writeFileSync(xmpFile, extractXmp(pdf));
    await expect(run("xmllint", ["--noout", xmpFile])).resolves.toBeDefined();
  });

  it.concurrent("catches a broken total (proves the validator really checks our sums)", { timeout: VALIDATION_TIMEOUT_MS }, async () => {
    const file = path.join(workDir, "tampered.xml");
    writeFileSync(file, buildFacturXml(sampleInvoiceView()).replace(/<ram:GrandTotalAmount>[^<]*</, "<ram:GrandTotalAmount>1.00<"));
    const result = await validate(file);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain("BR-CO-15");
  });
});
