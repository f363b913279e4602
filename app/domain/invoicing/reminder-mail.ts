// The text of a reminder e-mail: every overdue invoice of the member with the amount STILL DUE on
// each (never the invoice's total once part of it is paid), the total, and how to pay by transfer.
// Pure, so the wording is unit-tested; the outbox handler attaches the PDFs.

import { formatIban } from "~/domain/settings/identifiers";
import { formatDateFr, formatEurosFr } from "./amount-text";

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
};

function describe(line: ReminderMailLine): string {
  const due = line.dueDate ? `, échue le ${formatDateFr(line.dueDate)}` : "";
  const partly =
    line.amountDueCents < line.totalInclTaxCents
      ? ` (sur un total de ${formatEurosFr(line.totalInclTaxCents)}, déjà réglée en partie)`
      : "";
  return `- facture ${line.number} du ${formatDateFr(line.issueDate)}${due} : ${formatEurosFr(line.amountDueCents)} restant dû${partly}`;
}

export function reminderMailText(input: ReminderMailInput): { subject: string; text: string } {
  const total = input.lines.reduce((sum, line) => sum + line.amountDueCents, 0);
  const single = input.lines.length === 1;
  const subject = single
    ? `Relance : facture ${input.lines[0].number}, ${formatEurosFr(total)} restant à régler`
    : `Relance : ${input.lines.length} factures, ${formatEurosFr(total)} restant à régler`;
  const bank = input.iban
    ? `\n\nVous pouvez régler par virement sur le compte ${formatIban(input.iban)}${input.bic ? ` (BIC ${input.bic})` : ""}, en indiquant la référence ${input.reference}.`
    : "";
  const online = input.paymentLink
    ? `\nVous pouvez aussi payer en ligne (carte ou prélèvement SEPA) : ${input.paymentLink}`
    : "";
  const text =
    `Bonjour,\n\nSauf erreur de notre part, ${single ? "la facture suivante reste" : "les factures suivantes restent"} à régler :\n\n` +
    `${input.lines.map(describe).join("\n")}\n\nTotal restant dû : ${formatEurosFr(total)}.` +
    `${single ? " Vous la trouverez en pièce jointe." : " Vous les trouverez en pièces jointes."}${bank}${online}` +
    `\n\nSi le paiement est déjà parti, merci de ne pas tenir compte de ce message.\n\nBien cordialement,\n${input.sellerName}${input.sellerEmail ? `\n${input.sellerEmail}` : ""}`;
  return { subject, text };
}
