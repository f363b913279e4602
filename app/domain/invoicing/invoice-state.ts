// What a treasurer sees of an invoice: draft, issued, partly paid, paid, overdue, cancelled.
// Derived, never stored: it follows from the stored status, the frozen total, the payments allocated
// to it and the credit notes issued against it, so it can never disagree with them.

import type { IsoDate } from "~/domain/calendar/local-date";

export const INVOICE_DISPLAY_STATES = [
  "draft",
  "issued",
  "partlyPaid",
  "processing",
  "paid",
  "overdue",
  "cancelled",
] as const;
export type InvoiceDisplayState = (typeof INVOICE_DISPLAY_STATES)[number];

/** The French words used in the list's filter URL (?etat=emise…). */
export const DISPLAY_STATE_SLUGS: Record<InvoiceDisplayState, string> = {
  draft: "brouillon",
  issued: "emise",
  partlyPaid: "partiellement-payee",
  processing: "paiement-en-cours",
  paid: "payee",
  overdue: "en-retard",
  cancelled: "annulee",
};

export function displayStateFromSlug(slug: string | null | undefined): InvoiceDisplayState | null {
  const entry = Object.entries(DISPLAY_STATE_SLUGS).find(([, value]) => value === slug);
  return entry ? (entry[0] as InvoiceDisplayState) : null;
}

export type InvoiceStateInput = {
  status: "DRAFT" | "ISSUED" | "CANCELLED";
  kind: string;
  dueDate: IsoDate | null;
  totalInclTaxCents: number;
  /** Σ allocations of succeeded, non-deleted payments. */
  paidCents: number;
  /** Σ totals of the issued credit notes that correct this invoice. */
  creditedCents: number;
  /** Σ allocations of non-deleted payments still PROCESSING (a SEPA debit not yet confirmed); 0 when absent. */
  processingCents?: number;
};

/** What is still owed: the total, less credit notes and payments; never negative. */
export function outstandingCents(
  input: Pick<InvoiceStateInput, "kind" | "status" | "totalInclTaxCents" | "paidCents" | "creditedCents">,
): number {
  if (input.kind === "CREDIT_NOTE" || input.status !== "ISSUED") return 0;
  return Math.max(0, input.totalInclTaxCents - input.creditedCents - input.paidCents);
}

/**
 * What the member can still be asked to pay: the outstanding amount less the payments on their way
 * (a SEPA debit in progress). The ONE figure behind the "Payer en ligne" amount, the pay button and
 * the reminders, so a member is never asked twice for money already sent.
 */
export function openBalanceCents(
  input: Pick<
    InvoiceStateInput,
    "kind" | "status" | "totalInclTaxCents" | "paidCents" | "creditedCents" | "processingCents"
  >,
): number {
  return Math.max(0, outstandingCents(input) - (input.processingCents ?? 0));
}

export function invoiceDisplayState(input: InvoiceStateInput, today: IsoDate): InvoiceDisplayState {
  if (input.status === "DRAFT") return "draft";
  if (input.status === "CANCELLED") return "cancelled";
  // A credit note is owed by the association, not paid by the member: once issued, it is simply issued.
  if (input.kind === "CREDIT_NOTE") return "issued";
  if (outstandingCents(input) === 0) return "paid";
  // Everything still owed is on its way (SEPA can take 14 business days): neither overdue nor to chase.
  if (openBalanceCents(input) === 0) return "processing";
  // Overdue first: an unpaid remainder past its due date is what the treasurer must act on.
  if (input.dueDate !== null && input.dueDate < today) return "overdue";
  return input.paidCents > 0 ? "partlyPaid" : "issued";
}

/** Whole days past the due date (0 when not yet due). */
export function daysOverdue(dueDate: IsoDate, today: IsoDate): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}
