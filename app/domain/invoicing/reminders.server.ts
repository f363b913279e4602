// Reminders for overdue invoices: when an issued invoice still owed is overdue by one of the
// association's reminder days (7, 30, 45 by default), one email with the PDF goes through the outbox.
// The dedupe key `reminder:<invoiceId>:<days>` makes each reminder happen once, however often this
// runs; when several thresholds are passed at once (the task did not run for a while), only the
// latest is sent rather than a burst of mails.

import { addDays, type IsoDate } from "~/domain/calendar/local-date";
import { localDateOf } from "~/domain/time/zoned-time";
import { db } from "~/utils/db.server";
import { enqueueInvoiceEmail, invoiceRecipients } from "./invoice-document.server";
import { creditedCentsByInvoice, paidCentsByInvoice, processingCentsByInvoice } from "./invoice-queries.server";
import { daysOverdue, openBalanceCents } from "./invoice-state";

const dateColumn = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const reminderKey = (invoiceId: string, days: number) => `reminder:${invoiceId}:${days}`;

/** Enqueues the reminders due on `today` for one association; returns how many were new. */
export async function enqueueDueReminders(associationId: string, today: IsoDate): Promise<number> {
  const association = await db().association.findUniqueOrThrow({ where: { id: associationId }, select: { reminderDays: true } });
  const thresholds = [...association.reminderDays].filter((days) => days > 0).sort((a, b) => a - b);
  if (thresholds.length === 0) return 0;
  const invoices = await db().invoice.findMany({
    where: { associationId, status: "ISSUED", kind: { not: "CREDIT_NOTE" }, dueDate: { lte: dateColumn(addDays(today, -thresholds[0])) } },
    select: { id: true, kind: true, status: true, memberId: true, dueDate: true, totalInclTaxCents: true, buyerSnapshot: true },
  });
  const ids = invoices.map((invoice) => invoice.id);
  const [paid, credited, processing] = await Promise.all([
    paidCentsByInvoice(associationId, ids),
    creditedCentsByInvoice(associationId, ids),
    processingCentsByInvoice(associationId, ids),
  ]);
  let enqueued = 0;
  for (const invoice of invoices) {
    // Paid, credited, or a SEPA debit on its way: nothing to chase.
    const owed = openBalanceCents({ ...invoice, paidCents: paid.get(invoice.id) ?? 0, creditedCents: credited.get(invoice.id) ?? 0, processingCents: processing.get(invoice.id) ?? 0 });
    if (owed === 0 || !invoice.dueDate) continue;
    const overdue = daysOverdue(invoice.dueDate.toISOString().slice(0, 10), today);
    const reached = thresholds.filter((days) => overdue >= days).at(-1);
    if (reached === undefined) continue;
    const created = await db().$transaction(async (tx) => {
      const frozenEmail = (invoice.buyerSnapshot as { buyer?: { email?: string | null } } | null)?.buyer?.email ?? null;
      const to = await invoiceRecipients(tx, associationId, invoice.memberId, frozenEmail);
      return enqueueInvoiceEmail(tx, { associationId, invoiceId: invoice.id, to, purpose: "reminder", days: reached }, reminderKey(invoice.id, reached));
    });
    if (created) enqueued += 1;
  }
  return enqueued;
}

/** For the worker's periodic task: every association, on its own local date. */
export async function enqueueAllDueReminders(now: Date = new Date()): Promise<number> {
  const associations = await db().association.findMany({ select: { id: true, timeZone: true } });
  let total = 0;
  for (const association of associations) total += await enqueueDueReminders(association.id, localDateOf(now, association.timeZone));
  return total;
}
