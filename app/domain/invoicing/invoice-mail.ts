// The text of the e-mail that carries an issued invoice or credit note (its PDF attached by the
// outbox handler, invoice-document.server.ts). Pure, so the wording is unit-tested in both languages.
// It goes to the member's billing addresses, which have no account: the association's language.
import { formatCents } from "~/utils/format-amounts";
import { translate, type Locale, type MessageKey } from "~/utils/i18n";
// dd/mm/yyyy reads the same in French and in British English.
import { formatDateFr } from "./amount-text";
import type { InvoiceView } from "./invoice-view";

export type InvoiceMailView = Pick<
  InvoiceView,
  "kind" | "number" | "issueDate" | "dueDate" | "payment" | "correctedInvoice"
> & { seller: { name: string; email: string | null } };

export function invoiceMailText(view: InvoiceMailView, totalInclTaxCents: number, locale: Locale) {
  const t = (key: MessageKey, values: Record<string, string> = {}) => translate(locale, key, values);
  const isCreditNote = view.kind === "CREDIT_NOTE";
  const values = {
    number: view.number,
    seller: view.seller.name,
    date: formatDateFr(view.issueDate),
    amount: formatCents(totalInclTaxCents, locale),
  };
  const signature = `\n\n${t("mail.regards")}\n${view.seller.name}${view.seller.email ? `\n${view.seller.email}` : ""}`;
  const body = isCreditNote
    ? t("mail.invoice.creditNoteBody", { ...values, corrected: view.correctedInvoice?.number ?? "" })
    : t("mail.invoice.body", {
        ...values,
        due: formatDateFr(view.dueDate),
        iban: view.payment.iban,
        bic: view.payment.bic ? t("mail.invoice.bic", { bic: view.payment.bic }) : "",
      }) + (view.payment.paymentLink ? `\n\n${t("mail.invoice.payOnline", { link: view.payment.paymentLink })}` : "");
  return {
    subject: t(isCreditNote ? "mail.invoice.creditNoteSubject" : "mail.invoice.subject", values),
    text: `${t("mail.hello")}\n\n${body}${signature}`,
  };
}
