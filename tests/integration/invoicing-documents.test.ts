// Documents issued through the real service (every VAT regime, VAT on debits, every kind of buyer, full and
// partial credit notes, a 60-line invoice, hostile text) are written to tests/.artifacts/invoices/ and checked
// with the official validator INCLUDING the French e-invoicing rules (--france), all in one validator run.
// It never skips: missing tools fail with the packages to install.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { draftCorrectedInvoice } from "../../app/domain/einvoicing/invoice-lifecycle.server";
import { appendStatuses } from "../../app/domain/einvoicing/status-log.server";
import { issueCreditNote } from "../../app/domain/invoicing/credit-notes.server";
import { issuedInvoicePdf } from "../../app/domain/invoicing/invoice-document.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { HOSTILE_TEXT, sampleInvoiceLines } from "../../scripts/sample-invoice-view";
import { VAT_REGIMES, type VatRegime } from "../../app/domain/invoicing/vat-mentions";
import { savePublicReference, updateEInvoicingProfile } from "../../app/domain/members/einvoicing-profile.server";
import { db } from "../../app/utils/db.server";
import {
  FRENCH_OK,
  requireValidator,
  validateFrench,
  VALIDATION_TIMEOUT_MS,
  type ValidationReport,
} from "../support/facturx-validator";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";
import { artifactsDirectory } from "../support/test-database";

const OUT = path.join(artifactsDirectory, "invoices");
let tenants: TwoTenants;
const files: string[] = [];
let report: ValidationReport;
const NOW = new Date("2026-11-23T10:00:00Z");

async function writePdf(name: string, invoiceId: string) {
  const { pdf } = await issuedInvoicePdf({ associationId: tenants.a.associationId }, invoiceId);
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  files.push(file);
}

const SHARE_LINES = [
  { description: "Parts de maintenance 2026", quantityThousandths: 1500, unitPriceCents: 200_000 },
  { description: "Cotisation annuelle", unitPriceCents: 5000 },
];

async function issueUnder(vatRegime: VatRegime, lines = SHARE_LINES, memberIndex = 1, vatOnDebits = false) {
  const { a } = tenants;
  await db().association.update({
    where: { id: a.associationId },
    data: { vatRegime, vatOnDebits, vatNumber: vatRegime === "STANDARD" ? "FR25890123456" : null },
  });
  const draft = await createTestDraft(a, { memberId: a.memberIds[memberIndex], lines });
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
      const creditNote = await issueCreditNote(
        treasurerOf(tenants.a),
        invoice.id,
        { mode: "partial", reason: "Une demi-part en moins", quantities: [500, 0] },
        { now: NOW },
      );
      await writePdf("credit-note-STANDARD", creditNote.id);
    }
  }
  const franchise = await issueUnder("FRANCHISE_293B");
  const fullCredit = await issueCreditNote(
    treasurerOf(tenants.a),
    franchise.id,
    { mode: "full", reason: "Facture émise par erreur", quantities: [] },
    { now: NOW },
  );
  await writePdf("credit-note-FRANCHISE_293B", fullCredit.id);
  const long = await issueUnder(
    "COST_SHARING_261B",
    sampleInvoiceLines(60).map((line) => ({
      description: line.description,
      quantityThousandths: line.quantityThousandths,
      unitPriceCents: line.unitPriceCents,
    })),
  );
  await writePdf("invoice-60-lines", long.id);
  const hostile = await issueUnder("ASSOCIATION_261_7_1B", [
    { description: `${HOSTILE_TEXT}\n) Tj ET (\\`, unitPriceCents: 1234 },
  ]);
  await writePdf("invoice-hostile-text", hostile.id);
  await writePdf("invoice-STANDARD-vat-on-debits", (await issueUnder("STANDARD", SHARE_LINES, 1, true)).id);

  // Every kind of buyer: member 0 is an association without SIREN (e-mail routing), then an individual;
  // member 2 becomes a public body with its Chorus Pro references for the year.
  const treasurer = treasurerOf(tenants.a);
  await writePdf("invoice-buyer-association-not-liable", (await issueUnder("FRANCHISE_293B", SHARE_LINES, 0)).id);
  await updateEInvoicingProfile(treasurer, tenants.a.memberIds[0], { buyerKind: "INDIVIDUAL", routingAddress: "" });
  await writePdf("invoice-buyer-individual", (await issueUnder("STANDARD", SHARE_LINES, 0)).id);
  await db().member.update({ where: { id: tenants.a.memberIds[2] }, data: { siren: "212602890" } });
  await updateEInvoicingProfile(treasurer, tenants.a.memberIds[2], {
    buyerKind: "PUBLIC_BODY",
    routingAddress: "212602890_MAIRIE",
  });
  await savePublicReference(treasurer, tenants.a.memberIds[2], {
    year: 2026,
    serviceCode: "SERVICES-TECHNIQUES",
    engagementNumber: "EJ-2026-0042",
  });
  const publicInvoice = await issueUnder("STANDARD", SHARE_LINES, 2);
  await writePdf("invoice-buyer-public-body", publicInvoice.id);
  const publicCredit = await issueCreditNote(
    treasurer,
    publicInvoice.id,
    { mode: "partial", reason: "Une demi-part en moins", quantities: [500, 0] },
    { now: NOW },
  );
  await writePdf("credit-note-partial-public-body", publicCredit.id);

  // A rejection's way out (issue 14): the credit note cancelling the rejected invoice, and the corrected
  // invoice drafted from it by the guidance's button. The rejection is recorded as the webhook would.
  const rejected = await issueUnder("STANDARD", SHARE_LINES, 1);
  await appendStatuses(db(), [
    {
      associationId: tenants.a.associationId,
      invoiceId: rejected.id,
      channel: "PA",
      code: "213",
      occurredAt: NOW,
      reasonCode: "REJ_SEMAN",
      reasonText: "Code de routage inconnu",
      source: "WEBHOOK",
      sourceKey: `test:${rejected.id}`,
    },
  ]);
  const cancelling = await issueCreditNote(
    treasurer,
    rejected.id,
    { mode: "full", reason: "Facture rejetée par la plateforme agréée", quantities: [] },
    { now: NOW },
  );
  await writePdf("credit-note-of-rejected-invoice", cancelling.id);
  const corrected = await draftCorrectedInvoice(treasurer, rejected.id);
  await writePdf(
    "invoice-corrected-after-rejection",
    (await issueInvoice(treasurer, corrected.invoice.id, { now: NOW })).invoice.id,
  );
  report = await validateFrench(files);
}, VALIDATION_TIMEOUT_MS);

const CASES = [
  ...VAT_REGIMES.map((regime) => `invoice-${regime}`),
  "invoice-STANDARD-vat-on-debits",
  "credit-note-STANDARD",
  "credit-note-FRANCHISE_293B",
  "invoice-60-lines",
  "invoice-hostile-text",
  "invoice-buyer-association-not-liable",
  "invoice-buyer-individual",
  "invoice-buyer-public-body",
  "credit-note-partial-public-body",
  "credit-note-of-rejected-invoice",
  "invoice-corrected-after-rejection",
];

describe("issued PDFs pass the official Factur-X validator with the French rules", () => {
  it("wrote one file per case", () => {
    expect(files.map((file) => path.basename(file)).sort()).toEqual(CASES.map((name) => `${name}.pdf`).sort());
  });

  it.each(CASES)("%s", (name) => {
    const file = path.join(OUT, `${name}.pdf`);
    const output = report.byFile.get(file);
    expect(output, `${file}:\n${output}`).toContain(FRENCH_OK);
  });
});
