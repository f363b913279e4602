// PDF/A forbids non-embedded fonts, and pdfkit ships none: we embed Arimo, the font Liberation Sans 2
// derives from (same metrics and look), from the npm package @expo-google-fonts/arimo. It is found the
// way a package finds its own files (resolved from this module), so the PDFs need no system font and no
// hard-coded path. It also draws more than Liberation Sans did: the narrow no-break space (U+202F)
// that French number formatting puts in "1 234,56 €", Greek, Cyrillic, Vietnamese. The files are read
// once per process; re-reading them per PDF would cost a disk read for every invoice of a batch run.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const resolveFromHere = createRequire(import.meta.url).resolve;

export const REGULAR_FONT_PATH = resolveFromHere("@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf");
export const BOLD_FONT_PATH = resolveFromHere("@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf");

export const REGULAR_FONT = "Sans";
export const BOLD_FONT = "Sans-Bold";

let cachedFonts: { regular: Buffer; bold: Buffer } | null = null;

export function invoiceFontFiles(): { regular: Buffer; bold: Buffer } {
  if (!cachedFonts) {
    try {
      cachedFonts = {
        regular: readFileSync(REGULAR_FONT_PATH),
        bold: readFileSync(BOLD_FONT_PATH),
      };
    } catch (error) {
      throw new Error(
        `Invoice PDFs need the Arimo fonts of the npm package @expo-google-fonts/arimo (npm ci): ${String(error)}`,
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
