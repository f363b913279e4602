// An over-payment is the member's credit (trop-perçu), never a credit note ("avoir"): an avoir is a
// numbered document the treasurer issues, and the issue 12 treasurer took one for the other. Each text
// that speaks of what is left over, on the treasurer's and the member's pages, is read as the page shows it.
import { expect, it } from "vitest";
import { translate } from "../i18n";
import { messages as fr } from "./payments.fr";

const leftOver = [
  "payments.member.credit",
  "payments.form.allocationsHint",
  "payments.form.noOpenInvoices",
  "payments.form.credit",
  "payments.detail.unallocated",
] as const;

it("calls an over-payment a trop-perçu, never an avoir", () => {
  for (const key of leftOver) {
    const shown = translate("fr", key, { amount: "50,00 €" });
    expect(shown, key).toMatch(/trop-perçu/i);
    expect(shown, key).not.toMatch(/\bavoirs?\b/i);
  }
  // Nowhere in the payments' French texts: an avoir belongs to the invoices.
  expect(Object.entries(fr).filter(([, text]) => /\bavoirs?\b/i.test(text))).toEqual([]);
});
