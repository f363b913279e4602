// Documents issued through the real service (every VAT regime, a credit note, a 60-line invoice,
// hostile text) are written to tests/.artifacts/invoices/ and checked with the official Factur-X
// validator (XSD + EN 16931 schematron). It never skips: missing tools fail with the packages to install.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { issueCreditNote } from "../../app/domain/invoicing/credit-notes.server";
import { issuedInvoicePdf } from "../../app/domain/invoicing/invoice-document.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { HOSTILE_TEXT, sampleInvoiceLines } from "../../app/domain/invoicing/sample-invoice-view";
import { VAT_REGIMES, type VatRegime } from "../../app/domain/invoicing/vat-mentions";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";
import { artifactsDirectory } from "../support/test-database";

const run = promisify(execFile);
const VALIDATOR = path.resolve(process.cwd(), "../shared/tools/facturx-validate");
const OUT = path.join(artifactsDirectory, "invoices");
const REQUIRED_PACKAGES = "libxml2-utils libsaxonhe-java default-jre-headless poppler-utils fonts-liberation";

function requireValidator() {
  const onPath = (command: string) => (process.env.PATH ?? "").split(path.delimiter).some((directory) => existsSync(path.join(directory, command)));
  const missing = [!existsSync(VALIDATOR) && `validator ${VALIDATOR}`, ...["xmllint", "java", "pdfdetach"].filter((command) => !onPath(command))].filter(Boolean);
  if (!existsSync("/usr/share/java") || !readdirSync("/usr/share/java").some((file) => /^Saxon-HE.*\.jar$/.test(file))) missing.push("Saxon-HE jar");
  if (missing.length > 0) throw new Error(`Factur-X validation cannot run, missing: ${missing.join(", ")}. Install with: apt-get install -y ${REQUIRED_PACKAGES}`);
}

async function validate(file: string) {
  try {
    const { stdout, stderr } = await run(VALIDATOR, [file], { timeout: 120_000 });
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: typeof failure.code === "number" ? failure.code : -1, output: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

let tenants: TwoTenants;
const files: string[] = [];
const NOW = new Date("2026-11-23T10:00:00Z");

async function writePdf(name: string, invoiceId: string) {
  const { pdf } = await issuedInvoicePdf({ associationId: tenants.a.associationId }, invoiceId);
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  files.push(file);
}

async function issueUnder(vatRegime: VatRegime, lines = [{ description: "Parts de maintenance 2026", quantityThousandths: 1500, unitPriceCents: 200_000 }, { description: "Cotisation annuelle", unitPriceCents: 5000 }]) {
  const { a } = tenants;
  await db().association.update({ where: { id: a.associationId }, data: { vatRegime, vatNumber: vatRegime === "STANDARD" ? "FR25890123456" : null } });
  const draft = await createTestDraft(a, { memberId: a.memberIds[1], lines });
  return (await issueInvoice(treasurerOf(a), draft.id, { now: NOW })).invoice;
}

beforeAll(async () => {
  requireValidator();
  mkdirSync(OUT, { recursive: true });
  tenants = await seedTwoTenants();
  for (const vatRegime of VAT_REGIMES) {
    const invoice = await issueUnder(vatRegime);
    await writePdf(`invoice-${vatRegime}`, invoice.id);
    if (vatRegime === "STANDARD") {
      expect(invoice.totalTaxCents).toBe(61_000); // 20 % of 3 050 €, once for the rate
      const creditNote = await issueCreditNote(treasurerOf(tenants.a), invoice.id, { mode: "partial", reason: "Une demi-part en moins", quantities: [500, 0] }, { now: NOW });
      await writePdf("credit-note-STANDARD", creditNote.id);
    }
  }
  const franchise = await issueUnder("FRANCHISE_293B");
  const fullCredit = await issueCreditNote(treasurerOf(tenants.a), franchise.id, { mode: "full", reason: "Facture émise par erreur", quantities: [] }, { now: NOW });
  await writePdf("credit-note-FRANCHISE_293B", fullCredit.id);
  const long = await issueUnder(
    "COST_SHARING_261B",
    sampleInvoiceLines(60).map((line) => ({ description: line.description, quantityThousandths: line.quantityThousandths, unitPriceCents: line.unitPriceCents })),
  );
  await writePdf("invoice-60-lines", long.id);
  const hostile = await issueUnder("ASSOCIATION_261_7_1B", [{ description: `${HOSTILE_TEXT}\n) Tj ET (\\`, unitPriceCents: 1234 }]);
  await writePdf("invoice-hostile-text", hostile.id);
}, 120_000);

describe("issued PDFs pass the official Factur-X validator", () => {
  it("wrote one file per case", () => {
    expect(files.map((file) => path.basename(file)).sort()).toEqual(
      ["credit-note-FRANCHISE_293B", "credit-note-STANDARD", "invoice-60-lines", "invoice-hostile-text", ...VAT_REGIMES.map((regime) => `invoice-${regime}`)].map((name) => `${name}.pdf`).sort(),
    );
  });

  it.each(["invoice-FRANCHISE_293B", "invoice-ASSOCIATION_261_7_1B", "invoice-COST_SHARING_261B", "invoice-STANDARD", "credit-note-STANDARD", "credit-note-FRANCHISE_293B", "invoice-60-lines", "invoice-hostile-text"])(
    "%s",
    { timeout: 180_000 },
    async (name) => {
      const file = path.join(OUT, `${name}.pdf`);
      const result = await validate(file);
      expect(result.output, `${file}:\n${result.output}`).toContain("OK: XSD valid, 0 failed");
      expect(result.exitCode).toBe(0);
    },
  );
});
