import { describe, expect, it } from "vitest";
import { checkLogo, MAX_LOGO_BYTES, sniffLogoType } from "./logo-file";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe("logo files", () => {
  it("recognises PNG and JPEG by their signature", () => {
    expect(sniffLogoType(png)).toBe("image/png");
    expect(sniffLogoType(jpeg)).toBe("image/jpeg");
    expect(sniffLogoType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffLogoType(Uint8Array.from([0x47, 0x49, 0x46, 0x38]))).toBeNull();
  });

  it("refuses empty, oversized and other files", () => {
    expect(checkLogo(png)).toEqual({ ok: true, mimeType: "image/png" });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, error: "settings.errors.logoEmpty" });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(checkLogo(big)).toEqual({ ok: false, error: "settings.errors.logoSize" });
    const exact = new Uint8Array(MAX_LOGO_BYTES);
    exact.set(jpeg);
    expect(checkLogo(exact)).toEqual({ ok: true, mimeType: "image/jpeg" });
    expect(checkLogo(Uint8Array.from([1, 2, 3]))).toEqual({ ok: false, error: "settings.errors.logoType" });
  });
});
