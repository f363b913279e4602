// Lifecycle statuses from the plateforme agréée, end to end through the app's real HTTP client and the
// fake PA (every request checked against the AFNOR Flow OpenAPI document):
// - saving the connection subscribes to the PA's notifications; the signing key is stored sealed;
// - a deposit records "Déposée"; a signed notice makes the worker download the CDAR and record it;
// - duplicated, out-of-order and forged deliveries change nothing twice, and nothing wrongly;
// - the periodic search finds what no webhook announced;
// - a payment that settles the invoice reports "Encaissée" once, as a CDAR that passes the XSD and BR-FR-CDV.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueuePaStatusSearches } from "../../app/domain/einvoicing/pa-statuses.server";
import { handlePaWebhook } from "../../app/domain/einvoicing/pa-webhook.server";
import { draftCorrectedInvoice, invoiceLifecycle } from "../../app/domain/einvoicing/invoice-lifecycle.server";
import { issueCreditNote } from "../../app/domain/invoicing/credit-notes.server";
import { currentStatus, timelineOrder } from "../../app/domain/einvoicing/lifecycle-status";
import { updateEInvoicingSettings } from "../../app/domain/invoicing/einvoicing-settings.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { recordManualPayment } from "../../app/domain/payments/manual-payments.server";
import { db } from "../../app/utils/db.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { cdarProblems } from "../support/cdar-validator";
import { connectFakePa } from "../support/einvoicing";
import { afnorSignature, startFakePa, type FakePa } from "../support/fake-pa";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
let pa: FakePa;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  pa = await startFakePa();
  // Notices reach the app's webhook handler as the route would hand them over (no HTTP server in these tests).
  pa.deliver = async (url, headers, body) => {
    const associationId = url.split("/").at(-1)!;
    return (
      await handlePaWebhook(associationId, body, headers["Afnor-Signature"], headers["Afnor-Signature-Timestamp"])
    ).status;
  };
  const { a } = tenants;
  await db().association.update({
    where: { id: a.associationId },
    data: { vatRegime: "STANDARD", vatNumber: "FR25890123456" },
  });
  await updateEInvoicingSettings(treasurerOf(a), { vatOnDebits: false, einvoicingScope: "AUTO" });
  await connectFakePa(a, pa);
  await drainOutbox();
});

afterAll(async () => {
  await pa?.close();
});

async function issue(unitPriceCents = 100_000) {
  const draft = await createTestDraft(tenants.a, {
    memberId: tenants.a.memberIds[1],
    lines: [{ description: "Parts 2026", unitPriceCents }],
  });
  const { invoice } = await issueInvoice(treasurerOf(tenants.a), draft.id);
  await drainOutbox();
  return invoice as typeof invoice & { number: string };
}

const statusesOf = async (invoiceId: string) =>
  timelineOrder(await db().eInvoiceStatus.findMany({ where: { invoiceId } }));

