// Invoices to public bodies go to Chorus Pro, through the app's real HTTP client, to a local fake that
// follows Chorus Pro's API connection mode (PISTE token + cpro-account header) and refuses a Factur-X
// without the service code (BT-10) and engagement number (BT-13). Deposited once through the outbox, even
// when a job is replayed; statuses followed by the periodic search, each recorded once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetPaTokens } from "../../app/domain/einvoicing/pa-client.server";
import { enqueueChorusStatusSearches, sendToChorus } from "../../app/domain/einvoicing/chorus-transmission.server";
import { invoiceLifecycle } from "../../app/domain/einvoicing/invoice-lifecycle.server";
import {
  updateChorusConnection,
  updateEInvoicingSettings,
} from "../../app/domain/invoicing/einvoicing-settings.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { savePublicReference, updateEInvoicingProfile } from "../../app/domain/members/einvoicing-profile.server";
import { db } from "../../app/utils/db.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { startFakeChorusPro, type FakeChorusPro } from "../support/fake-chorus-pro";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
let chorus: FakeChorusPro;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
  chorus = await startFakeChorusPro();
  forgetPaTokens();
  const { a } = tenants;
  const treasurer = treasurerOf(a);
  await updateEInvoicingSettings(treasurer, { vatOnDebits: false, einvoicingScope: "IN_SCOPE" });
  await updateChorusConnection(treasurer, {
    chorusBaseUrl: chorus.url,
    chorusTokenUrl: `${chorus.url}/api/oauth/token`,
    chorusClientId: chorus.clientId,
    chorusClientSecret: chorus.clientSecret,
    chorusAccountLogin: chorus.login,
    chorusAccountPassword: chorus.password,
  });
  const memberId = a.memberIds[2];
  await db().member.update({ where: { id: memberId }, data: { siren: "212602890" } });
  await updateEInvoicingProfile(treasurer, memberId, { buyerKind: "PUBLIC_BODY", routingAddress: "" });
  await savePublicReference(treasurer, memberId, {
    year: 2026,
    serviceCode: "SCE-TECH",
    engagementNumber: "EJ-2026-7",
  });
});

afterAll(async () => {
  await chorus?.close();
});

async function issueToPublicBody() {
  const draft = await createTestDraft(tenants.a, {
    memberId: tenants.a.memberIds[2],
    lines: [{ description: "Maintenance du parc de la mairie", unitPriceCents: 60_000 }],
  });
  const { invoice } = await issueInvoice(treasurerOf(tenants.a), draft.id, { now: NOW });
  return invoice as typeof invoice & { number: string };
}

describe("Chorus Pro for public members", () => {
  it("stores both Chorus Pro secrets sealed", async () => {
    const association = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    expect(association.chorusClientSecretSealed).toMatch(/^v1\./);
    expect(association.chorusAccountPasswordSealed).toMatch(/^v1\./);
    expect(`${association.chorusClientSecretSealed}${association.chorusAccountPasswordSealed}`).not.toContain(
      chorus.password,
    );
  });

  it("deposits the Factur-X once, with the service code and engagement number, and records Déposée", async () => {
    const invoice = await issueToPublicBody();
    await drainOutbox();
    // A replayed job after a lost answer: Chorus Pro already knows the number, nothing is deposited again.
    await db().eInvoiceTransmission.update({ where: { invoiceId: invoice.id }, data: { flowId: null } });
    await sendToChorus({ associationId: tenants.a.associationId, invoiceId: invoice.id });
    expect(chorus.refusedCalls).toEqual([]);
    const deposited = chorus.invoices.filter((found) => found.numeroFacture === invoice.number);
    expect(deposited).toHaveLength(1);
    expect(deposited[0]).toMatchObject({ serviceCode: "SCE-TECH", engagementNumber: "EJ-2026-7", statut: "DEPOSEE" });
    expect(chorus.deposits.filter((deposit) => deposit.nomFichier === `${invoice.number}.pdf`)).toHaveLength(1);
    const lifecycle = await invoiceLifecycle({ associationId: tenants.a.associationId }, invoice.id);
    expect(lifecycle).toMatchObject({ channel: "CHORUS_PRO", current: "200" });
  });

  it("follows its status by periodic search, recording each status once, a refusal with its reason", async () => {
    const invoice = await issueToPublicBody();
    await drainOutbox();
    chorus.setStatus(invoice.number, "MISE_A_DISPOSITION");
    await enqueueChorusStatusSearches();
    await drainOutbox();
    chorus.setStatus(invoice.number, "REJETEE", "Numéro d'engagement clos");
    await enqueueChorusStatusSearches(new Date(Date.now() + 60 * 60 * 1000));
    await drainOutbox();
    await enqueueChorusStatusSearches(new Date(Date.now() + 2 * 60 * 60 * 1000));
    await drainOutbox();
    const lifecycle = await invoiceLifecycle({ associationId: tenants.a.associationId }, invoice.id);
    expect(lifecycle.events.map((event) => event.code)).toEqual(["200", "203", "210"]);
    expect(lifecycle.rejection).toMatchObject({ code: "210", reasonText: "Numéro d'engagement clos" });
  });

  it("does not send a private member's invoice to Chorus Pro", async () => {
    const draft = await createTestDraft(tenants.a, { memberId: tenants.a.memberIds[0] });
    const before = chorus.deposits.length;
    await issueInvoice(treasurerOf(tenants.a), draft.id, { now: NOW });
    await drainOutbox();
    expect(chorus.deposits).toHaveLength(before);
  });
});
