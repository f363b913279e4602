// A member's statement of account (relevé de compte): invoices and reversed payments debit the
// account, credit notes and payments credit it, and the running balance follows each line
// (positive: the member owes; negative: a credit in its favour). Pure, shared by the page and the PDF.

export type StatementEventKind = "invoice" | "creditNote" | "payment" | "paymentReversed";

export type StatementEvent = {
  date: string;
  kind: StatementEventKind;
  /** The document number, or the payment's method label. */
  label: string;
  reference: string;
  amountCents: number;
};

export type StatementRow = StatementEvent & { debitCents: number; creditCents: number; balanceCents: number };

// On one day, what was billed comes before what settled it, so the balance never dips for nothing.
const ORDER: Record<StatementEventKind, number> = { invoice: 0, creditNote: 1, payment: 2, paymentReversed: 3 };
const isDebit = (kind: StatementEventKind) => kind === "invoice" || kind === "paymentReversed";

export function statementRows(events: readonly StatementEvent[]): {
  rows: StatementRow[];
  balanceCents: number;
  debitCents: number;
  creditCents: number;
} {
  const sorted = [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : ORDER[a.kind] - ORDER[b.kind] || a.label.localeCompare(b.label),
  );
  let balance = 0;
  let debit = 0;
  let credit = 0;
  const rows = sorted.map((event) => {
    const debitCents = isDebit(event.kind) ? event.amountCents : 0;
    const creditCents = isDebit(event.kind) ? 0 : event.amountCents;
    balance += debitCents - creditCents;
    debit += debitCents;
    credit += creditCents;
    return { ...event, debitCents, creditCents, balanceCents: balance };
  });
  return { rows, balanceCents: balance, debitCents: debit, creditCents: credit };
}
