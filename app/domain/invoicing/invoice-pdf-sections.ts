// The blocks of an invoice page other than the line table and the payment block
// (invoice-pdf-payment.ts): header, parties, key dates, totals with their legal mentions, footer.
// Each draws at a given y and returns the y below it.

import { formatDateFr, formatEurosFr, formatPercentFr } from "./amount-text";
import type { InvoiceTotals } from "./invoice-totals";
import { documentTypeOf, type InvoiceView, type PostalAddress } from "./invoice-view";
import {
  COLORS,
  CONTENT_WIDTH,
  PAGE,
  fillRect,
  groupRegistrationNumber,
  horizontalRule,
  measure,
  write,
  type Ink,
} from "./invoice-pdf-style";
import { operationMentions } from "./einvoicing-france";
import { vatMentionsOf } from "./line-vat";

export function documentTitle(view: InvoiceView): string {
  return documentTypeOf(view) === "CREDIT_NOTE" ? "AVOIR" : "FACTURE";
}

function addressLines(address: PostalAddress): string[] {
  return [
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`.trim(),
    address.countryCode === "FR" ? "" : address.countryCode,
  ].filter((line) => line.trim() !== "");
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word))
    .map((word) => word[0].toUpperCase());
  return letters.slice(0, 3).join("") || "?";
}

/** Logo (or a monogram) and the association's name on the left; document type and number on the right. */
export function drawHeader(ink: Ink, view: InvoiceView, logo: Buffer | undefined): number {
  const { doc } = ink;
  let leftBottom: number;
  if (logo) {
    doc.image(logo, PAGE.left, PAGE.top, { fit: [170, 58] });
    leftBottom = write(ink, view.seller.name, PAGE.left, PAGE.top + 64, {
      size: 12,
      bold: true,
      color: COLORS.accent,
      width: 270,
    });
  } else {
    fillRect(ink, PAGE.left, PAGE.top, 46, 46, COLORS.accent, 8);
    write(ink, initials(view.seller.name), PAGE.left, PAGE.top + 15, {
      size: 15,
      bold: true,
      color: COLORS.onAccent,
      width: 46,
      align: "center",
    });
    const nameBottom = write(ink, view.seller.name, PAGE.left + 58, PAGE.top + 4, {
      size: 15,
      bold: true,
      color: COLORS.accent,
      width: 230,
    });
    leftBottom = Math.max(
      PAGE.top + 46,
      write(ink, view.seller.legalName, PAGE.left + 58, nameBottom + 1, { size: 8, color: COLORS.muted, width: 230 }),
    );
  }
  const rightX = PAGE.right - 240;
  write(ink, documentTitle(view), rightX, PAGE.top - 2, {
    size: 26,
    bold: true,
    color: COLORS.accent,
    width: 240,
    align: "right",
    characterSpacing: 1.5,
  });
  const rightBottom = write(ink, `N° ${view.number}`, rightX, PAGE.top + 30, {
    size: 12,
    bold: true,
    width: 240,
    align: "right",
  });
  return Math.max(leftBottom, rightBottom) + 18;
}

/** The seller's identity on the left, the buyer's in a tinted box on the right. */
export function drawParties(ink: Ink, view: InvoiceView, y: number): number {
  const { seller, buyer } = view;
  const columnWidth = (CONTENT_WIDTH - 24) / 2;
  const sellerLines = [
    ...addressLines(seller.address),
    `SIRET ${groupRegistrationNumber(seller.siret)}`,
    seller.vatNumber ? `N° TVA ${seller.vatNumber}` : "",
    seller.email ?? "",
    seller.phone ?? "",
  ].filter(Boolean);
  const buyerLines = [
    ...addressLines(buyer.address),
    buyer.siren ? `SIREN ${groupRegistrationNumber(buyer.siren)}` : "",
    buyer.vatNumber ? `N° TVA ${buyer.vatNumber}` : "",
  ].filter(Boolean);

  const buyerX = PAGE.left + columnWidth + 24;
  const innerWidth = columnWidth - 28;
  const buyerHeight =
    14 +
    12 +
    measure(ink, buyer.name, { size: 11, bold: true, width: innerWidth }) +
    3 +
    measure(ink, buyerLines.join("\n"), { size: 9, width: innerWidth, lineGap: 1.5 }) +
    14;
  fillRect(ink, buyerX, y, columnWidth, buyerHeight, COLORS.accentLight, 6);
  fillRect(ink, buyerX, y, 3, buyerHeight, COLORS.accent);
  write(ink, documentTypeOf(view) === "CREDIT_NOTE" ? "AVOIR ÉMIS À" : "FACTURÉ À", buyerX + 16, y + 14, {
    size: 7.5,
    bold: true,
    color: COLORS.muted,
    characterSpacing: 0.8,
  });
  const buyerNameBottom = write(ink, buyer.name, buyerX + 16, y + 26, { size: 11, bold: true, width: innerWidth });
  write(ink, buyerLines.join("\n"), buyerX + 16, buyerNameBottom + 3, { size: 9, width: innerWidth });

  write(ink, "ÉMETTEUR", PAGE.left, y + 14, { size: 7.5, bold: true, color: COLORS.muted, characterSpacing: 0.8 });
  const sellerNameBottom = write(ink, seller.legalName, PAGE.left, y + 26, {
    size: 10,
    bold: true,
    width: columnWidth,
  });
  const sellerBottom = write(ink, sellerLines.join("\n"), PAGE.left, sellerNameBottom + 3, {
    size: 9,
    color: COLORS.muted,
    width: columnWidth,
  });
  return Math.max(sellerBottom, y + buyerHeight) + 18;
}

/** Issue date, service period, due date (and the corrected invoice on a credit note), as a row of cells. */
export function drawKeyDates(ink: Ink, view: InvoiceView, y: number): number {
  const cells: [string, string][] = [
    ["DATE D'ÉMISSION", formatDateFr(view.issueDate)],
    ["PÉRIODE DE SERVICE", `du ${formatDateFr(view.servicePeriod.start)} au ${formatDateFr(view.servicePeriod.end)}`],
    view.correctedInvoice
      ? [
          "FACTURE CORRIGÉE",
          `${view.correctedInvoice.number}${view.correctedInvoice.issueDate ? ` du ${formatDateFr(view.correctedInvoice.issueDate)}` : ""}`,
        ]
      : ["ÉCHÉANCE", formatDateFr(view.dueDate)],
  ];
  const widths = [110, 200, CONTENT_WIDTH - 310];
  horizontalRule(ink, y);
  let x = PAGE.left;
  let bottom = y;
  cells.forEach(([label, value], index) => {
    write(ink, label, x, y + 9, { size: 7.5, bold: true, color: COLORS.muted, characterSpacing: 0.8 });
    bottom = Math.max(bottom, write(ink, value, x, y + 21, { size: 10, bold: index === 2, width: widths[index] - 10 }));
    x += widths[index];
  });
  horizontalRule(ink, bottom + 8);
  return bottom + 24;
}

/** The height drawTotals needs, so the caller can move it to a new page rather than split it. */
export function totalsHeight(totals: InvoiceTotals): number {
  return 24 + 20 * (2 + totals.vatBreakdown.length) + 34;
}

export function drawTotals(ink: Ink, view: InvoiceView, totals: InvoiceTotals, y: number): number {
  const boxWidth = 230;
  const x = PAGE.right - boxWidth;
  const rows: [string, string][] = [["Total HT", formatEurosFr(totals.totalExclTaxCents)]];
  for (const entry of totals.vatBreakdown) {
    rows.push([
      entry.vatBasisPoints > 0 ? `TVA ${formatPercentFr(entry.vatBasisPoints)}` : "TVA",
      formatEurosFr(entry.taxAmountCents),
    ]);
  }
  rows.push(["Total TTC", formatEurosFr(totals.totalInclTaxCents)]);
  let rowY = y + 6;
  for (const [label, amount] of rows) {
    write(ink, label, x + 10, rowY, { size: 9.5, color: COLORS.muted });
    write(ink, amount, x + 10, rowY, { size: 9.5, width: boxWidth - 20, align: "right" });
    rowY += 20;
  }
  fillRect(ink, x, rowY, boxWidth, 30, COLORS.accent, 4);
  const dueLabel = documentTypeOf(view) === "CREDIT_NOTE" ? "Montant de l'avoir" : "Net à payer";
  write(ink, dueLabel, x + 10, rowY + 9, { size: 10.5, bold: true, color: COLORS.onAccent });
  write(ink, formatEurosFr(totals.amountDueCents), x + 10, rowY + 8, {
    size: 12,
    bold: true,
    color: COLORS.onAccent,
    width: boxWidth - 20,
    align: "right",
  });

  // Left of the totals: the VAT regime sentence, which the law wants visible, not in the small print.
  // One sentence per untaxed treatment on the invoice (the regime's, the exempt fee's, out of scope).
  const mention =
    vatMentionsOf(
      view.vatRegime,
      view.lines.map((line) => line.vatTreatment ?? "REGIME"),
    ).join(" ") || null;
  let leftBottom = y;
  if (mention)
    leftBottom = write(ink, mention, PAGE.left, y + 8, {
      size: 9.5,
      bold: true,
      color: COLORS.accent,
      width: CONTENT_WIDTH - boxWidth - 30,
    });
  leftBottom = drawOperationMentions(ink, view, mention ? leftBottom + 4 : y + 8, CONTENT_WIDTH - boxWidth - 30);
  if (view.correctedInvoice) {
    const reference = `Cet avoir se rapporte à la facture n° ${view.correctedInvoice.number}${view.correctedInvoice.issueDate ? ` du ${formatDateFr(view.correctedInvoice.issueDate)}` : ""}.`;
    leftBottom = write(ink, reference, PAGE.left, leftBottom + 6, {
      size: 9,
      color: COLORS.muted,
      width: CONTENT_WIDTH - boxWidth - 30,
    });
  }
  return Math.max(rowY + 30, leftBottom) + 20;
}

/** The 2026 mentions: nature of the operation, and "TVA sur les débits" when the association opted for it. */
function drawOperationMentions(ink: Ink, view: InvoiceView, y: number, width: number): number {
  let bottom = y;
  for (const sentence of operationMentions(view))
    bottom = write(ink, sentence, PAGE.left, bottom, { size: 9, color: COLORS.muted, width }) + 2;
  return bottom;
}

/** Footer on every page: who issued the document, and "Page x / y". Drawn once all pages exist. */
export function drawFooter(ink: Ink, view: InvoiceView, pageNumber: number, pageCount: number): void {
  const { seller } = view;
  horizontalRule(ink, PAGE.footerTop);
  const identity = [
    seller.legalName,
    [seller.address.line1, `${seller.address.postalCode} ${seller.address.city}`]
      .filter((part) => part.trim())
      .join(", "),
    `SIRET ${groupRegistrationNumber(seller.siret)}`,
  ]
    .filter(Boolean)
    .join("  ·  ");
  write(ink, identity, PAGE.left, PAGE.footerTop + 8, { size: 7, color: COLORS.muted, width: CONTENT_WIDTH - 70 });
  write(
    ink,
    `${documentTitle(view) === "AVOIR" ? "Avoir" : "Facture"} ${view.number}`,
    PAGE.left,
    PAGE.footerTop + 18,
    { size: 7, color: COLORS.muted, width: CONTENT_WIDTH - 70 },
  );
  write(ink, `Page ${pageNumber} / ${pageCount}`, PAGE.right - 70, PAGE.footerTop + 8, {
    size: 7.5,
    bold: true,
    color: COLORS.muted,
    width: 70,
    align: "right",
  });
}

/** The small header of continuation pages. */
export function drawContinuationHeader(ink: Ink, view: InvoiceView): number {
  write(ink, view.seller.name, PAGE.left, PAGE.top, { size: 10, bold: true, color: COLORS.accent, width: 260 });
  write(
    ink,
    `${documentTitle(view) === "AVOIR" ? "Avoir" : "Facture"} N° ${view.number} (suite)`,
    PAGE.right - 260,
    PAGE.top,
    { size: 10, bold: true, width: 260, align: "right" },
  );
  horizontalRule(ink, PAGE.top + 20);
  return PAGE.top + 34;
}
