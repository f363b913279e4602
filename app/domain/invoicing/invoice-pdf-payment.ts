// The payment block under an invoice's totals: how to pay (due date, bank transfer, reference, online
// link), the SEPA transfer QR code, and the late-payment small print. A credit note says how its amount
// is used instead. Draws at a given y and returns the y below it.

import { documentTypeOf, type InvoiceView } from "./invoice-view";
import { COLORS, CONTENT_WIDTH, PAGE, measure, write, type Ink } from "./invoice-pdf-style";
import { paymentTermsMentions } from "./vat-mentions";
import { epcPayload } from "~/domain/payments/epc-qr";
import { drawQrCode } from "~/domain/payments/qr-pdf";

/** The paragraphs under the totals: payment instructions, legal mentions and the treasurer's note. */
export function paymentParagraphs(view: InvoiceView): {
  heading: string;
  lines: { label: string; value: string; link?: string }[];
  smallPrint: string[];
} {
  const terms = paymentTermsMentions(view);
  const noteLines = view.note.trim() ? [{ label: "Note", value: view.note.trim() }] : [];
  if (documentTypeOf(view) === "CREDIT_NOTE") {
    // Late-payment mentions concern money the buyer owes: they have no place on a credit note.
    const imputation =
      "Ce montant est déduit de votre solde, ou vous est remboursé par virement s'il n'y a rien à régler.";
    return { heading: "Règlement", lines: [{ label: "Imputation", value: imputation }, ...noteLines], smallPrint: [] };
  }
  const professional = terms.professionalMentions;
  const smallPrint = professional
    ? [professional.latePenalty, professional.recoveryIndemnity, professional.earlyPaymentDiscount]
    : [];
  const bank = `IBAN ${view.payment.iban}${view.payment.bic ? `   ·   BIC ${view.payment.bic}` : ""}`;
  const lines: { label: string; value: string; link?: string }[] = [
    { label: "Échéance", value: terms.paymentTerms },
    { label: "Virement", value: bank },
    { label: "Référence", value: `Merci d'indiquer ${view.number} dans le libellé du virement.` },
  ];
  if (view.payment.paymentLink)
    lines.push({ label: "En ligne", value: view.payment.paymentLink, link: view.payment.paymentLink });
  lines.push(...noteLines);
  return { heading: "Règlement", lines, smallPrint };
}

const QR_SIZE = 96;

/** The SEPA transfer QR code of an invoice (EPC069-12): its total, its number as the reference. */
export function invoiceEpcPayload(view: InvoiceView, totalInclTaxCents: number): string | null {
  if (documentTypeOf(view) === "CREDIT_NOTE") return null;
  return epcPayload({
    beneficiaryName: view.seller.name,
    iban: view.payment.iban,
    bic: view.payment.bic ?? undefined,
    amountCents: totalInclTaxCents,
    reference: view.number,
  });
}

export function paymentBlockHeight(ink: Ink, view: InvoiceView, qr: string | null = null): number {
  const { lines, smallPrint } = paymentParagraphs(view);
  const textWidth = CONTENT_WIDTH - 80 - (qr ? QR_SIZE + 12 : 0);
  const lineHeights = lines.reduce((sum, line) => sum + measure(ink, line.value, { size: 9, width: textWidth }) + 4, 0);
  const printHeights = smallPrint.reduce(
    (sum, text) => sum + measure(ink, text, { size: 7.5, width: CONTENT_WIDTH }) + 3,
    0,
  );
  return 22 + Math.max(lineHeights, qr ? QR_SIZE : 0) + 10 + printHeights;
}

export function drawPayment(ink: Ink, view: InvoiceView, y: number, qr: string | null = null): number {
  const { heading, lines, smallPrint } = paymentParagraphs(view);
  write(ink, heading.toUpperCase(), PAGE.left, y, { size: 8, bold: true, color: COLORS.accent, characterSpacing: 0.8 });
  const textWidth = CONTENT_WIDTH - 80 - (qr ? QR_SIZE + 12 : 0);
  let rowY = y + 16;
  for (const line of lines) {
    write(ink, line.label, PAGE.left, rowY, { size: 9, bold: true, color: COLORS.muted, width: 74 });
    rowY =
      write(ink, line.value, PAGE.left + 80, rowY, {
        size: 9,
        width: textWidth,
        color: line.link ? COLORS.link : COLORS.text,
        link: line.link,
        underline: Boolean(line.link),
      }) + 4;
  }
  if (qr) {
    drawQrCode(ink.doc, qr, PAGE.right - QR_SIZE, y + 12, QR_SIZE);
    rowY = Math.max(rowY, y + 12 + QR_SIZE);
  }
  rowY += 8;
  for (const text of smallPrint)
    rowY = write(ink, text, PAGE.left, rowY, { size: 7.5, color: COLORS.muted, width: CONTENT_WIDTH }) + 3;
  return rowY;
}
