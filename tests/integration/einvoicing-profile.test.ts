// A member's e-invoicing profile is checked BEFORE issuing: a document the plateforme agréée would reject
// is refused with a French sentence naming what to fill in, and no number is taken. Once the profile is
// complete, the frozen document carries it (routing address, Chorus Pro references, VAT on debits).
import { beforeAll, describe, expect, it } from "vitest";
import { buildFacturXml } from "../../app/domain/invoicing/facturx-xml";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { invoiceViewFromIssued } from "../../app/domain/invoicing/issued-invoice-view";
import { updateEInvoicingSettings } from "../../app/domain/invoicing/einvoicing-settings.server";
import {
  getEInvoicingProfile,
  savePublicReference,
  updateEInvoicingProfile,
} from "../../app/domain/members/einvoicing-profile.server";
import { db } from "../../app/utils/db.server";
import { refusalText } from "../../app/utils/domain-error.server";
import { DomainError } from "../../app/domain/domain-error";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";

/** The refusal a treasurer reads in French, or a failure when the call was not refused. */
async function refusalIn(call: Promise<unknown>): Promise<string> {
  const refusal = await call.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(refusal instanceof DomainError)) throw new Error(`Expected a refusal, got ${String(refusal)}`);
  return refusalText(refusal, { locale: "fr", timeZone: "Europe/Paris" }).error;
}

let tenants: TwoTenants;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

async function issuedXml(invoiceId: string) {
  const invoice = await db().invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: { lines: true, correctsInvoice: { select: { number: true, issueDate: true } } },
  });
  return buildFacturXml(invoiceViewFromIssued(invoice));
}

async function countersOf(associationId: string) {
  return db().invoiceCounter.findMany({ where: { associationId } });
}

describe("e-invoicing profile checked before issuing", () => {
  it("refuses a VAT-liable business without SIREN, in French, without taking a number", async () => {
    const { a } = tenants;
    await db().member.update({ where: { id: a.memberIds[1] }, data: { siren: null, siret: null } });
    const draft = await createTestDraft(a, { memberId: a.memberIds[1] });
    await expect(refusalIn(issueInvoice(treasurerOf(a), draft.id, { now: NOW }))).resolves.toMatch(
      /il manque le SIREN \(obligatoire pour une structure professionnelle\)/,
    );
    expect(await countersOf(a.associationId)).toEqual([]);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("refuses a public body until its Chorus Pro references for the year are given, then carries them", async () => {
    const { a } = tenants;
    const treasurer = treasurerOf(a);
    const memberId = a.memberIds[2];
    await db().member.update({ where: { id: memberId }, data: { siren: "212602890" } });
    await updateEInvoicingProfile(treasurer, memberId, { buyerKind: "PUBLIC_BODY", routingAddress: "" });
    const draft = await createTestDraft(a, { memberId });
    await expect(refusalIn(issueInvoice(treasurer, draft.id, { now: NOW }))).resolves.toMatch(
      /Chorus Pro exige le code service et le numéro d'engagement pour 2026/,
    );
    // References of another year do not count.
    await savePublicReference(treasurer, memberId, { year: 2025, serviceCode: "OLD", engagementNumber: "EJ-OLD" });
    await expect(refusalIn(issueInvoice(treasurer, draft.id, { now: NOW }))).resolves.toMatch(/2026/);
    await savePublicReference(treasurer, memberId, {
      year: 2026,
      serviceCode: "SCE-TECH",
      engagementNumber: "EJ-2026-7",
    });
    const { invoice } = await issueInvoice(treasurer, draft.id, { now: NOW });
    const xml = await issuedXml(invoice.id);
    expect(xml).toContain("<ram:BuyerReference>SCE-TECH</ram:BuyerReference>");
    expect(xml).toContain("<ram:IssuerAssignedID>EJ-2026-7</ram:IssuerAssignedID>");
  });

  it("refuses a routing address that does not start with the member's SIREN", async () => {
    const { a } = tenants;
    const member = await db().member.update({
      where: { id: a.memberIds[0] },
      data: { siren: "532198765", routingAddress: "999999999_COMPTA" },
    });
    const draft = await createTestDraft(a, { memberId: member.id });
    await expect(refusalIn(issueInvoice(treasurerOf(a), draft.id, { now: NOW }))).resolves.toMatch(
      /doit commencer par son SIREN/,
    );
    await updateEInvoicingProfile(treasurerOf(a), member.id, {
      buyerKind: "VAT_BUSINESS",
      routingAddress: `${member.siren}_COMPTA`,
    });
    const { invoice } = await issueInvoice(treasurerOf(a), draft.id, { now: NOW });
    expect(await issuedXml(invoice.id)).toContain(`<ram:URIID schemeID="0225">${member.siren}_COMPTA</ram:URIID>`);
  });

  it("freezes the VAT-on-debits option on documents issued after it is chosen", async () => {
    const { a } = tenants;
    await db().association.update({
      where: { id: a.associationId },
      data: { vatRegime: "STANDARD", vatNumber: "FR25890123456" },
    });
    expect(await updateEInvoicingSettings(treasurerOf(a), { vatOnDebits: true, einvoicingScope: "AUTO" })).toBe(true);
    expect(await updateEInvoicingSettings(treasurerOf(a), { vatOnDebits: true, einvoicingScope: "AUTO" })).toBe(false);
    const draft = await createTestDraft(a, { memberId: a.memberIds[0] });
    const { invoice } = await issueInvoice(treasurerOf(a), draft.id, { now: NOW });
    expect(await issuedXml(invoice.id)).toContain("<ram:DueDateTypeCode>5</ram:DueDateTypeCode>");
  });

  it("never reads or writes another tenant's member profile", async () => {
    const { a, b } = tenants;
    await expect(getEInvoicingProfile(treasurerOf(a), b.memberIds[0])).rejects.toMatchObject({ status: 404 });
    await expect(
      updateEInvoicingProfile(treasurerOf(a), b.memberIds[0], { buyerKind: "INDIVIDUAL", routingAddress: "" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      savePublicReference(treasurerOf(a), b.memberIds[0], { year: 2026, serviceCode: "X", engagementNumber: "Y" }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db().memberPublicReference.count({ where: { associationId: b.associationId } })).toBe(0);
  });
});
