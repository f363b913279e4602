// How a received amount is spread over a member's open invoices, and what is left as a credit on
// the member's account. Pure: the service reads the balances inside its transaction and applies this.

export type OpenBalance = { invoiceId: string; openBalanceCents: number };
export type Allocation = { invoiceId: string; amountCents: number };

/** Oldest first (the list comes sorted by due date), each invoice up to its balance, until the money runs out. */
export function allocateOldestFirst(amountCents: number, invoices: readonly OpenBalance[]): Allocation[] {
  let left = amountCents;
  const allocations: Allocation[] = [];
  for (const invoice of invoices) {
    if (left <= 0) break;
    const amount = Math.min(left, invoice.openBalanceCents);
    if (amount > 0) allocations.push({ invoiceId: invoice.invoiceId, amountCents: amount });
    left -= amount;
  }
  return allocations;
}

export type AllocationProblem = "unknownInvoice" | "overBalance" | "overAmount" | "duplicate";

/** Why the treasurer's allocations cannot be recorded, or null when they can. */
export function allocationProblem(
  amountCents: number,
  allocations: readonly Allocation[],
  invoices: readonly OpenBalance[],
): AllocationProblem | null {
  const balances = new Map(invoices.map((invoice) => [invoice.invoiceId, invoice.openBalanceCents]));
  const seen = new Set<string>();
  let total = 0;
  for (const allocation of allocations) {
    if (seen.has(allocation.invoiceId)) return "duplicate";
    seen.add(allocation.invoiceId);
    const balance = balances.get(allocation.invoiceId);
    if (balance === undefined) return "unknownInvoice";
    if (allocation.amountCents > balance) return "overBalance";
    total += allocation.amountCents;
  }
  return total > amountCents ? "overAmount" : null;
}

/** A member's credit: what they paid (succeeded, not deleted) that no invoice has absorbed. */
export function creditCents(paidCents: number, allocatedCents: number): number {
  return Math.max(0, paidCents - allocatedCents);
}
