// The staff lists' cases for list-pages-output.test.ts (payments, technicians, periods), apart so
// that the test file stays readable. Import it after the test has fixed the clock.
import { db } from "../../app/utils/db.server";
import { seedFinance } from "../../prisma/seed-finance";
import type { SeededAssociation } from "../../prisma/seed";
import { deletePayment, recordManualPayment } from "../../app/domain/payments/manual-payments.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { createTestDraft } from "./invoicing";

/**
 * The treasurer's and the administrator's lists: the demo's money (transfers, cheques, a partly
 * paid invoice), a payment over two invoices to the organisation with an accent, a deleted one, a
 * card payment in progress and a failed one; two technicians without an account (one without a
 * pattern, in the other holiday zone, with a contract end; one on half days); a closed and a future
 * period. The other association gets a payment, a technician
 * and a period that must never be listed; a third association has no rows at all.
 */
export async function addStaffListCases(a: SeededAssociation, b: SeededAssociation, today: string) {
  const { associationId } = a;
  const second = a.memberIds[1]!; // Coopérative Les Champs
  await seedFinance(a, today);
  const treasurer = { id: a.users.treasurer.id, associationId, timeZone: "Europe/Paris" };
  const issued = [];
  for (const unitPriceCents of [12_000, 7_500]) {
    const draft = await createTestDraft(a, { memberId: second, lines: [{ description: "Atelier", unitPriceCents }] });
    issued.push((await issueInvoice(treasurer, draft.id, { now: new Date("2026-11-02T09:00:00+01:00") })).invoice);
  }
  await recordManualPayment(treasurer, {
    memberId: second,
    method: "CHEQUE",
    receivedOn: "2026-11-10",
    amount: 19_500,
    reference: "Chèque n° 42 – Coopérative",
    allocations: issued.map((invoice) => ({ invoiceId: invoice.id, amount: invoice.totalInclTaxCents })),
  });
  const mistaken = await recordManualPayment(treasurer, {
    memberId: second,
    method: "BANK_TRANSFER",
    receivedOn: "2026-11-10",
    amount: 4_000,
    reference: "VIR en double",
    allocations: [],
  });
  await deletePayment(treasurer, mistaken.id, "Saisi deux fois");
  for (const [status, receivedOn] of [
    ["PROCESSING", "2026-11-23"],
    ["FAILED", "2026-11-20"],
  ] as const)
    await db().payment.create({
      data: {
        associationId,
        memberId: a.memberIds[2]!,
        method: "STRIPE_SEPA",
        status,
        amountCents: 3_300,
        receivedOn: new Date(`${receivedOn}T00:00:00.000Z`),
        failureReason: status === "FAILED" ? "insufficient_funds" : "",
      },
    });
  await db().payment.create({
    data: {
      associationId: b.associationId,
      memberId: b.memberIds[0]!,
      method: "CHEQUE",
      amountCents: 99_900,
      receivedOn: new Date("2026-11-15T00:00:00.000Z"),
      reference: "Chez l'autre association",
    },
  });
  // Technicians without an account: one without a pattern, in the other zone, whose contract ends;
  // one on half days.
  await db().technician.create({
    data: {
      associationId,
      displayName: "Émile Remplaçant",
      employmentPercent: 20,
      holidayZone: "ALSACE_MOSELLE",
      contractStart: new Date("2026-03-01T00:00:00.000Z"),
      contractEnd: new Date("2026-12-31T00:00:00.000Z"),
    },
  });
  await db().technician.create({
    data: {
      associationId,
      displayName: "Bruno Mi-temps",
      employmentPercent: 50,
      contractStart: new Date("2025-01-06T00:00:00.000Z"),
      patternDays: {
        create: [
          { associationId, weekday: 1, afternoon: false },
          { associationId, weekday: 2, morning: false },
          { associationId, weekday: 4 },
        ],
      },
    },
  });
  await db().technician.create({
    data: { associationId: b.associationId, displayName: "Autre Technicien", contractStart: new Date("2026-01-01") },
  });
  // Periods: last year's, closed; next year's, open; the other association's are never counted.
  await db().period.create({
    data: {
      associationId,
      label: "2025",
      startDate: new Date("2025-01-01T00:00:00.000Z"),
      endDate: new Date("2025-12-31T00:00:00.000Z"),
      status: "CLOSED",
    },
  });
  await db().period.create({
    data: {
      associationId,
      label: "2027",
      startDate: new Date("2027-01-01T00:00:00.000Z"),
      endDate: new Date("2027-12-31T00:00:00.000Z"),
    },
  });
  await db().period.create({
    data: {
      associationId: b.associationId,
      label: "Autre 2025",
      startDate: new Date("2025-01-01T00:00:00.000Z"),
      endDate: new Date("2025-12-31T00:00:00.000Z"),
    },
  });
  // An association with nothing yet, and its administrator.
  const empty = await db().association.create({
    data: { slug: "vide", name: "Association vide", legalName: "Association vide", periodStartMonth: 9 },
  });
  await db().user.create({
    data: {
      email: "admin@vide.test",
      name: "Admin Vide",
      memberships: { create: { associationId: empty.id, role: "admin" } },
    },
  });
}
