// Issuance on a real database: gapless numbers under concurrency, no gap after a failure,
// non-decreasing issue dates, one invoice and one email per double click, frozen documents.
import { beforeAll, describe, expect, it } from "vitest";
import { issuedInvoicePdf } from "../../app/domain/invoicing/invoice-document.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { extractEmbeddedFiles } from "../../app/domain/invoicing/pdf-test-inspection";
import { compareInvoiceNumbers } from "../../app/domain/invoicing/numbering";
import type { DomainError } from "../../app/domain/domain-error";
import { db } from "../../app/utils/db.server";
import { refusalText } from "../../app/utils/domain-error.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

async function outboxCount(invoiceId: string) {
  return db().outboxJob.count({ where: { dedupeKey: `invoice-email:${invoiceId}` } });
}

describe("issuing an invoice", () => {
  it("gives 50 concurrent issuances the numbers 1..50, no duplicate, no gap", async () => {
    const { b } = tenants; // its own series: other tests issue in tenant a
    const drafts = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        createTestDraft(b, {
          memberId: b.memberIds[index % 3],
          lines: [{ description: `Ligne ${index}`, unitPriceCents: 1000 + index }],
        }),
      ),
    );
    const results = await Promise.all(drafts.map((draft) => issueInvoice(treasurerOf(b), draft.id, { now: NOW })));
    expect(results.every((result) => result.issuedNow)).toBe(true);
    const sequences = results.map((result) => result.invoice.sequence!).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    const numbers = new Set(results.map((result) => result.invoice.number));
    expect(numbers.size).toBe(50);
    expect(numbers.has("F2026-0001") && numbers.has("F2026-0050")).toBe(true);
    const counter = await db().invoiceCounter.findFirstOrThrow({
      where: { associationId: b.associationId, series: "F2026" },
    });
    expect(counter.lastSequence).toBe(50);
  });

  it("leaves no gap when issuance fails after taking a number", async () => {
    const { a } = tenants;
    const failing = await createTestDraft(a);
    await expect(
      issueInvoice(treasurerOf(a), failing.id, {
        now: NOW,
        afterNumberTaken: ({ number }) => {
          throw new Error(`panne simulée après avoir pris ${number}`);
        },
      }),
    ).rejects.toThrow(/panne simulée après avoir pris F2026-0001/);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: failing.id } })).status).toBe("DRAFT");
    expect(await db().invoiceCounter.count({ where: { associationId: a.associationId } })).toBe(0);
    expect(await outboxCount(failing.id)).toBe(0);

    const next = await createTestDraft(a);
    expect((await issueInvoice(treasurerOf(a), next.id, { now: NOW })).invoice.number).toBe("F2026-0001");
    expect((await issueInvoice(treasurerOf(a), failing.id, { now: NOW })).invoice.number).toBe("F2026-0002");
  });

  it("never lets issue dates go backwards as numbers increase", async () => {
    const { a } = tenants;
    // A clock set back (or a server in another zone) must not date a later number earlier.
    await db().invoiceCounter.update({
      where: { associationId_series: { associationId: a.associationId, series: "F2026" } },
      data: { lastIssueDate: new Date("2026-11-25T00:00:00Z") },
    });
    for (const now of ["2026-11-24T10:00:00Z", "2026-11-26T10:00:00Z", "2026-11-20T10:00:00Z"]) {
      await issueInvoice(treasurerOf(a), (await createTestDraft(a)).id, { now: new Date(now) });
    }
    const issued = await db().invoice.findMany({
      where: { associationId: a.associationId, status: "ISSUED", kind: { not: "CREDIT_NOTE" } },
      select: { number: true, issueDate: true },
    });
    issued.sort((x, y) => compareInvoiceNumbers(x.number!, y.number!));
    const dates = issued.map((invoice) => invoice.issueDate!.toISOString().slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(dates.slice(-3)).toEqual(["2026-11-25", "2026-11-26", "2026-11-26"]);
  });

  it("gives one invoice and one email for a double click", async () => {
    const { a } = tenants;
    const draft = await createTestDraft(a);
    const [first, second] = await Promise.all([
      issueInvoice(treasurerOf(a), draft.id, { now: NOW }),
      issueInvoice(treasurerOf(a), draft.id, { now: NOW }),
    ]);
    expect([first.issuedNow, second.issuedNow].sort()).toEqual([false, true]);
    expect(first.invoice.number).toBe(second.invoice.number);
    expect(await outboxCount(draft.id)).toBe(1);
    const again = await issueInvoice(treasurerOf(a), draft.id, { now: NOW });
    expect(again.issuedNow).toBe(false);
    expect(again.invoice.number).toBe(first.invoice.number);
  });

  it("refuses to issue without SIRET nor VAT number, saying who fixes it and where", async () => {
    const { a } = tenants;
    await db().association.update({ where: { id: a.associationId }, data: { siret: null, vatNumber: null } });
    const draft = await createTestDraft(a);
    const refusal = await issueInvoice(treasurerOf(a), draft.id, { now: NOW }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "ISSUANCE_BLOCKED", status: 409 });
    expect(refusalText(refusal as DomainError, { locale: "fr", timeZone: "Europe/Paris" }).error).toMatch(
      /un administrateur de l'association le renseigne dans Administration → Paramètres, rubrique « Identité »/,
    );
    await db().association.update({ where: { id: a.associationId }, data: { siret: "89012345600017" } });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("answers 404 for another tenant's draft", async () => {
    const draft = await createTestDraft(tenants.b);
    await expect(issueInvoice(treasurerOf(tenants.a), draft.id, { now: NOW })).rejects.toMatchObject({ status: 404 });
  });

  it("freezes both parties: later edits never change the document", async () => {
    const { a } = tenants;
    const draft = await createTestDraft(a, {
      memberId: a.memberIds[1],
      lines: [{ description: "Audit du réseau", quantityThousandths: 1500, unitPriceCents: 33_333 }],
    });
    const { invoice } = await issueInvoice(treasurerOf(a), draft.id, { now: NOW });
    expect(invoice.totalInclTaxCents).toBe(50_000); // 1,5 × 333,33 € = 499,995 → 500,00 €
    const before = await issuedInvoicePdf({ associationId: a.associationId }, invoice.id);
    await db().association.update({
      where: { id: a.associationId },
      data: { name: "Nouveau nom", iban: "FR7610000000000000000000000", paymentTermDays: 10 },
    });
    await db().member.update({
      where: { id: a.memberIds[1] },
      data: { name: "Autre structure", city: "Paris", isProfessional: false },
    });
    const after = await issuedInvoicePdf({ associationId: a.associationId }, invoice.id);
    expect(after.view).toEqual(before.view);
    expect(extractEmbeddedFiles(after.pdf)[0].toString("utf8")).toEqual(
      extractEmbeddedFiles(before.pdf)[0].toString("utf8"),
    );
    expect(after.view.seller.name).toBe("Amie A");
    expect(after.view.buyer.name).toBe("Coopérative Les Champs");
    expect(after.view.isProfessionalClient).toBe(true);
  });

  it("emails the PDF once, through the outbox", async () => {
    await drainOutbox();
    const mails = readLocalMailbox(500).filter((mail) => /Facture F2026-/.test(mail.subject));
    expect(mails.length).toBeGreaterThanOrEqual(50);
    const subjects = mails.map((mail) => mail.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(mails[0].raw).toContain("application/pdf");
    // Replies reach the association (its treasurer's address when set), not the no-reply sender.
    expect(mails.every((mail) => /^Reply-To: contact@[ab]\.test$/m.test(mail.raw))).toBe(true);
    expect(await db().invoice.count({ where: { status: "ISSUED", emailedAt: null } })).toBe(0);
    expect(await drainOutbox()).toBe(0);
  });
});
