// Which overdue invoices of one member a reminder gathers, and which automatic thresholds it
// fulfils. Pure: the service feeds it the open balances and the thresholds already sent.
//
// An automatic reminder goes out when at least one invoice has reached a threshold (7, 30, 45 days
// overdue by default) not yet sent for it. It then gathers EVERY overdue invoice of the member with
// the amount still due on each, so the member gets one e-mail, never one per invoice. When several
// thresholds were passed at once (the task did not run for a while), only the latest is recorded.

import type { IsoDate } from "~/domain/calendar/local-date";
import { daysOverdue } from "./invoice-state";

export type ReminderCandidate = {
  id: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate | null;
  totalInclTaxCents: number;
  openBalanceCents: number;
};

export type PlannedReminderLine = ReminderCandidate & {
  daysOverdue: number;
  /** The threshold this reminder fulfils for the invoice, null when it is only gathered along. */
  thresholdDays: number | null;
};

/** Invoices still owed and past their due date, oldest due first. */
export function overdueInvoices<T extends ReminderCandidate>(invoices: readonly T[], today: IsoDate): T[] {
  return invoices
    .filter((invoice) => invoice.openBalanceCents > 0 && invoice.dueDate !== null && invoice.dueDate < today)
    .sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : a.number.localeCompare(b.number)));
}

/**
 * The lines of the automatic reminder due today for one member, or null when no invoice reached a
 * new threshold. `sentThresholds` maps an invoice id to the thresholds already sent for it.
 */
export function planAutomaticReminder(
  invoices: readonly ReminderCandidate[],
  thresholds: readonly number[],
  sentThresholds: ReadonlyMap<string, readonly number[]>,
  today: IsoDate,
): PlannedReminderLine[] | null {
  const sorted = [...thresholds].filter((days) => days > 0).sort((a, b) => a - b);
  const lines = overdueInvoices(invoices, today).map((invoice) => {
    const overdue = daysOverdue(invoice.dueDate!, today);
    const reached = sorted.filter((days) => overdue >= days).at(-1);
    const alreadySent = sentThresholds.get(invoice.id) ?? [];
    const isNew = reached !== undefined && alreadySent.every((days) => days < reached);
    return { ...invoice, daysOverdue: overdue, thresholdDays: isNew ? reached : null };
  });
  return lines.some((line) => line.thresholdDays !== null) ? lines : null;
}

/** A manual reminder: the chosen invoice (even if not yet due) and every other overdue one. */
export function planManualReminder(
  chosen: ReminderCandidate,
  invoices: readonly ReminderCandidate[],
  today: IsoDate,
): PlannedReminderLine[] {
  const others = overdueInvoices(invoices, today).filter((invoice) => invoice.id !== chosen.id);
  const withDays = (invoice: ReminderCandidate) => ({
    ...invoice,
    daysOverdue: invoice.dueDate ? daysOverdue(invoice.dueDate, today) : 0,
    thresholdDays: null,
  });
  return [withDays(chosen), ...others.map(withDays)];
}

export const totalDueCents = (lines: readonly { openBalanceCents: number }[]) =>
  lines.reduce((sum, line) => sum + line.openBalanceCents, 0);
