import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeLatin9 } from "./latin9";

const decode = (bytes: Uint8Array) => new TextDecoder("iso-8859-15").decode(bytes);

describe("encodeLatin9", () => {
  it("writes one byte per character, € and œ included, and reads back the same", () => {
    const text = "Cœur d'Amie · 1 250,00 € · Élève Ÿ";
    const bytes = encodeLatin9(text);
    expect(bytes.length).toBe([...text].length);
    expect(bytes[text.indexOf("œ")]).toBe(0xbd);
    expect(decode(bytes)).toBe(text);
  });
  it("replaces what Latin-9 lacks with its nearest equivalent or ?", () => {
    expect(decode(encodeLatin9("l’été — 3\u202f000 ¤ 日"))).toBe("l'été - 3\u00a0000 ? ?");
  });
  it("round-trips any Latin-9 text", () => {
    const latin9 = fc.constantFrom(..."abcxyzÀÉÈçéèêëîïôöùûüÿ€œŒšŠžŽŸ0123456789 ;|'-".split(""));
    fc.assert(
      fc.property(
        fc.array(latin9, { maxLength: 80 }),
        (chars) => decode(encodeLatin9(chars.join(""))) === chars.join(""),
      ),
    );
  });
});
