// Reminders for overdue invoices. One e-mail per member gathers all its overdue invoices with the
// amount still due on each (reminder-plan.ts), the PDFs attached, through the outbox. Each is stored
// (Reminder, ReminderInvoice) so the invoice page shows its history.
// - Automatic: when an invoice reaches one of the association's reminder days (7, 30, 45 by
//   default). The unique (invoiceId, thresholdDays) makes each threshold happen once, however often
//   or concurrently this runs: a racing second insert fails and its transaction writes nothing.
// - Manual: the treasurer's "Relancer" button; at most one per invoice and day (outbox dedupe key).

import { localeOf } from "~/utils/i18n";
import { treasurerReplyTo } from "./reply-to.server";
import type { IsoDate } from "~/domain/calendar/local-date";
import { customerCode } from "~/domain/members/customer-code";
import { paymentReference } from "~/domain/payments/epc-qr";
import { memberInvoicePath } from "~/domain/payments/checkout.server";
import { openBalancesInTx } from "~/domain/payments/open-balances.server";
import { localDateOf } from "~/domain/calendar/zoned-time";
import { Prisma } from "~/generated/prisma/client.ts";
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { deliverMail } from "~/utils/mail.server";
import { enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import { isStripeEnabled } from "~/utils/stripe.server";
import { invoiceRecipients, issuedInvoicePdf } from "./invoice-document.server";
import { DomainError } from "~/domain/domain-error";
import { currentlyRejected } from "~/domain/einvoicing/status-log.server";
import { reminderMailText } from "./reminder-mail";
import {
  planAutomaticReminder,
  planManualReminder,
  totalDueCents,
  type PlannedReminderLine,
  type ReminderCandidate,
} from "./reminder-plan";
import { todayIn } from "~/domain/calendar/today";
import { isoOf, isoOrNull } from "~/domain/calendar/date-columns";

export const REMINDER_JOB = "invoice-reminder";

type Staff = Pick<CurrentUser, "id" | "associationId" | "timeZone">;

/** Open invoices to remind. One the buyer's plateforme rejected was never received: it is credited and corrected instead. */
async function candidates(
  tx: Tx,
  associationId: string,
  memberId?: string,
): Promise<(ReminderCandidate & { memberId: string })[]> {
  const open = await openBalancesInTx(tx, associationId, memberId ? { memberId } : {});
  const rejected = await currentlyRejected(
    tx,
    associationId,
    open.map((invoice) => invoice.id),
  );
  return open
    .filter((invoice) => !rejected.has(invoice.id))
    .map((invoice) => ({ ...invoice, issueDate: invoice.issueDate, dueDate: invoice.dueDate }));
}

/** Stores the reminder and enqueues its e-mail, in the caller's transaction; null when nobody can receive it. */
async function createReminder(
  tx: Tx,
  associationId: string,
  memberId: string,
  lines: PlannedReminderLine[],
  options: { trigger: "AUTOMATIC" | "MANUAL"; sentById?: string; dedupeKey?: string; now?: Date },
) {
  // The frozen billing e-mail of the most recent invoice, else the contacts who receive invoices.
  const latest = await tx.invoice.findFirst({
    where: { associationId, memberId, status: "ISSUED" },
    orderBy: { issueDate: "desc" },
    select: { buyerSnapshot: true },
  });
  const frozenEmail = (latest?.buyerSnapshot as { buyer?: { email?: string | null } } | null)?.buyer?.email ?? null;
  const recipients = await invoiceRecipients(tx, associationId, memberId, frozenEmail);
  if (recipients.length === 0) return null;
  const reminder = await tx.reminder.create({
    data: {
      associationId,
      memberId,
      trigger: options.trigger,
      sentById: options.sentById ?? null,
      recipients,
      totalDueCents: totalDueCents(lines),
      // The app's clock, not the database's now(): the history shows when the reminder went out.
      createdAt: options.now ?? new Date(),
      invoices: {
        create: lines.map((line) => ({
          associationId,
          invoiceId: line.id,
          amountDueCents: line.openBalanceCents,
          thresholdDays: line.thresholdDays,
        })),
      },
    },
  });
  const enqueued = await enqueueJob(
    tx,
    REMINDER_JOB,
    { associationId, reminderId: reminder.id },
    { associationId, dedupeKey: options.dedupeKey ?? `reminder:${reminder.id}` },
  );
  return enqueued ? reminder : null;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Enqueues the automatic reminders due on `today` for one association; returns how many e-mails were new. */
export async function enqueueDueReminders(
  associationId: string,
  today: IsoDate,
  now: Date = new Date(),
): Promise<number> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { reminderDays: true },
  });
  if (association.reminderDays.every((days) => days <= 0)) return 0;
  const open = await candidates(db(), associationId);
  if (open.length === 0) return 0;
  const sent = await db().reminderInvoice.findMany({
    where: { associationId, invoiceId: { in: open.map((invoice) => invoice.id) }, thresholdDays: { not: null } },
    select: { invoiceId: true, thresholdDays: true },
  });
  const sentThresholds = new Map<string, number[]>();
  for (const row of sent)
    sentThresholds.set(row.invoiceId, [...(sentThresholds.get(row.invoiceId) ?? []), row.thresholdDays!]);
  const byMember = new Map<string, ReminderCandidate[]>();
  for (const invoice of open) byMember.set(invoice.memberId, [...(byMember.get(invoice.memberId) ?? []), invoice]);
  let enqueued = 0;
  for (const [memberId, invoices] of byMember) {
    const lines = planAutomaticReminder(invoices, association.reminderDays, sentThresholds, today);
    if (!lines) continue;
    try {
      const reminder = await db().$transaction((tx) =>
        createReminder(tx, associationId, memberId, lines, { trigger: "AUTOMATIC", now }),
      );
      if (reminder) enqueued += 1;
    } catch (error) {
      // Another worker recorded the same threshold first: its e-mail is the one that goes.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return enqueued;
}

/** For the worker's periodic task: every association, on its own local date. */
export async function enqueueAllDueReminders(now: Date = new Date()): Promise<number> {
  const associations = await db().association.findMany({ select: { id: true, timeZone: true } });
  let total = 0;
  for (const association of associations)
    total += await enqueueDueReminders(association.id, localDateOf(now, association.timeZone), now);
  return total;
}

/** The treasurer's "Relancer": this invoice and the member's other overdue ones, once per invoice and day. */
export async function sendManualReminder(user: Staff, invoiceId: string) {
  const today = todayIn(user);
  return db().$transaction(async (tx) => {
    const invoice = await tx.invoice.findFirst({
      where: { id: invoiceId, ...associationScopeOf(user) },
      select: { id: true, memberId: true },
    });
    if (!invoice) notFound();
    if ((await currentlyRejected(tx, user.associationId, [invoice.id])).size > 0)
      throw new DomainError({ status: 409, key: "invoicing.refusal.reminderRejected" });
    const open = await candidates(tx, user.associationId, invoice.memberId);
    const chosen = open.find((candidate) => candidate.id === invoice.id);
    if (!chosen || chosen.openBalanceCents === 0)
      throw new DomainError({ status: 409, key: "invoicing.refusal.nothingToRemind" });
    const lines = planManualReminder(chosen, open, today);
    const reminder = await createReminder(tx, user.associationId, invoice.memberId, lines, {
      trigger: "MANUAL",
      sentById: user.id,
      dedupeKey: `reminder:manual:${invoice.id}:${today}`,
    });
    if (reminder) return { reminder, invoiceCount: lines.length };
    const hasRecipients = await tx.reminder.count({
      where: { associationId: user.associationId, memberId: invoice.memberId },
    });
    // Nothing enqueued: either nobody to write to, or today's reminder already left (the rollback drops the row).
    throw new DomainError({
      status: 409,
      key: hasRecipients > 0 ? "invoicing.refusal.remindedToday" : "invoicing.refusal.noReminderAddress",
    });
  });
}

/** The reminders that included this invoice, newest first, with what each asked for it. */
export async function invoiceReminderHistory(scope: { associationId: string }, invoiceId: string) {
  const rows = await db().reminderInvoice.findMany({
    where: { associationId: scope.associationId, invoiceId },
    select: {
      amountDueCents: true,
      reminder: {
        select: {
          id: true,
          trigger: true,
          createdAt: true,
          recipients: true,
          totalDueCents: true,
          _count: { select: { invoices: true } },
        },
      },
    },
    orderBy: { reminder: { createdAt: "desc" } },
  });
  return rows.map((row) => ({
    id: row.reminder.id,
    trigger: row.reminder.trigger,
    sentAt: row.reminder.createdAt.toISOString(),
    recipients: row.reminder.recipients,
    amountDueCents: row.amountDueCents,
    totalDueCents: row.reminder.totalDueCents,
    invoiceCount: row.reminder._count.invoices,
  }));
}

registerOutboxHandler(REMINDER_JOB, async (raw, job) => {
  const payload = raw as { associationId: string; reminderId: string };
  const reminder = await db().reminder.findFirstOrThrow({
    where: { id: payload.reminderId, associationId: payload.associationId },
    include: {
      member: { select: { accountNumber: true } },
      invoices: {
        include: {
          invoice: { select: { id: true, number: true, issueDate: true, dueDate: true, totalInclTaxCents: true } },
        },
        orderBy: { invoice: { dueDate: "asc" } },
      },
    },
  });
  const association = await db().association.findUniqueOrThrow({
    where: { id: payload.associationId },
    select: { name: true, email: true, iban: true, bic: true, defaultLocale: true },
  });
  const attachments = [];
  for (const item of reminder.invoices) {
    const { pdf, number } = await issuedInvoicePdf({ associationId: payload.associationId }, item.invoiceId);
    attachments.push({
      filename: `${number}.pdf`,
      contentType: "application/pdf",
      contentBase64: pdf.toString("base64"),
    });
  }
  const numbers = reminder.invoices.map((item) => item.invoice.number ?? "");
  const { subject, text } = reminderMailText({
    locale: localeOf(association.defaultLocale),
    sellerName: association.name,
    sellerEmail: association.email,
    iban: association.iban,
    bic: association.bic,
    reference: paymentReference(customerCode(reminder.member.accountNumber), numbers),
    paymentLink:
      isStripeEnabled() && reminder.invoices.length === 1
        ? `${appOrigin()}${memberInvoicePath(reminder.invoices[0].invoiceId)}`
        : isStripeEnabled()
          ? `${appOrigin()}/espace-membre/factures`
          : null,
    lines: reminder.invoices.map((item) => ({
      number: item.invoice.number ?? "",
      issueDate: isoOf(item.invoice.issueDate!),
      dueDate: isoOrNull(item.invoice.dueDate),
      totalInclTaxCents: item.invoice.totalInclTaxCents,
      amountDueCents: item.amountDueCents,
    })),
  });
  await deliverMail(
    { to: reminder.recipients, subject, text, attachments, replyTo: await treasurerReplyTo(payload.associationId) },
    job.id,
  );
});
