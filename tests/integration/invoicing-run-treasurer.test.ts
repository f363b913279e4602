// What the treasurer meets in a run (issue 12): mid-year subscriptions invoice inside their period,
// the 20 % regime works end to end with an exempt membership fee, a run that cannot issue leaves no
// drafts and says who fixes what, an incomplete member is refused with a link to their record, and a
// member without e-mail gets an invoice marked for hand delivery.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFacturXml } from "../../app/domain/invoicing/facturx-xml";
import { executeInvoiceRun, type RunFailure } from "../../app/domain/invoicing/invoice-run.server";
import { planInvoiceRun, runContext } from "../../app/domain/invoicing/invoice-run-plan.server";
import { invoiceViewFromIssued } from "../../app/domain/invoicing/issued-invoice-view";
import { frenchVatKey } from "../../app/domain/settings/identifiers";
import { loader as runLoader } from "../../app/routes/factures.campagne";
import { db } from "../../app/utils/db.server";
import { refusalText } from "../../app/utils/domain-error.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, respond, sessionCookieFor } from "../support/http";
import { treasurerOf } from "../support/invoicing";

// What the treasurer reads for a failure, in French.
const said = (failure: RunFailure) => refusalText(failure.refusal, { locale: "fr", timeZone: "Europe/Paris" });

