// PDF/A forbids non-embedded fonts, and pdfkit ships none: we embed Debian's Liberation Sans
// (package fonts-liberation). The files are read once per process; re-reading them per PDF
// would cost a disk read of 800 kB for every invoice of a batch run.

import { readFileSync } from "node:fs";

export const LIBERATION_SANS_REGULAR_PATH = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";
export const LIBERATION_SANS_BOLD_PATH = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf";

export const REGULAR_FONT = "Sans";
export const BOLD_FONT = "Sans-Bold";

let cachedFonts: { regular: Buffer; bold: Buffer } | null = null;

export function invoiceFontFiles(): { regular: Buffer; bold: Buffer } {
  if (!cachedFonts) {
    try {
      cachedFonts = {
        regular: readFileSync(LIBERATION_SANS_REGULAR_PATH),
        bold: readFileSync(LIBERATION_SANS_BOLD_PATH),
      };
    } catch (error) {
      throw new Error(
        `Invoice PDFs need the Liberation Sans fonts (Debian package fonts-liberation): ${String(error)}`,
      );
    }
  }
  return cachedFonts;
}

type GlyphCoverage = (codePoint: number) => boolean;

// The subset of pdfkit's embedded-font internals we read: the fontkit font behind the current font.
type DocumentWithFont = { _font?: { font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean } } };

/**
 * Returns a function that drops every character the document's current font cannot draw (emoji, most
 * symbols). PDF/A forbids references to the .notdef glyph, which is what pdfkit would draw instead.
 */
export function glyphFilterFor(doc: unknown): (text: string) => string {
  const font = (doc as DocumentWithFont)._font?.font;
  const hasGlyph: GlyphCoverage =
    typeof font?.hasGlyphForCodePoint === "function"
      ? (codePoint) => font.hasGlyphForCodePoint!(codePoint)
      : (codePoint) => codePoint < 0x2500; // Latin, Greek, Cyrillic, punctuation: what Liberation covers
  const cache = new Map<number, boolean>();
  return (text) => {
    let result = "";
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (codePoint === 0x0a || codePoint === 0x09) {
        result += codePoint === 0x09 ? " " : character;
        continue;
      }
      if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue; // control characters
      let drawable = cache.get(codePoint);
      if (drawable === undefined) {
        drawable = hasGlyph(codePoint);
        cache.set(codePoint, drawable);
      }
      if (drawable) result += character;
    }
    // Removing an emoji can leave a double space or a space before punctuation: tidy what we created.
    return result.replace(/[ \t]{2,}/g, " ").replace(/ +\n/g, "\n");
  };
}
