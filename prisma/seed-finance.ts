// The demo's money after most of a year, built ONLY through the app's own domain services (the
// invoice run, issuance, manual payments, cheque paying in, reminders, credit notes), so it obeys
// every rule the app enforces: gapless numbering, frozen documents, allocations within balances.
//   - last year, closed, with its carry-over and its overage invoice (seed-previous-period.ts);
//   - the first instalments of this period invoiced in January through the invoice run;
//   - paid by transfer, by cheque (paid in at the bank), one partly paid, one overdue;
//   - automatic reminders sent for the overdue ones (at 7, 30 and 45 days), and a credit note.
// It runs only for the demo association (seedDemoIfEmpty), never for test fixtures.

import { issueCreditNote } from "../app/domain/invoicing/credit-notes.server";
import { issueInvoice } from "../app/domain/invoicing/invoice-issuance.server";
import { ensureRunDrafts } from "../app/domain/invoicing/invoice-run.server";
import { planInvoiceRun } from "../app/domain/invoicing/invoice-run-plan.server";
import { enqueueDueReminders } from "../app/domain/invoicing/reminders.server";
import { markChequeDeposited, recordManualPayment } from "../app/domain/payments/manual-payments.server";
import { db } from "../app/utils/db.server";
import type { SeededAssociation } from "./seed";

const at = (iso: string) => new Date(`${iso}T09:00:00+01:00`);

export async function seedFinance(demo: SeededAssociation, today: string) {
  const year = today.slice(0, 4);
  const treasurer = { id: demo.users.treasurer.id, associationId: demo.associationId, timeZone: "Europe/Paris" };
  // The invoice run of January: the instalments due by the end of the month, for the first eight members.
  const plan = await planInvoiceRun(treasurer, demo.periodId, `${year}-01-31`);
  const chosenMembers = new Set(demo.memberIds.slice(0, 8));
  // One invoice per member and run (instalment and fee together), as the treasurer's run makes them.
  const invoices = plan.invoices.filter(
    (invoice) => invoice.status === "new" && invoice.kind !== "OVERAGE" && chosenMembers.has(invoice.memberId),
  );
  await ensureRunDrafts(treasurer, demo.periodId, invoices);
  const drafts = await db().invoice.findMany({
    where: {
      associationId: demo.associationId,
      runKey: { in: invoices.map((invoice) => invoice.runKey) },
      status: "DRAFT",
    },
    select: { id: true, memberId: true },
  });
  const order = new Map(demo.memberIds.map((id, index) => [id, index]));
  drafts.sort((a, b) => order.get(a.memberId)! - order.get(b.memberId)!);
  // Every invoice of a member (one per run, or two when the fee is outside the scope of VAT), so a
  // member said to have paid has paid all of it, and the treasurer's home shows only real arrears.
  const invoicesOf = new Map<string, { id: string; totalInclTaxCents: number }[]>();
  for (const [index, draft] of drafts.entries()) {
    const { invoice } = await issueInvoice(treasurer, draft.id, {
      now: at(`${year}-01-${String(12 + Math.floor(index / 3)).padStart(2, "0")}`),
    });
    invoicesOf.set(draft.memberId, [
      ...(invoicesOf.get(draft.memberId) ?? []),
      { id: invoice.id, totalInclTaxCents: invoice.totalInclTaxCents },
    ]);
  }
  const pay = async (
    memberIndex: number,
    method: "BANK_TRANSFER" | "CHEQUE",
    receivedOn: string,
    share: number,
    reference: string,
  ) => {
    const invoices = invoicesOf.get(demo.memberIds[memberIndex]) ?? [];
    const allocations = invoices
      .map((invoice) => ({ invoiceId: invoice.id, amount: Math.round((invoice.totalInclTaxCents * share) / 100) }))
      .filter((allocation) => allocation.amount > 0);
    if (allocations.length === 0) return null;
    const amount = allocations.reduce((sum, allocation) => sum + allocation.amount, 0);
    return recordManualPayment(treasurer, {
      memberId: demo.memberIds[memberIndex],
      method,
      receivedOn,
      amount,
      reference,
      allocations,
    });
  };
  // Ressourcerie du Val (the demo member's account): partly paid, the rest still due.
  await pay(0, "BANK_TRANSFER", `${year}-02-06`, 40, "VIR RESSOURCERIE ACOMPTE");
  // Coopérative Les Champs: paid in full by cheque, paid in at the bank three days later.
  const cheque = await pay(1, "CHEQUE", `${year}-02-09`, 100, "Chèque n° 4521087");
  if (cheque) await markChequeDeposited(treasurer, cheque.id, `${year}-02-12`);
  // Four more paid in full by transfer; only the Théâtre du Diois is left overdue (with its reminders).
  for (const [index, day] of [
    [2, "02-03"],
    [4, "02-10"],
    [5, "02-16"],
    [7, "03-04"],
  ] as const)
    await pay(index, "BANK_TRANSFER", `${year}-${day}`, 100, `VIR ${year}${day.replace("-", "")}`);
  // The Café associatif's invoice was issued by mistake: cancelled by a full credit note in March.
  const [cancelled] = invoicesOf.get(demo.memberIds[3]) ?? [];
  if (cancelled)
    await issueCreditNote(
      treasurer,
      cancelled.id,
      { mode: "full", reason: "Facture émise par erreur : adhésion suspendue", quantities: [] },
      { now: at(`${year}-03-02`) },
    );
  // The partly paid and the unpaid ones are overdue. The automatic reminders went out as each threshold (7, 30 and 45
  // days late) was reached, each dated on its day, not on the day the demo was seeded; the server's
  // own reminder pass at start-up then finds nothing left to send.
  for (const day of ["02-25", "03-16", "03-31"])
    await enqueueDueReminders(demo.associationId, `${year}-${day}`, at(`${year}-${day}`));
}
