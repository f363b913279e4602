// The invoice line table: wraps long descriptions, breaks pages between rows, and repeats its header
// on each new page. A description taller than a whole page is cut into several rows (the amounts stay
// on the first), so even absurd input cannot make pdfkit overflow the footer.

import { formatEurosFr, formatPercentFr, formatQuantityFr } from "./amount-text";
import type { InvoiceViewLine } from "./invoice-view";
import {
  COLORS,
  CONTENT_WIDTH,
  PAGE,
  fillRect,
  horizontalRule,
  measure,
  write,
  type Ink,
  type TextStyle,
} from "./invoice-pdf-style";

const PADDING_X = 6;
const PADDING_Y = 6;
const HEADER_HEIGHT = 22;

type Column = { x: number; width: number; align: "left" | "right" };
type Layout = {
  description: Column;
  quantity: Column;
  unitPrice: Column;
  vat: Column | null;
  total: Column;
  descriptionStyle: TextStyle;
};

const CELL_STYLE: TextStyle = { size: 9.5, lineGap: 1.5 };

/** The columns; a VAT rate column appears only when the invoice mixes several rates. */
function layoutFor(withVatRate: boolean): Layout {
  const quantity = 72;
  const unitPrice = 88;
  const vat = withVatRate ? 52 : 0;
  const total = 88;
  const description = CONTENT_WIDTH - quantity - unitPrice - vat - total;
  let x = PAGE.left;
  const column = (width: number, align: "left" | "right"): Column => {
    const spec = { x, width, align };
    x += width;
    return spec;
  };
  const layout = {
    description: column(description, "left"),
    quantity: column(quantity, "right"),
    unitPrice: column(unitPrice, "right"),
    vat: withVatRate ? column(vat, "right") : null,
    total: column(total, "right"),
  };
  return { ...layout, descriptionStyle: { ...CELL_STYLE, width: description - 2 * PADDING_X } };
}

/** Several VAT rates on one invoice (a fee outside VAT beside 20 % services): each line shows its rate. */
export function hasSeveralVatRates(lines: readonly { vatBasisPoints: number }[]): boolean {
  return new Set(lines.map((line) => line.vatBasisPoints)).size > 1;
}

const UNIT_SUFFIX: Record<string, string> = { C62: "", DAY: " j", HUR: " h", MIN: " min", MON: " mois", ANN: " an" };

export type TablePageHooks = {
  /** Starts a new page and returns the y where the table may continue. */
  newPage: () => number;
};

type Row = { description: string; amounts: { quantity: string; unitPrice: string; vat: string; total: string } | null };

function drawHeader(ink: Ink, layout: Layout, y: number): number {
  fillRect(ink, PAGE.left, y, CONTENT_WIDTH, HEADER_HEIGHT, COLORS.accent, 3);
  const labels: [Column | null, string][] = [
    [layout.description, "DÉSIGNATION"],
    [layout.quantity, "QTÉ"],
    [layout.unitPrice, "PRIX UNIT. HT"],
    [layout.vat, "TVA"],
    [layout.total, "TOTAL HT"],
  ];
  for (const [column, label] of labels) {
    if (!column) continue;
    write(ink, label, column.x + PADDING_X, y + 7, {
      size: 7.5,
      bold: true,
      color: COLORS.onAccent,
      width: column.width - 2 * PADDING_X,
      align: column.align,
      characterSpacing: 0.4,
    });
  }
  return y + HEADER_HEIGHT;
}

/** Splits a description into pieces that each fit in `maxHeight`, cutting between words. */
function splitToFit(ink: Ink, description: string, maxHeight: number, style: TextStyle): string[] {
  if (measure(ink, description, style) <= maxHeight) return [description];
  const words = description.split(/(?<=\s)/);
  if (words.length < 2) return [description]; // one giant word: pdfkit breaks it by characters
  let low = 1;
  let high = words.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(ink, words.slice(0, middle).join(""), style) <= maxHeight) low = middle;
    else high = middle - 1;
  }
  const rest = words.slice(low).join("");
  return [words.slice(0, low).join("").trimEnd(), ...(rest.trim() ? splitToFit(ink, rest, maxHeight, style) : [])];
}

function rowsFor(
  ink: Ink,
  line: InvoiceViewLine,
  lineTotalCents: number,
  maxDescriptionHeight: number,
  style: TextStyle,
): Row[] {
  const pieces = splitToFit(ink, line.description, maxDescriptionHeight, style);
  return pieces.map((description, index) => ({
    description,
    amounts:
      index === 0
        ? {
            quantity: `${formatQuantityFr(line.quantityThousandths)}${UNIT_SUFFIX[line.unitCode] ?? ""}`,
            unitPrice: formatEurosFr(line.unitPriceCents),
            vat: formatPercentFr(line.vatBasisPoints),
            total: formatEurosFr(lineTotalCents),
          }
        : null,
  }));
}

/** Draws every line from `startY`, paginating as needed; returns the y below the table. */
export function drawLineTable(
  ink: Ink,
  lines: readonly InvoiceViewLine[],
  lineTotalsCents: readonly number[],
  startY: number,
  hooks: TablePageHooks,
): number {
  const layout = layoutFor(hasSeveralVatRates(lines));
  const style = layout.descriptionStyle;
  let y = drawHeader(ink, layout, startY);
  let rowIndex = 0;
  // The tallest a row may be: a full page below a repeated header.
  const maxDescriptionHeight = PAGE.contentBottom - PAGE.top - 80 - HEADER_HEIGHT - 2 * PADDING_Y;

  lines.forEach((line, lineIndex) => {
    for (const row of rowsFor(ink, line, lineTotalsCents[lineIndex], maxDescriptionHeight, style)) {
      const height = Math.max(measure(ink, row.description, style), 11) + 2 * PADDING_Y;
      if (y + height > PAGE.contentBottom) {
        y = drawHeader(ink, layout, hooks.newPage());
        rowIndex = 0;
      }
      if (rowIndex % 2 === 1) fillRect(ink, PAGE.left, y, CONTENT_WIDTH, height, COLORS.zebra);
      write(ink, row.description, layout.description.x + PADDING_X, y + PADDING_Y, style);
      if (row.amounts) {
        for (const key of ["quantity", "unitPrice", "vat", "total"] as const) {
          const column = layout[key];
          if (!column) continue;
          write(ink, row.amounts[key], column.x + PADDING_X, y + PADDING_Y, {
            ...CELL_STYLE,
            bold: key === "total",
            width: column.width - 2 * PADDING_X,
            align: "right",
          });
        }
      }
      y += height;
      horizontalRule(ink, y);
      rowIndex += 1;
    }
  });
  return y;
}
