// Reminders: a partly paid invoice is reminded for what is still due (1 250 €), never the whole
// invoice (3 000 €); one e-mail gathers a member's overdue invoices; the manual "Relancer" goes once a day.
import { beforeAll, expect, it } from "vitest";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import {
  enqueueDueReminders,
  invoiceReminderHistory,
  sendManualReminder,
} from "../../app/domain/invoicing/reminders.server";
import { recordManualPayment } from "../../app/domain/payments/manual-payments.server";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { createTestDraft, treasurerOf } from "../support/invoicing";
import { mailBodyText } from "../support/mail-body";

let tenants: TwoTenants;

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

it("asks for the amount still due of a partly paid invoice", async () => {
  const { a } = tenants;
  const draft = await createTestDraft(a, {
    lines: [{ description: "Parts de technicienne", unitPriceCents: 300_000 }],
  });
  // Issued 15 January 2026, due 14 February.
  const { invoice } = await issueInvoice(treasurerOf(a), draft.id, { now: new Date("2026-01-15T10:00:00Z") });
  await recordManualPayment(
    { id: a.users.treasurer.id, associationId: a.associationId, timeZone: "Europe/Paris" },
    {
      memberId: invoice.memberId,
      method: "BANK_TRANSFER",
      receivedOn: "2026-02-01",
      amount: 175_000,
      reference: "VIR partiel",
      allocations: [{ invoiceId: invoice.id, amount: 175_000 }],
    },
  );
  await db().outboxJob.deleteMany({ where: { associationId: a.associationId } });

  expect(await enqueueDueReminders(a.associationId, "2026-02-21", new Date("2026-02-21T08:00:00Z"))).toBe(1);
  await drainOutbox();
  const reminder = readLocalMailbox(100).find(
    (mail) => mail.subject.startsWith("Relance") && mail.raw.includes(invoice.number!),
  );
  expect(reminder).toBeDefined();
  const text = mailBodyText(reminder!.raw);
  expect(reminder!.subject).toContain("1\u00a0250,00\u00a0€ restant à régler");
  expect(text).toContain(": 1\u00a0250,00\u00a0€ restant dû");
  expect(text).toContain("Total restant dû : 1\u00a0250,00\u00a0€.");
  // Replies go to the treasurer, like the invoice e-mails, not to the sending no-reply address.
  const association = await db().association.findUniqueOrThrow({
    where: { id: a.associationId },
    select: { treasurerEmail: true, email: true },
  });
  expect(reminder!.raw).toMatch(
    new RegExp(`^Reply-To: ${(association.treasurerEmail || association.email).replace(/[.+]/g, "\\$&")}\r?$`, "m"),
  );
  // Dated by the app's clock (the instant it ran for), not by the database's own now().
  expect(
    (await db().reminder.findFirstOrThrow({ where: { memberId: invoice.memberId } })).createdAt.toISOString(),
  ).toBe("2026-02-21T08:00:00.000Z");
  // The reminder's history keeps what was asked.
  expect(
    await db().reminderInvoice.findMany({ where: { invoiceId: invoice.id }, select: { amountDueCents: true } }),
  ).toEqual([{ amountDueCents: 125_000 }]);
});

it("gathers all of a member's overdue invoices in one e-mail, and sends a manual reminder once a day", async () => {
  const { a } = tenants;
  const memberId = a.memberIds[1];
  const issue = async (cents: number, now: string) =>
    (
      await issueInvoice(
        treasurerOf(a),
        (await createTestDraft(a, { memberId, lines: [{ description: "Parts", unitPriceCents: cents }] })).id,
        { now: new Date(now) },
      )
    ).invoice;
  const first = await issue(10_000, "2026-03-02T10:00:00Z");
  const second = await issue(20_000, "2026-03-20T10:00:00Z");
  await db().outboxJob.deleteMany({ where: { associationId: a.associationId } });
  // Due 1 April and 19 April; on 27 April the second reaches 7 days and the first is gathered along.
  await enqueueDueReminders(a.associationId, "2026-04-27");
  const [reminder, ...others] = await db().reminder.findMany({ where: { memberId }, include: { invoices: true } });
  expect(others).toHaveLength(0);
  expect(reminder.invoices.map((row) => [row.invoiceId, row.amountDueCents]).sort()).toEqual(
    [
      [first.id, 10_000],
      [second.id, 20_000],
    ].sort(),
  );
  expect(reminder.totalDueCents).toBe(30_000);
  // The first's 7-day threshold was recorded with it (reached 26 days late): no second e-mail tomorrow.
  await enqueueDueReminders(a.associationId, "2026-04-28");
  expect(await db().reminder.count({ where: { memberId } })).toBe(1);

  const staff = { id: a.users.treasurer.id, associationId: a.associationId, timeZone: "Europe/Paris" };
  const manual = await sendManualReminder(staff, second.id);
  expect(manual.reminder.trigger).toBe("MANUAL");
  await expect(sendManualReminder(staff, second.id)).rejects.toMatchObject({
    code: "invoicing.refusal.remindedToday",
    status: 409,
  });
  const history = await invoiceReminderHistory({ associationId: a.associationId }, second.id);
  expect(history.map((row) => [row.trigger, row.amountDueCents, row.invoiceCount])).toEqual([
    ["MANUAL", 20_000, 2],
    ["AUTOMATIC", 20_000, 2],
  ]);
  // Another association's treasurer cannot remind this invoice.
  await expect(
    sendManualReminder({ ...staff, associationId: tenants.b.associationId }, second.id),
  ).rejects.toMatchObject({ status: 404 });
});
