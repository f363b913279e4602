// Page geometry, colours and the one text-drawing primitive shared by the invoice PDF sections.
// Every string reaches pdfkit through Ink.write/measure, which drop what the font cannot draw
// (see glyphFilterFor), so no section can forget it.

import PDFDocument from "pdfkit";
import { pdfToBuffer } from "~/utils/pdf-buffer";
import { BOLD_FONT, REGULAR_FONT, glyphFilterFor, invoiceFontFiles } from "./pdf-fonts";

export const PAGE = {
  width: 595.28, // A4
  height: 841.89,
  left: 48,
  right: 595.28 - 48,
  top: 42,
  /** Content never goes below this line: the footer lives under it. */
  contentBottom: 841.89 - 74,
  footerTop: 841.89 - 54,
} as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const COLORS = {
  accent: "#1F4E79",
  accentLight: "#EAF1F8",
  zebra: "#F6F8FB",
  rule: "#D9E0E8",
  text: "#1B1F24",
  muted: "#5E6B78",
  link: "#1558B0",
  onAccent: "#FFFFFF",
} as const;

export type TextStyle = {
  size?: number;
  bold?: boolean;
  color?: string;
  width?: number;
  align?: "left" | "right" | "center";
  lineGap?: number;
  characterSpacing?: number;
  link?: string;
  underline?: boolean;
};

export type Ink = {
  doc: PDFKit.PDFDocument;
  clean: (text: string) => string;
};

function applyStyle(ink: Ink, style: TextStyle): void {
  ink.doc
    .font(style.bold ? BOLD_FONT : REGULAR_FONT)
    .fontSize(style.size ?? 9.5)
    .fillColor(style.color ?? COLORS.text);
}

function textOptions(style: TextStyle): PDFKit.Mixins.TextOptions {
  return {
    width: style.width,
    align: style.align ?? "left",
    lineGap: style.lineGap ?? 1.5,
    characterSpacing: style.characterSpacing,
    link: style.link,
    underline: style.underline,
  };
}

/** Draws plain text (no markup is interpreted) at (x, y); returns the y just below it. */
export function write(ink: Ink, text: string, x: number, y: number, style: TextStyle = {}): number {
  const cleaned = ink.clean(text);
  if (cleaned === "") return y;
  applyStyle(ink, style);
  ink.doc.text(cleaned, x, y, textOptions(style));
  return ink.doc.y;
}

/** The height `text` takes when written with `style` (which must give a width for wrapping). */
export function measure(ink: Ink, text: string, style: TextStyle): number {
  const cleaned = ink.clean(text);
  if (cleaned === "") return 0;
  applyStyle(ink, style);
  return ink.doc.heightOfString(cleaned, textOptions(style));
}

export function fillRect(
  ink: Ink,
  x: number,
  y: number,
  width: number,
  height: number,
  color: string,
  radius = 0,
): void {
  const shape = radius > 0 ? ink.doc.roundedRect(x, y, width, height, radius) : ink.doc.rect(x, y, width, height);
  shape.fill(color);
}

export function horizontalRule(
  ink: Ink,
  y: number,
  color: string = COLORS.rule,
  x1: number = PAGE.left,
  x2: number = PAGE.right,
): void {
  ink.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.6).strokeColor(color).stroke();
}

/** "81234567800021" → "812 345 678 00021", the way SIRET and SIREN are usually printed. */
export function groupRegistrationNumber(digits: string): string {
  return digits.length === 14
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : digits.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");
}

/**
 * An A4 document with the invoices' margins and embedded fonts; `done` resolves to the bytes once
 * `doc.end()` is called. Invoices add their PDF/A-3 options through `options`; reports and
 * statements are plain PDFs.
 */
export function openA4Document(
  info: PDFKit.DocumentInfo,
  options: Omit<PDFKit.PDFDocumentOptions, "size" | "margins" | "info" | "font"> = {},
): {
  doc: PDFKit.PDFDocument;
  ink: Ink;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: "A4",
    margins: {
      top: PAGE.top,
      bottom: PAGE.height - PAGE.contentBottom,
      left: PAGE.left,
      right: PAGE.width - PAGE.right,
    },
    // No default font: pdfkit would otherwise load Helvetica, which cannot draw every French text
    // (and which PDF/A cannot accept unembedded).
    font: null as unknown as string,
    // The footer's "Page x / y" needs the page count, known only at the end.
    bufferPages: true,
    lang: "fr-FR",
    ...options,
    info: { Creator: "Quote-part", ...info },
  });
  const fonts = invoiceFontFiles();
  doc.registerFont(REGULAR_FONT, fonts.regular);
  doc.registerFont(BOLD_FONT, fonts.bold);
  doc.font(REGULAR_FONT);
  const done = pdfToBuffer(doc);
  return { doc, ink: { doc, clean: glyphFilterFor(doc) }, done };
}

/**
 * Draws each page's footer once every page exists: "page x / y" needs the count, known only at the
 * end (the document buffers its pages for this).
 */
export function drawPageFooters(ink: Ink, draw: (pageNumber: number, pageCount: number) => void): void {
  const { start, count } = ink.doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    ink.doc.switchToPage(index);
    // The footer sits below the bottom margin; without this pdfkit would start a new page to hold it.
    ink.doc.page.margins.bottom = 0;
    draw(index - start + 1, count);
  }
}
