// The text of a reminder e-mail: every overdue invoice of the member with the amount STILL DUE on
// each (never the invoice's total once part of it is paid), the total, and how to pay by transfer.
// Pure, so the wording is unit-tested in both languages; the outbox handler attaches the PDFs.

import { formatIban } from "~/domain/settings/identifiers";
import { formatCents } from "~/utils/format-amounts";
import { translate, type Locale, type MessageKey } from "~/utils/i18n";
// dd/mm/yyyy reads the same in French and in British English.
import { formatDateFr } from "./amount-text";

export type ReminderMailLine = {
  number: string;
  issueDate: string;
  dueDate: string | null;
  totalInclTaxCents: number;
  amountDueCents: number;
};

export type ReminderMailInput = {
  sellerName: string;
  sellerEmail: string;
  iban: string;
  bic: string;
  reference: string;
  paymentLink: string | null;
  lines: readonly ReminderMailLine[];
  /** The association's language: reminders go to billing addresses, which have no account. */
  locale: Locale;
};

function describe(line: ReminderMailLine, locale: Locale): string {
  return translate(locale, "mail.reminder.line", {
    number: line.number,
    date: formatDateFr(line.issueDate),
    due: line.dueDate ? translate(locale, "mail.reminder.lineDue", { date: formatDateFr(line.dueDate) }) : "",
    amount: formatCents(line.amountDueCents, locale),
    partly:
      line.amountDueCents < line.totalInclTaxCents
        ? translate(locale, "mail.reminder.linePartly", { total: formatCents(line.totalInclTaxCents, locale) })
        : "",
  });
}

export function reminderMailText(input: ReminderMailInput): { subject: string; text: string } {
  const { locale } = input;
  const t = (key: MessageKey, values: Record<string, string | number> = {}) => translate(locale, key, values);
  const total = input.lines.reduce((sum, line) => sum + line.amountDueCents, 0);
  const count = input.lines.length;
  const amount = formatCents(total, locale);
  const subject =
    count === 1
      ? t("mail.reminder.subjectOne", { number: input.lines[0].number, amount })
      : t("mail.reminder.subjectMany", { count, amount });
  const bank = input.iban
    ? `\n\n${t("mail.reminder.bank", {
        iban: formatIban(input.iban),
        bic: input.bic ? t("mail.reminder.bic", { bic: input.bic }) : "",
        reference: input.reference,
      })}`
    : "";
  const online = input.paymentLink ? `\n${t("mail.reminder.online", { link: input.paymentLink })}` : "";
  const text =
    `${t("mail.hello")}\n\n${t("mail.reminder.intro", { count })}\n\n` +
    `${input.lines.map((line) => describe(line, locale)).join("\n")}\n\n${t("mail.reminder.total", { amount, count })}` +
    `${bank}${online}\n\n${t("mail.reminder.alreadyPaid")}\n\n` +
    `${t("mail.regards")}\n${input.sellerName}${input.sellerEmail ? `\n${input.sellerEmail}` : ""}`;
  return { subject, text };
}
