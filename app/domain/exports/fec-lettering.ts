// Lettering for the FEC: each invoice that received an allocation or a credit note gets a code,
// shared by its 411 line, the 411 lines of the payments allocated to it and of its credit notes.
// Pure and stable across exports: the code follows the invoice's rank among all the association's
// invoices (chronological, gapless, never deleted), so "AB" today is "AB" next year.
// Upper case once the invoice is settled (lettrage total, DateLet = the day it was), lower case
// while it is only partly settled (lettrage partiel, DateLet = the latest movement), the convention
// of French accounting software.

export type LetteringInvoice = { id: string; totalInclTaxCents: number };
/** An allocation of a payment that stands, or a credit note, against one invoice. */
export type LetteringMovement = { invoiceId: string; amountCents: number; date: string };

/** 0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA". */
export function letterCode(rank: number): string {
  let code = "";
  let rest = rank;
  do {
    code = String.fromCharCode(65 + (rest % 26)) + code;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return code;
}

/** `invoicesInRankOrder`: every invoice of the association (credit notes excepted), oldest first. */
export function letterings(
  invoicesInRankOrder: readonly LetteringInvoice[],
  movements: readonly LetteringMovement[],
): Map<string, { code: string; date: string }> {
  const byInvoice = new Map<string, LetteringMovement[]>();
  for (const movement of movements)
    byInvoice.set(movement.invoiceId, [...(byInvoice.get(movement.invoiceId) ?? []), movement]);
  const result = new Map<string, { code: string; date: string }>();
  invoicesInRankOrder.forEach((invoice, rank) => {
    const own = (byInvoice.get(invoice.id) ?? [])
      .slice()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (own.length === 0) return;
    let settled = 0;
    let settledOn: string | null = null;
    for (const movement of own) {
      settled += movement.amountCents;
      if (settledOn === null && settled >= invoice.totalInclTaxCents) settledOn = movement.date;
    }
    const code = letterCode(rank);
    result.set(
      invoice.id,
      settledOn ? { code, date: settledOn } : { code: code.toLowerCase(), date: own.at(-1)!.date },
    );
  });
  return result;
}
