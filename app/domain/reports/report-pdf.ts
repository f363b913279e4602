// The intervention report as a PDF: pure (a view object in, a Buffer out), so it is tested and
// rendered without a database. Typography follows the invoices (same fonts, colours, primitives).
import {
  COLORS,
  CONTENT_WIDTH,
  PAGE,
  fillRect,
  horizontalRule,
  measure,
  openA4Document,
  write,
  type Ink,
} from "../invoicing/invoice-pdf-style";
import { drawLetterhead, drawNumberedFooters } from "../invoicing/pdf-letterhead";
import { drawGridHeader, drawGridRows, drawGridTotals, ensureRoom, type GridColumn } from "../invoicing/pdf-grid";

export type ReportPdfView = {
  association: { name: string; lines: string[] };
  member: { name: string; lines: string[] };
  title: string;
  /** Already formatted for reading, e.g. "mardi 24 novembre 2026". */
  dateText: string;
  technicianName: string;
  entries: {
    dateText: string;
    kindText: string;
    startText: string;
    endText: string;
    rawText: string;
    accountedText: string;
  }[];
  /** explanationText: how the accounted time was reached (accounting-explanation.ts). */
  totals: { rawText: string; accountedText: string; explanationText?: string };
  workDone: string;
  remainingWork: string;
  equipment: string;
  /** signedAt: also the PDF's creation date, so every download of a signed report is the same bytes. */
  signature: { signerName: string; signedAtText: string; png: Buffer; signedAt?: Date } | null;
  /** Short hash of the signed snapshot (report-snapshot.ts), printed so a copy can be checked. */
  fingerprint?: string | null;
};

function partyBox(ink: Ink, x: number, y: number, width: number, label: string, name: string, lines: string[]): number {
  const inner = width - 20;
  const height =
    34 +
    measure(ink, name, { bold: true, size: 11, width: inner }) +
    lines.reduce((sum, line) => sum + measure(ink, line, { width: inner }), 0);
  fillRect(ink, x, y, width, height, COLORS.accentLight, 6);
  let cursor = write(ink, label.toUpperCase(), x + 10, y + 9, {
    size: 7.5,
    bold: true,
    color: COLORS.accent,
    characterSpacing: 0.6,
  });
  cursor = write(ink, name, x + 10, cursor + 3, { bold: true, size: 11, width: inner });
  for (const line of lines) cursor = write(ink, line, x + 10, cursor, { width: inner, color: COLORS.muted });
  return y + height;
}

function section(ink: Ink, y: number, heading: string, text: string): number {
  const body = text.trim() || "—";
  const height = 22 + measure(ink, body, { width: CONTENT_WIDTH, size: 10 });
  let cursor = ensureRoom(ink, y, Math.min(height, 120));
  cursor = write(ink, heading, PAGE.left, cursor, { bold: true, size: 11, color: COLORS.accent });
  horizontalRule(ink, cursor + 2);
  return write(ink, body, PAGE.left, cursor + 7, { width: CONTENT_WIDTH, size: 10, lineGap: 2 }) + 14;
}

const COLUMNS: readonly GridColumn<keyof ReportPdfView["entries"][number]>[] = [
  { key: "dateText", label: "Date", width: 120, align: "left" },
  { key: "kindText", label: "Nature", width: 95, align: "left" },
  { key: "startText", label: "Début", width: 55, align: "left" },
  { key: "endText", label: "Fin", width: 55, align: "left" },
  { key: "rawText", label: "Temps passé", width: 87, align: "right" },
  { key: "accountedText", label: "Temps décompté", width: CONTENT_WIDTH - 412, align: "right" },
];