let tenants: TwoTenants;
const NOW = new Date("2026-11-23T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

const draftsOf = (associationId: string) => db().invoice.count({ where: { associationId, status: "DRAFT" } });

describe("a subscription starting mid-year", () => {
  it("has its instalments inside its period, pro rata, and they are issued", async () => {
    const { a } = tenants;
    const member = await db().member.create({
      data: {
        associationId: a.associationId,
        name: "Structure de juillet",
        addressLine1: "1 rue Neuve",
        postalCode: "26150",
        city: "Die",
        billingEmail: "juillet@a.test",
      },
    });
    const subscription = await db().subscription.create({
      data: {
        associationId: a.associationId,
        memberId: member.id,
        periodId: a.periodId,
        shareHalves: 3,
        priceCents: 151_233,
        billingSchedule: "QUARTERLY",
        startDate: day("2026-07-01"),
        endDate: day("2026-12-31"),
      },
    });
    const { items } = await planInvoiceRun(treasurerOf(a), a.periodId, "2026-12-31");
    const shares = items.filter((item) => item.subscriptionId === subscription.id);
    expect(shares.map((item) => [item.serviceStart, item.serviceEnd])).toEqual([
      ["2026-07-01", "2026-09-30"],
      ["2026-10-01", "2026-12-31"],
    ]);
    expect(shares.reduce((sum, item) => sum + item.amountCents, 0)).toBe(151_233);
    expect(shares[0].lines[0].description).toContain("échéance 1 sur 2");

    const outcome = await executeInvoiceRun(treasurerOf(a), a.periodId, "2026-12-31", { now: NOW });
    expect(outcome.failures).toEqual([]);
    const invoices = await db().invoice.findMany({
      where: { associationId: a.associationId, memberId: member.id },
      include: { lines: true },
    });
    // One invoice for this member: both instalments and the fee, all due by the end of December.
    expect(invoices).toHaveLength(1);
    // The annual fee covers the whole period, so the invoice does too; its instalment lines stay inside July–December.
    expect(invoices[0]).toMatchObject({
      status: "ISSUED",
      serviceStart: day("2026-01-01"),
      serviceEnd: day("2026-12-31"),
    });
    expect(invoices[0].lines).toHaveLength(3);
  });
});

describe("the 20 % VAT regime", () => {
  it("stops before creating anything while the VAT number is missing, saying who fixes it and where", async () => {
    const { b } = tenants;
    await db().association.update({ where: { id: b.associationId }, data: { vatRegime: "STANDARD", vatNumber: null } });
    const drafts = await draftsOf(b.associationId);
    const outcome = await executeInvoiceRun(treasurerOf(b), b.periodId, "2026-11-23", { now: NOW });
    expect(outcome.issued).toBe(0);
    expect(outcome.failures).toHaveLength(1);
    expect(said(outcome.failures[0]).error).toMatch(
      /numéro de TVA intracommunautaire manque : un administrateur de l'association le renseigne dans Administration → Paramètres, rubrique « Identité »/,
    );
    expect(said(outcome.failures[0]).error).not.toMatch(/\/admin|servicePeriod|[a-z]+[A-Z][a-z]+/);
    expect(await draftsOf(b.associationId)).toBe(drafts);
    expect(await db().invoice.count({ where: { associationId: b.associationId } })).toBe(0);
  });

  it("previews each invoice's « Montant TTC » with its VAT, not the amount before VAT", async () => {
    const { b } = tenants;
    await db().association.update({
      where: { id: b.associationId },
      data: { vatRegime: "STANDARD", vatNumber: `FR${frenchVatKey("890123456")}890123456`, membershipFeeVat: "EXEMPT" },
    });
    const cookie = await sessionCookieFor(b.users.treasurer.email);
    const response = await respond(() =>
      runLoader({
        request: getRequest(`/factures/campagne?periode=${b.periodId}&jusquau=2026-11-23`, cookie),
        params: {},
        context: {},
      }),
    );
    type Row = { items: { amountCents: number; kind: string }[] } & Record<string, number>;
    const { plan } = (await response.json()) as { plan: { invoices: Row[] } };
    // The page's columns « Montant HT », « TVA », « Montant TTC », one row per invoice to issue.
    expect(plan.invoices?.length, "one row per invoice, each with its totals").toBeGreaterThan(0);
    for (const row of plan.invoices) {
      const shares = row.items
        .filter((item) => item.kind === "SHARES")
        .reduce((sum, item) => sum + item.amountCents, 0);
      expect(row.totalExclTaxCents).toBe(row.items.reduce((sum, item) => sum + item.amountCents, 0));
      expect(row.totalTaxCents).toBe(Math.round(shares * 0.2));
      expect(row.totalInclTaxCents).toBe(row.totalExclTaxCents + row.totalTaxCents);
      expect(row.totalInclTaxCents).toBeGreaterThan(row.totalExclTaxCents);
    }
  });

  it("issues shares at 20 % and the fee exempt on one invoice, in a valid Factur-X document", async () => {
    const { b } = tenants;
    await db().association.update({
      where: { id: b.associationId },
      data: { vatRegime: "STANDARD", vatNumber: `FR${frenchVatKey("890123456")}890123456`, membershipFeeVat: "EXEMPT" },
    });
    const outcome = await executeInvoiceRun(treasurerOf(b), b.periodId, "2026-11-23", { now: NOW });
    expect(outcome.failures).toEqual([]);
    expect(outcome.issued).toBe(3);
    const invoice = await db().invoice.findFirstOrThrow({
      where: { associationId: b.associationId, memberId: b.memberIds[0] },
      include: {
        lines: { orderBy: { position: "asc" } },
        correctsInvoice: { select: { number: true, issueDate: true } },
      },
    });
    const shares = invoice.lines.filter((line) => line.vatTreatment === "REGIME");
    const fee = invoice.lines.find((line) => line.vatTreatment === "EXEMPT")!;
    expect(shares.every((line) => line.vatBasisPoints === 2000)).toBe(true);
    expect(fee.vatBasisPoints).toBe(0);
    const sharesExcl = shares.reduce((sum, line) => sum + line.lineTotalExclTaxCents, 0);
    expect(invoice.totalTaxCents).toBe(Math.round(sharesExcl * 0.2));
    expect(invoice.totalInclTaxCents).toBe(sharesExcl + invoice.totalTaxCents + fee.lineTotalExclTaxCents);
    const xml = buildFacturXml(invoiceViewFromIssued(invoice));
    expect(xml).toContain("<ram:CategoryCode>S</ram:CategoryCode>");
    expect(xml).toContain("Exonération de TVA, article 261-7-1° a du CGI");

    // Back under the franchise, the preview shows the issued invoice as it was frozen (with its
    // VAT), not recomputed under today's regime.
    await db().association.update({ where: { id: b.associationId }, data: { vatRegime: "FRANCHISE_293B" } });
    const { invoices } = await planInvoiceRun(treasurerOf(b), b.periodId, "2026-11-23");
    const row = invoices.find((candidate) => candidate.invoiceId === invoice.id)!;
    expect([row.status, row.totalTaxCents, row.totalInclTaxCents]).toEqual([
      "issued",
      invoice.totalTaxCents,
      invoice.totalInclTaxCents,
    ]);
  });
});

describe("a member's identity", () => {
  it("refuses a member without address (and SIREN for a professional), links to the record, and leaves no draft", async () => {
    const { a } = tenants;
    const member = await db().member.create({
      data: { associationId: a.associationId, name: "Structure sans adresse", isProfessional: true },
    });
    await db().subscription.create({
      data: {
        associationId: a.associationId,
        memberId: member.id,
        periodId: a.periodId,
        shareHalves: 2,
        priceCents: 200_000,
        startDate: day("2026-01-01"),
        endDate: day("2026-12-31"),
      },
    });
    const outcome = await executeInvoiceRun(treasurerOf(a), a.periodId, "2026-11-23", { now: NOW });
    const failure = outcome.failures.find((candidate) => candidate.memberName === "Structure sans adresse")!;
    expect(said(failure).error).toBe(
      "La fiche de la structure « Structure sans adresse » est incomplète pour facturer : il manque l'adresse, le code postal, la ville et le SIREN (obligatoire pour une structure professionnelle). Complétez sa fiche (Structures → Structure sans adresse).",
    );
    expect(said(failure).link).toEqual({
      href: `/structures/${member.id}`,
      label: "Ouvrir la fiche de « Structure sans adresse »",
    });
    expect(await db().invoice.count({ where: { memberId: member.id } })).toBe(0);
  });

  it("refuses a public body without its Chorus Pro references before making any draft, and links to its e-invoicing profile", async () => {
    const { a } = tenants;
    const member = await db().member.create({
      data: {
        associationId: a.associationId,
        name: "Mairie sans engagement",
        siren: "212602890",
        buyerKind: "PUBLIC_BODY",
        addressLine1: "1 place de la Mairie",
        postalCode: "26150",
        city: "Die",
        billingEmail: "mairie@a.test",
      },
    });
    await db().subscription.create({
      data: {
        associationId: a.associationId,
        memberId: member.id,
        periodId: a.periodId,
        shareHalves: 2,
        priceCents: 200_000,
        startDate: day("2026-01-01"),
        endDate: day("2026-12-31"),
      },
    });
    const invoicesBefore = await db().invoice.count({ where: { associationId: a.associationId } });
    const outcome = await executeInvoiceRun(treasurerOf(a), a.periodId, "2026-11-23", { now: NOW });
    const failure = outcome.failures.find((candidate) => candidate.memberName === "Mairie sans engagement")!;
    expect(said(failure).error).toContain("Chorus Pro exige le code service et le numéro d'engagement pour 2026");
    expect(said(failure).link).toEqual({
      href: `/structures/${member.id}/facturation-electronique`,
      label: "Compléter le profil de facturation électronique de « Mairie sans engagement »",
    });
    // Refused by the pre-check, so no draft was made and deleted again: no invoice id was ever used for it.
    expect(await db().invoice.count({ where: { memberId: member.id } })).toBe(0);
    expect(await db().invoice.count({ where: { associationId: a.associationId } })).toBe(
      invoicesBefore + outcome.issued,
    );
  });

  it("marks the invoice of a member without e-mail for hand delivery instead of waiting to send it", async () => {
    const { a } = tenants;
    const member = await db().member.create({
      data: {
        associationId: a.associationId,
        name: "Structure sans e-mail",
        siren: "732829320",
        addressLine1: "2 rue Basse",
        postalCode: "26150",
        city: "Die",
      },
    });
    await db().subscription.create({
      data: {
        associationId: a.associationId,
        memberId: member.id,
        periodId: a.periodId,
        shareHalves: 2,
        priceCents: 200_000,
        startDate: day("2026-01-01"),
        endDate: day("2026-12-31"),
      },
    });
    const outcome = await executeInvoiceRun(treasurerOf(a), a.periodId, "2026-11-23", { now: NOW });
    expect(outcome.failures.filter((failure) => failure.memberName === "Structure sans e-mail")).toEqual([]);
    const invoice = await db().invoice.findFirstOrThrow({ where: { memberId: member.id } });
    expect(invoice).toMatchObject({ status: "ISSUED", handDelivery: true });
    expect(await db().outboxJob.count({ where: { dedupeKey: `invoice-email:${invoice.id}` } })).toBe(0);
  });
});

describe("the campaign page once next year's period is open", () => {
  it("previews the period containing today, not the latest, unless another is asked for", async () => {
    const { a } = tenants;
    // The board opens 2027 in November, before it invoices the rest of 2026.
    const next = await db().period.create({
      data: { associationId: a.associationId, label: "2027", startDate: day("2027-01-01"), endDate: day("2027-12-31") },
    });
    try {
      const treasurer = { ...treasurerOf(a), timeZone: "Europe/Paris" };
      const current = await runContext(treasurer, null, NOW);
      expect(current.periods.map((period) => period.label).slice(0, 2)).toEqual(["2027", "2026"]);
      expect(current.periodId).toBe(a.periodId);
      expect(current.today).toBe("2026-11-23");
      expect((await runContext(treasurer, next.id, NOW)).periodId).toBe(next.id);
      // Another association's period answers 404, as on the capacity page.
      await expect(runContext(treasurer, tenants.b.periodId, NOW)).rejects.toMatchObject({ status: 404 });
    } finally {
      await db().period.delete({ where: { id: next.id } });
    }
  });
});
