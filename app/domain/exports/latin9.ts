// ISO 8859-15 (Latin-9), one of the encodings art. A47 A-1 of the LPF accepts for the FEC, and the
// one that has "€", "œ" and "Œ". Pure: the text in, the bytes out. Characters Latin-9 lacks become
// their nearest equivalent (typographic quotes and spaces) or "?", never a silent multi-byte sequence.

const LATIN9_SPECIALS: Record<string, number> = {
  "€": 0xa4,
  Š: 0xa6,
  š: 0xa8,
  Ž: 0xb4,
  ž: 0xb8,
  Œ: 0xbc,
  œ: 0xbd,
  Ÿ: 0xbe,
};
// Latin-1 code points that Latin-9 reassigned: they cannot be written as themselves.
const REASSIGNED = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);
const NEAREST: Record<string, string> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2026": "...",
  "\u202f": "\u00a0",
  "\u2212": "-",
};

export function encodeLatin9(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const original of text) {
    const char = NEAREST[original] ?? original;
    for (const single of char) {
      const code = single.codePointAt(0)!;
      if (LATIN9_SPECIALS[single] !== undefined) bytes.push(LATIN9_SPECIALS[single]);
      else if (code < 0x100 && !REASSIGNED.has(code)) bytes.push(code);
      else bytes.push(0x3f);
    }
  }
  return Uint8Array.from(bytes);
}