function timeTable(ink: Ink, y: number, view: ReportPdfView): number {
  const heading =
    write(ink, "Temps", PAGE.left, ensureRoom(ink, y, 80), { bold: true, size: 11, color: COLORS.accent }) + 4;
  const rows = view.entries.length
    ? view.entries
    : [
        {
          dateText: "Aucun temps enregistré",
          kindText: "",
          startText: "",
          endText: "",
          rawText: "",
          accountedText: "",
        },
      ];
  const cursor = drawGridRows(ink, COLUMNS, rows, drawGridHeader(ink, COLUMNS, heading), { repeatHeader: false });
  drawGridTotals(ink, COLUMNS, { rawText: view.totals.rawText, accountedText: view.totals.accountedText }, cursor);
  if (!view.totals.explanationText) return cursor + 34;
  return (
    write(ink, view.totals.explanationText, PAGE.left + 6, cursor + 22, {
      size: 9,
      color: COLORS.muted,
      width: CONTENT_WIDTH - 12,
    }) + 14
  );
}

function signatureBlock(ink: Ink, y: number, view: ReportPdfView): number {
  const cursor = ensureRoom(ink, y, 150);
  write(ink, "Signature de la structure adhérente", PAGE.left, cursor, { bold: true, size: 11, color: COLORS.accent });
  horizontalRule(ink, cursor + 16);
  const boxTop = cursor + 24;
  ink.doc.roundedRect(PAGE.left, boxTop, 260, 100, 6).lineWidth(0.8).strokeColor(COLORS.rule).stroke();
  if (!view.signature) {
    write(ink, "Fiche non signée.", PAGE.left + 12, boxTop + 42, { color: COLORS.muted, size: 10 });
    return boxTop + 110;
  }
  ink.doc.image(view.signature.png, PAGE.left + 8, boxTop + 6, { fit: [244, 88], align: "center", valign: "center" });
  const textX = PAGE.left + 280;
  let text = write(ink, "Signé par", textX, boxTop + 14, { size: 8.5, color: COLORS.muted });
  text = write(ink, view.signature.signerName, textX, text + 1, { bold: true, size: 11, width: CONTENT_WIDTH - 280 });
  text = write(ink, view.signature.signedAtText, textX, text + 4, { size: 9.5, width: CONTENT_WIDTH - 280 });
  if (view.fingerprint)
    write(ink, `Empreinte de la fiche signée : ${view.fingerprint}`, textX, text + 6, {
      size: 8.5,
      color: COLORS.muted,
      width: CONTENT_WIDTH - 280,
    });
  return boxTop + 110;
}

export async function renderReportPdf(view: ReportPdfView): Promise<Buffer> {
  // pdfkit derives the file ID from the creation date: left to "now", each download would differ.
  const { doc, ink, done } = openA4Document({
    Title: `Fiche d'intervention — ${view.title}`,
    Author: view.association.name,
    Subject: view.member.name,
    ...(view.signature?.signedAt ? { CreationDate: view.signature.signedAt } : {}),
  });

  const { left, right: belowDate } = drawLetterhead(ink, view.association, {
    title: "FICHE D'INTERVENTION",
    dateText: view.dateText,
  });
  const right = write(ink, `Technicien·ne : ${view.technicianName}`, PAGE.right - 220, belowDate + 2, {
    size: 9,
    width: 220,
    align: "right",
    color: COLORS.muted,
  });
  let y = Math.max(left, right) + 18;

  const half = (CONTENT_WIDTH - 14) / 2;
  const memberBottom = partyBox(ink, PAGE.left, y, half, "Structure adhérente", view.member.name, view.member.lines);
  const interventionBottom = partyBox(ink, PAGE.left + half + 14, y, half, "Intervention", view.title, [view.dateText]);
  y = Math.max(memberBottom, interventionBottom) + 20;

  y = timeTable(ink, y, view);
  y = section(ink, y, "Travail réalisé", view.workDone);
  y = section(ink, y, "Reste à faire", view.remainingWork);
  y = section(ink, y, "Matériel concerné", view.equipment);
  signatureBlock(ink, y + 4, view);

  drawNumberedFooters(ink, `${view.association.name} · fiche d'intervention du ${view.dateText}`);
  doc.end();
  return done;
}
