// The statement of account as a PDF: pure (a view object in, a Buffer out), drawn with the invoices'
// fonts, colours and primitives, with the SEPA transfer QR code when something is due.
import { formatDateFr, formatEurosFr } from "~/domain/invoicing/amount-text";
import { COLORS, CONTENT_WIDTH, PAGE, openA4Document, write } from "~/domain/invoicing/invoice-pdf-style";
import { drawLetterhead, drawNumberedFooters } from "~/domain/invoicing/pdf-letterhead";
import { drawGridHeader, drawGridRows, drawGridTotals, type GridColumn } from "~/domain/invoicing/pdf-grid";
import { drawQrCode } from "./qr-pdf";
import type { StatementRow } from "./statement";

export type StatementPdfView = {
  association: { name: string; lines: string[] };
  member: { name: string; code: string; lines: string[] };
  dateText: string;
  rows: { dateText: string; label: string; debitText: string; creditText: string; balanceText: string }[];
  totals: { debitText: string; creditText: string; balanceText: string };
  balanceSentence: string;
  payment: { iban: string; bic: string; reference: string; epcPayload: string | null } | null;
};

const LABELS: Record<StatementRow["kind"], string> = {
  invoice: "Facture",
  creditNote: "Avoir",
  payment: "Paiement",
  paymentReversed: "Paiement annulé",
};

/** The view from the statement and the payment information (both from statement.server.ts). */
export function statementPdfView(
  statement: {
    association: StatementPdfView["association"];
    member: StatementPdfView["member"];
    today: string;
    rows: StatementRow[];
    debitCents: number;
    creditCents: number;
    balanceCents: number;
  },
  payment: { totalDueCents: number; iban: string; bic: string; reference: string; epcPayload: string | null },
): StatementPdfView {
  const money = (cents: number) => (cents === 0 ? "" : formatEurosFr(cents));
  const balance = statement.balanceCents;
  return {
    association: statement.association,
    member: statement.member,
    dateText: formatDateFr(statement.today),
    rows: statement.rows.map((row) => ({
      dateText: formatDateFr(row.date),
      label: `${LABELS[row.kind]} ${row.kind === "invoice" || row.kind === "creditNote" ? row.label : `(${row.label})`}${row.reference ? ` · ${row.reference}` : ""}`,
      debitText: money(row.debitCents),
      creditText: money(row.creditCents),
      balanceText: formatEurosFr(row.balanceCents),
    })),
    totals: {
      debitText: formatEurosFr(statement.debitCents),
      creditText: formatEurosFr(statement.creditCents),
      balanceText: formatEurosFr(balance),
    },
    balanceSentence:
      balance > 0
        ? `Solde dû : ${formatEurosFr(balance)}`
        : balance < 0
          ? `Solde en votre faveur : ${formatEurosFr(-balance)}`
          : "Compte soldé.",
    payment:
      payment.totalDueCents > 0 && payment.iban
        ? { iban: payment.iban, bic: payment.bic, reference: payment.reference, epcPayload: payment.epcPayload }
        : null,
  };
}

const COLUMNS: readonly GridColumn<keyof StatementPdfView["rows"][number]>[] = [
  { key: "dateText", label: "Date", width: 70, align: "left" },
  { key: "label", label: "Opération", width: CONTENT_WIDTH - 70 - 3 * 85, align: "left" },
  { key: "debitText", label: "Débit", width: 85, align: "right" },
  { key: "creditText", label: "Crédit", width: 85, align: "right" },
  { key: "balanceText", label: "Solde", width: 85, align: "right" },
];

export async function renderStatementPdf(view: StatementPdfView): Promise<Buffer> {
  const { doc, ink, done } = openA4Document({
    Title: `Relevé de compte — ${view.member.name}`,
    Author: view.association.name,
  });

  const { left, right: belowDate } = drawLetterhead(ink, view.association, {
    title: "RELEVÉ DE COMPTE",
    dateText: `au ${view.dateText}`,
  });
  let right = write(ink, view.member.name, PAGE.right - 220, belowDate + 8, {
    bold: true,
    size: 11,
    width: 220,
    align: "right",
  });
  right = write(ink, `Compte client ${view.member.code}`, PAGE.right - 220, right, {
    size: 9,
    color: COLORS.muted,
    width: 220,
    align: "right",
  });
  for (const line of view.member.lines)
    right = write(ink, line, PAGE.right - 220, right, { size: 9, color: COLORS.muted, width: 220, align: "right" });
  let y = drawGridHeader(ink, COLUMNS, Math.max(left, right) + 20);

  const rows = view.rows.length
    ? view.rows
    : [{ dateText: "", label: "Aucune opération.", debitText: "", creditText: "", balanceText: "" }];
  y = drawGridRows(ink, COLUMNS, rows, y, { repeatHeader: true });
  drawGridTotals(ink, COLUMNS, view.totals, y);
  y = write(ink, view.balanceSentence, PAGE.left, y + 30, { bold: true, size: 12, color: COLORS.accent }) + 12;

  if (view.payment) {
    if (y + 130 > PAGE.contentBottom) {
      doc.addPage();
      y = PAGE.top;
    }
    let text = write(ink, "Régler par virement", PAGE.left, y, { bold: true, size: 11, color: COLORS.accent });
    text = write(
      ink,
      `IBAN ${view.payment.iban}${view.payment.bic ? `   ·   BIC ${view.payment.bic}` : ""}`,
      PAGE.left,
      text + 4,
      { size: 10, width: CONTENT_WIDTH - 130 },
    );
    text = write(ink, `Référence à indiquer : ${view.payment.reference}`, PAGE.left, text + 2, {
      size: 10,
      width: CONTENT_WIDTH - 130,
    });
    if (view.payment.epcPayload) {
      write(
        ink,
        "Scannez le QR code avec l'application de votre banque : le virement est pré-rempli.",
        PAGE.left,
        text + 6,
        { size: 8.5, color: COLORS.muted, width: CONTENT_WIDTH - 130 },
      );
      drawQrCode(doc, view.payment.epcPayload, PAGE.right - 110, y, 110);
    }
  }

  drawNumberedFooters(ink, `${view.association.name} · relevé de compte de ${view.member.name} au ${view.dateText}`);
  doc.end();
  return done;
}
