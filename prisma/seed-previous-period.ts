// The demo's previous period (last year), lived and closed, built ONLY through the app's services:
//   - four members subscribed, their shares and fees invoiced in January and paid by transfer;
//   - the technician's remote work logged in the autumn: the Ressourcerie used part of its days (the
//     rest is carried over into this year), the Coopérative used more than its half share;
//   - the period closed, and the Coopérative's overage invoiced in January of this year, and paid.
// Called by seedFinance before this year's January run, so the numbering stays in date order.
import crypto from "node:crypto";
import { addDays, isoWeekday, type IsoDate } from "../app/domain/calendar/local-date";
import { issueInvoice } from "../app/domain/invoicing/invoice-issuance.server";
import { groupRunItems } from "../app/domain/invoicing/invoice-run-groups";
import { ensureRunDrafts } from "../app/domain/invoicing/invoice-run.server";
import { planInvoiceRun } from "../app/domain/invoicing/invoice-run-plan.server";
import { closePeriod } from "../app/domain/ledger/period-close.server";
import { recordManualPayment } from "../app/domain/payments/manual-payments.server";
import { createPeriod } from "../app/domain/periods/periods.server";
import { createSubscription } from "../app/domain/subscriptions/subscriptions.server";
import { createTimeEntry } from "../app/domain/time/time-entries.server";
import { db } from "../app/utils/db.server";
import type { PrismaClient } from "../app/generated/prisma/client.ts";
import { actor } from "./seed-interventions";
import type { SeededAssociation } from "./seed";

const at = (iso: string) => new Date(`${iso}T09:00:00+01:00`);

/** The demo technician's working days (Monday to Wednesday) from `from`, `count` of them. */
function workingDays(from: IsoDate, count: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; days.length < count; day = addDays(day, 1)) if (isoWeekday(day) <= 3) days.push(day);
  return days;
}

export async function seedPreviousPeriod(prisma: PrismaClient, demo: SeededAssociation, today: IsoDate) {
  const previousYear = Number(today.slice(0, 4)) - 1;
  const [admin, treasurer, technician] = await Promise.all([
    actor(prisma, demo.users.admin.id, demo.associationId),
    actor(prisma, demo.users.treasurer.id, demo.associationId),
    actor(prisma, demo.users.technician.id, demo.associationId),
  ]);
  // An overlap throws (DomainError PERIOD_OVERLAP): the demo would be wrong, and seeding stops.
  const { id: periodId } = await createPeriod(admin, `${previousYear}-06-01`, at(`${previousYear}-01-02`));
  // Ressourcerie 1 share (9 days), Coopérative ½ share (4,5 days), Lire Ensemble and Café 1 share.
  const subscribed = [
    { memberId: demo.memberIds[0], shares: 2 },
    { memberId: demo.memberIds[1], shares: 1 },
    { memberId: demo.memberIds[2], shares: 2 },
    { memberId: demo.memberIds[3], shares: 2 },
  ];
  for (const { memberId, shares } of subscribed) {
    // The technician joined in September: last year's capacity was small, and the board knew it.
    const saved = await createSubscription(treasurer, {
      memberId,
      periodId,
      shares,
      price: null,
      billingSchedule: "ANNUAL",
      startDate: undefined,
      endDate: undefined,
      capacityOverride: true,
      overrideNote: "Technicienne arrivée en septembre",
    });
    if (!saved.ok) throw new Error(`Demo: previous subscription refused ${JSON.stringify(saved)}`);
  }

  // January: the shares and fees of the four members, one invoice each, paid by transfer in February.
  const chosen = new Set(subscribed.map((row) => row.memberId));
  const january = (await planInvoiceRun(treasurer, periodId, `${previousYear}-01-31`)).invoices.filter((invoice) =>
    chosen.has(invoice.memberId),
  );
  await ensureRunDrafts(treasurer, periodId, january);
  await issueAndPay(
    treasurer,
    january.map((invoice) => invoice.runKey),
    `${previousYear}-01-10`,
    `${previousYear}-02-10`,
    `VIR COTISATIONS ${previousYear}`,
  );

  // Autumn: 5 days of remote work for the Ressourcerie, 6 days for the Coopérative (½ share: 4,5 days).
  const days = workingDays(`${previousYear}-09-07`, 11);
  for (const [index, date] of days.entries()) {
    const memberId = index < 5 ? demo.memberIds[0] : demo.memberIds[1];
    const notes = index < 5 ? "Migration de la messagerie et des postes" : "Remise en route du serveur après l'orage";
    await createTimeEntry(
      technician,
      {
        clientId: crypto.randomUUID(),
        date,
        mode: "times",
        startTime: "09:00",
        endTime: "16:00",
        kind: "REMOTE",
        memberId,
        notes,
      },
      at(addDays(date, 1)),
    );
  }

  // The close: unused days carried over into this year's subscriptions, the overage to invoice.
  await closePeriod(demo.associationId, periodId, admin.id);
  const overage = (await planInvoiceRun(treasurer, periodId, `${previousYear}-12-31`)).items.filter(
    (item) => item.kind === "OVERAGE" && item.status === "new",
  );
  const overageInvoices = groupRunItems(overage, "FRANCHISE_293B");
  await ensureRunDrafts(treasurer, periodId, overageInvoices);
  await issueAndPay(
    treasurer,
    overageInvoices.map((invoice) => invoice.runKey),
    `${previousYear + 1}-01-07`,
    `${previousYear + 1}-01-28`,
    `VIR DEPASSEMENT ${previousYear}`,
  );
}

async function issueAndPay(
  treasurer: Awaited<ReturnType<typeof actor>>,
  runKeys: string[],
  issuedOn: IsoDate,
  paidOn: IsoDate,
  reference: string,
) {
  const drafts = await db().invoice.findMany({
    where: { associationId: treasurer.associationId, runKey: { in: runKeys }, status: "DRAFT" },
    select: { id: true },
  });
  for (const draft of drafts) {
    const { invoice } = await issueInvoice(treasurer, draft.id, { now: at(issuedOn) });
    await recordManualPayment(treasurer, {
      memberId: invoice.memberId,
      method: "BANK_TRANSFER",
      receivedOn: paidOn,
      amount: invoice.totalInclTaxCents,
      reference,
      allocations: [{ invoiceId: invoice.id, amount: invoice.totalInclTaxCents }],
    });
  }
}
