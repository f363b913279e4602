// Issued documents of an association in scope go to its plateforme agréée through the outbox, exactly once,
// through the app's real HTTP client, to a fake PA that validates every request against the AFNOR Flow
// OpenAPI document. Out of scope, nothing is sent. An outage is retried with backoff; a replayed job sends
// nothing twice; the client secret is stored sealed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetPaTokens } from "../../app/domain/einvoicing/pa-client.server";
import { sendToPa } from "../../app/domain/einvoicing/pa-transmission.server";
import { updateEInvoicingSettings } from "../../app/domain/invoicing/einvoicing-settings.server";
import { issueCreditNote } from "../../app/domain/invoicing/credit-notes.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { db } from "../../app/utils/db.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { connectFakePa } from "../support/einvoicing";
import { startFakePa, type FakePa } from "../support/fake-pa";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
let pa: FakePa;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
  pa = await startFakePa();
  const { a } = tenants;
  await db().association.update({
    where: { id: a.associationId },
    data: { vatRegime: "STANDARD", vatNumber: "FR25890123456" },
  });
  await connectFakePa(a, pa);
});

afterAll(async () => {
  await pa?.close();
});

async function issue(memberIndex = 1) {
  const draft = await createTestDraft(tenants.a, {
    memberId: tenants.a.memberIds[memberIndex],
    lines: [{ description: "Parts 2026", unitPriceCents: 300_000 }],
  });
  return (await issueInvoice(treasurerOf(tenants.a), draft.id, { now: NOW })).invoice;
}

describe("sending to the plateforme agréée", () => {
  it("stores the client secret sealed, never in clear", async () => {
    const association = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    expect(association.paClientSecretSealed).toMatch(/^v1\./);
    expect(association.paClientSecretSealed).not.toContain(pa.clientSecret);
  });

  it("sends an issued invoice once, as a valid Factur-X flow keyed by the document", async () => {
    const invoice = await issue();
    await drainOutbox();
    await drainOutbox();
    expect(pa.invalidRequests).toEqual([]);
    const sent = pa.flows.filter((flow) => flow.flowInfo.trackingId === invoice.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].flowInfo).toMatchObject({
      name: `${invoice.number}.pdf`,
      flowSyntax: "Factur-X",
      processingRule: "B2B",
    });
    expect(sent[0].file.subarray(0, 5).toString()).toBe("%PDF-");
    const transmission = await db().eInvoiceTransmission.findUniqueOrThrow({ where: { invoiceId: invoice.id } });
    expect(transmission.flowId).toBe(sent[0].flowId);
  });

  it("finds the flow instead of sending again when a job is replayed after a lost answer", async () => {
    const invoice = await issue();
    await drainOutbox();
    // As if the answer had been lost: the flowId was never recorded, and the job runs again.
    await db().eInvoiceTransmission.update({ where: { invoiceId: invoice.id }, data: { flowId: null } });
    await sendToPa({ associationId: tenants.a.associationId, invoiceId: invoice.id });
    expect(pa.flows.filter((flow) => flow.flowInfo.trackingId === invoice.id)).toHaveLength(1);
    expect((await db().eInvoiceTransmission.findUniqueOrThrow({ where: { invoiceId: invoice.id } })).flowId).toBe(
      pa.flows.find((flow) => flow.flowInfo.trackingId === invoice.id)!.flowId,
    );
  });

  it("retries an outage with backoff, then sends", async () => {
    forgetPaTokens();
    pa.failNext(1);
    const invoice = await issue();
    await drainOutbox();
    const job = await db().outboxJob.findFirstOrThrow({ where: { dedupeKey: `einvoice-pa-send:${invoice.id}` } });
    expect(job.status).toBe("PENDING");
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(
      (await db().eInvoiceTransmission.findUniqueOrThrow({ where: { invoiceId: invoice.id } })).lastError,
    ).toContain("503");
    await db().outboxJob.update({ where: { id: job.id }, data: { runAt: new Date() } });
    await drainOutbox();
    expect(pa.flows.filter((flow) => flow.flowInfo.trackingId === invoice.id)).toHaveLength(1);
  });

  it("sends a credit note too, and B2C for a member not liable to VAT", async () => {
    const invoice = await issue(0);
    const creditNote = await issueCreditNote(
      treasurerOf(tenants.a),
      invoice.id,
      { mode: "full", reason: "Erreur", quantities: [] },
      { now: NOW },
    );
    await drainOutbox();
    expect(pa.flows.find((flow) => flow.flowInfo.trackingId === invoice.id)?.flowInfo.processingRule).toBe("B2C");
    expect(pa.flows.filter((flow) => flow.flowInfo.trackingId === creditNote.id)).toHaveLength(1);
    expect(pa.invalidRequests).toEqual([]);
  });

  it("has a fake that really checks requests against the OpenAPI document", async () => {
    const token = (
      (await (
        await fetch(`${pa.url}/oauth/token`, {
          method: "POST",
          headers: {
            Authorization: `Basic ${Buffer.from(`${pa.clientId}:${pa.clientSecret}`).toString("base64")}`,
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: "grant_type=client_credentials",
        })
      ).json()) as { access_token: string }
    ).access_token;
    const form = new FormData();
    form.append(
      "flowInfo",
      new Blob([JSON.stringify({ name: "x.pdf", flowSyntax: "PDF" })], { type: "application/json" }),
    );
    form.append("file", new Blob(["%PDF-"], { type: "application/pdf" }), "x.pdf");
    const response = await fetch(`${pa.url}/v1/flows`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(pa.invalidRequests.at(-1)?.operation).toBe("createFlow");
    pa.invalidRequests.length = 0;
  });

  it("sends nothing when the association is out of scope", async () => {
    await updateEInvoicingSettings(treasurerOf(tenants.a), { vatOnDebits: false, einvoicingScope: "OUT_OF_SCOPE" });
    const before = pa.flows.length;
    const invoice = await issue();
    await drainOutbox();
    expect(pa.flows).toHaveLength(before);
    expect(await db().eInvoiceTransmission.findUnique({ where: { invoiceId: invoice.id } })).toBeNull();
    await updateEInvoicingSettings(treasurerOf(tenants.a), { vatOnDebits: false, einvoicingScope: "AUTO" });
  });
});
