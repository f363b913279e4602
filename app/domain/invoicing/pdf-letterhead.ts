// The frame the statement of account and the intervention report share: the association top left, the
// document's title and date top right, and on every page a centred footer that ends with its number.
import { COLORS, CONTENT_WIDTH, PAGE, drawPageFooters, horizontalRule, write, type Ink } from "./invoice-pdf-style";

/** The association's name and address lines, top left; returns the y below them. */
function drawIssuer(ink: Ink, issuer: { name: string; lines: string[] }): number {
  let y = write(ink, issuer.name, PAGE.left, PAGE.top, { bold: true, size: 15, color: COLORS.accent, width: 300 }) + 2;
  for (const line of issuer.lines) y = write(ink, line, PAGE.left, y, { size: 8.5, color: COLORS.muted, width: 300 });
  return y;
}

/**
 * The issuer top left, the document's title and date top right (in a column 220 wide against the right
 * margin); returns the y below the issuer (`left`) and below the date (`right`).
 */
export function drawLetterhead(
  ink: Ink,
  issuer: { name: string; lines: string[] },
  heading: { title: string; dateText: string },
): { left: number; right: number } {
  const left = drawIssuer(ink, issuer);
  write(ink, heading.title, PAGE.right - 220, PAGE.top, {
    bold: true,
    size: 13,
    width: 220,
    align: "right",
    characterSpacing: 0.5,
  });
  const right = write(ink, heading.dateText, PAGE.right - 220, PAGE.top + 20, { size: 10, width: 220, align: "right" });
  return { left, right };
}

/** The one-line centred footer under a rule. */
function drawCentredFooter(ink: Ink, text: string): void {
  horizontalRule(ink, PAGE.footerTop - 6);
  write(ink, text, PAGE.left, PAGE.footerTop, {
    size: 7.5,
    color: COLORS.muted,
    width: CONTENT_WIDTH,
    align: "center",
  });
}

/** Every page's footer: `text`, then "page x / y". */
export function drawNumberedFooters(ink: Ink, text: string): void {
  drawPageFooters(ink, (page, count) => drawCentredFooter(ink, `${text} · page ${page} / ${count}`));
}