describe("lifecycle statuses from the plateforme agréée", () => {
  it("subscribes to the PA's notifications when the connection is saved, keeping the key sealed", async () => {
    expect(pa.webhooks).toHaveLength(1);
    expect(pa.webhooks[0].callbackUrl).toMatch(new RegExp(`/webhooks/pa/${tenants.a.associationId}$`));
    const association = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    expect(association.paWebhookId).toBe(pa.webhooks[0].webhookId);
    expect(association.paWebhookKeySealed).toMatch(/^v1\./);
    expect(association.paWebhookKeySealed).not.toContain(pa.webhooks[0].signingKey);
  });

  it("records Déposée on deposit, then a rejection with its reason from a signed notice, once despite duplicates", async () => {
    const invoice = await issue();
    expect((await statusesOf(invoice.id)).map((status) => status.code)).toEqual(["200"]);
    const flow = await pa.emitStatus(invoice.number, "213", {
      reasonCode: "REJ_SEMAN",
      reason: "Adresse de facturation électronique inconnue de l'annuaire",
    });
    await pa.notify(flow); // the PA delivers the same notice twice
    expect(pa.deliveries.slice(-2).map((delivery) => delivery.status)).toEqual([200, 200]);
    await drainOutbox();
    await drainOutbox();
    const statuses = await statusesOf(invoice.id);
    expect(statuses.map((status) => [status.code, status.source])).toEqual([
      ["200", "SENT"],
      ["213", "WEBHOOK"],
    ]);
    expect(statuses[1]).toMatchObject({
      reasonCode: "REJ_SEMAN",
      reasonText: "Adresse de facturation électronique inconnue de l'annuaire",
    });
    expect(pa.invalidRequests).toEqual([]);
  });

  it("refuses forged, tampered and stale notices, writing nothing", async () => {
    const invoice = await issue();
    const flow = await pa.emitStatus(invoice.number, "210", { reason: "Refus forgé", notify: false });
    const body = JSON.stringify({
      flowId: flow.flowId,
      flowType: "CustomerInvoiceLC",
      flowDirection: "In",
      updatedAt: flow.updatedAt,
    });
    const now = String(Math.floor(Date.now() / 1000));
    const jobsBefore = await db().outboxJob.count();
    const forged = afnorSignature(Buffer.from("not the key").toString("base64"), body, now);
    expect((await handlePaWebhook(tenants.a.associationId, body, forged, now)).status).toBe(401);
    const genuine = afnorSignature(pa.webhooks[0].signingKey, body, now);
    expect((await handlePaWebhook(tenants.a.associationId, body.replace("In", "Out"), genuine, now)).status).toBe(401);
    const old = String(Number(now) - 3600);
    expect(
      (await handlePaWebhook(tenants.a.associationId, body, afnorSignature(pa.webhooks[0].signingKey, body, old), old))
        .status,
    ).toBe(401);
    expect((await handlePaWebhook(tenants.a.associationId, body, null, now)).status).toBe(401);
    // Another association's webhook address with a valid signature for this one: unknown key there.
    expect((await handlePaWebhook(tenants.b.associationId, body, genuine, now)).status).toBe(401);
    expect(await db().outboxJob.count()).toBe(jobsBefore);
    await drainOutbox();
    expect((await statusesOf(invoice.id)).map((status) => status.code)).toEqual(["200"]);
  });

  it("keeps the furthest status current when an earlier one arrives late", async () => {
    const invoice = await issue();
    const t0 = Date.now();
    await pa.emitStatus(invoice.number, "205", { at: new Date(t0 + 120_000) });
    await pa.emitStatus(invoice.number, "202", { at: new Date(t0 + 60_000) });
    await drainOutbox();
    const statuses = await statusesOf(invoice.id);
    expect(statuses.map((status) => status.code)).toEqual(["200", "202", "205"]);
    expect(currentStatus(statuses)?.code).toBe("205");
  });

  it("finds by periodic search the statuses no notice announced, and records each once", async () => {
    const invoice = await issue();
    await pa.emitStatus(invoice.number, "203", { notify: false });
    expect(await enqueuePaStatusSearches()).toBe(1);
    expect(await enqueuePaStatusSearches()).toBe(0); // one search per interval
    await drainOutbox();
    const found = await statusesOf(invoice.id);
    expect(found.map((status) => [status.code, status.source])).toEqual([
      ["200", "SENT"],
      ["203", "POLL"],
    ]);
    // The next interval's search asks again with an overlap: nothing is recorded twice.
    await enqueuePaStatusSearches(new Date(Date.now() + 60 * 60 * 1000));
    await drainOutbox();
    expect(await statusesOf(invoice.id)).toHaveLength(2);
    expect(pa.invalidRequests).toEqual([]);
  });

  it("reports Encaissée once when payments settle the invoice, as a valid CDAR", async () => {
    const invoice = await issue(100_000);
    const treasurer = { ...treasurerOf(tenants.a), timeZone: "Europe/Paris" };
    const today = new Date().toISOString().slice(0, 10);
    const pay = (amount: number) =>
      recordManualPayment(treasurer, {
        memberId: tenants.a.memberIds[1],
        method: "BANK_TRANSFER",
        receivedOn: today,
        amount,
        reference: "",
        allocations: [{ invoiceId: invoice.id, amount }],
      });
    await pay(50_000);
    await drainOutbox();
    expect(pa.flows.filter((flow) => flow.flowInfo.trackingId === `encaissee-${invoice.id}`)).toHaveLength(0);
    await pay(70_000); // the rest: 1 200,00 € with 20 % VAT
    await drainOutbox();
    await drainOutbox();
    const reports = pa.flows.filter((flow) => flow.flowInfo.trackingId === `encaissee-${invoice.id}`);
    expect(reports).toHaveLength(1);
    expect(reports[0].flowInfo.flowSyntax).toBe("CDAR");
    const xml = reports[0].file.toString("utf8");
    expect(xml).toContain(`<ram:IssuerAssignedID>${invoice.number}</ram:IssuerAssignedID>`);
    expect(xml).toContain('<ram:ValueAmount currencyID="EUR">1200.00</ram:ValueAmount>');
    expect(await cdarProblems(xml)).toEqual([]);
    const paid = (await statusesOf(invoice.id)).find((status) => status.code === "212");
    expect(paid).toMatchObject({ source: "SENT", amountCents: 120_000 });
    expect(pa.invalidRequests).toEqual([]);
  }, 180_000);

  it("guides a rejected invoice to a credit note, then one corrected draft with the same lines", async () => {
    const invoice = await issue(45_000);
    await pa.emitStatus(invoice.number, "213", { reasonCode: "REJ_SEMAN", reason: "SIREN du client inconnu" });
    await drainOutbox();
    const treasurer = treasurerOf(tenants.a);
    const before = await invoiceLifecycle({ associationId: tenants.a.associationId }, invoice.id);
    expect(before).toMatchObject({
      current: "213",
      rejection: { code: "213", reasonCode: "REJ_SEMAN", reasonText: "SIREN du client inconnu" },
      creditedInFull: false,
      correction: null,
    });
    await expect(draftCorrectedInvoice(treasurer, invoice.id)).rejects.toMatchObject({
      code: "einvoicing.refusal.creditNoteFirst",
      status: 409,
    });
    await issueCreditNote(treasurer, invoice.id, {
      mode: "full",
      reason: "Rejetée par la plateforme agréée",
      quantities: [],
    });
    const [first, second] = [
      await draftCorrectedInvoice(treasurer, invoice.id),
      await draftCorrectedInvoice(treasurer, invoice.id),
    ];
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, invoice: { id: first.invoice.id } });
    const lines = await db().invoiceLine.findMany({ where: { invoiceId: first.invoice.id } });
    expect(lines.map((line) => [line.description, line.unitPriceCents])).toEqual([["Parts 2026", 45_000]]);
    expect(first.invoice.notes).toContain(`Remplace la facture ${invoice.number}`);
    const after = await invoiceLifecycle({ associationId: tenants.a.associationId }, invoice.id);
    expect(after).toMatchObject({ creditedInFull: true, correction: { id: first.invoice.id } });
    // The member sees where it stands, not the treasurer's correction; another member sees nothing.
    expect(
      await invoiceLifecycle({ associationId: tenants.a.associationId, memberId: tenants.a.memberIds[1] }, invoice.id),
    ).toMatchObject({ current: "213", correction: null });
    await expect(
      invoiceLifecycle({ associationId: tenants.a.associationId, memberId: tenants.a.memberIds[0] }, invoice.id),
    ).rejects.toMatchObject({ status: 404 });
    // Another association cannot see or correct it.
    await expect(invoiceLifecycle({ associationId: tenants.b.associationId }, invoice.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(draftCorrectedInvoice(treasurerOf(tenants.b), invoice.id)).rejects.toMatchObject({ status: 404 });
  });
});
