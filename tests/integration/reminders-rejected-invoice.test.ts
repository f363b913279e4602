// An invoice that the buyer's plateforme agréée rejected was never received: it is to be credited
// and corrected, not reminded. Neither the automatic reminders nor "Relancer" ask for it, and the
// treasurer is told what to do instead.
import { beforeAll, expect, it } from "vitest";
import { appendStatuses } from "../../app/domain/einvoicing/status-log.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { DomainError } from "../../app/domain/domain-error";
import { refusalText } from "../../app/utils/domain-error.server";
import { enqueueDueReminders, sendManualReminder } from "../../app/domain/invoicing/reminders.server";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

it("reminds neither automatically nor by hand an invoice rejected by the plateforme", async () => {
  const { a } = tenants;
  const memberId = a.memberIds[0];
  const issue = async (cents: number) =>
    (
      await issueInvoice(
        treasurerOf(a),
        (await createTestDraft(a, { memberId, lines: [{ description: "Parts", unitPriceCents: cents }] })).id,
        { now: new Date("2026-01-15T10:00:00Z") },
      )
    ).invoice;
  const rejected = await issue(120_000);
  const overdue = await issue(80_000);
  await appendStatuses(db(), [
    {
      associationId: a.associationId,
      invoiceId: rejected.id,
      channel: "PA",
      code: "210",
      occurredAt: new Date("2026-01-16T09:00:00Z"),
      reasonCode: "ADR_ERR",
      reasonText: "Adresse de facturation inconnue",
      source: "WEBHOOK",
      sourceKey: `test-rejection-${rejected.id}`,
    },
  ]);
  await db().outboxJob.deleteMany({ where: { associationId: a.associationId } });

  // 7 days after the due date (14 February): one reminder, for the invoice that still stands only.
  expect(await enqueueDueReminders(a.associationId, "2026-02-21", new Date("2026-02-21T08:00:00Z"))).toBe(1);
  const asked = await db().reminderInvoice.findMany({
    where: { associationId: a.associationId, reminder: { memberId } },
    select: { invoiceId: true },
  });
  expect(asked.map((line) => line.invoiceId)).toEqual([overdue.id]);

  const refusal = await sendManualReminder({ ...treasurerOf(a), timeZone: "Europe/Paris" }, rejected.id).catch(
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(DomainError);
  expect(refusalText(refusal as DomainError, { locale: "fr", timeZone: "Europe/Paris" })).toMatchObject({
    status: 409,
    error:
      "Cette facture a été rejetée par la plateforme de l'acheteur : émettez un avoir puis la facture corrigée, au lieu de la relancer.",
  });
});
