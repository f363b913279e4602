import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeSignature, MAX_SIGNATURE_BYTES } from "./signature-png";

/** A tiny valid PNG (1×1 white), built by hand. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("decodeSignature", () => {
  it("accepts a PNG data URL", () => {
    const png = tinyPng();
    const result = decodeSignature(`data:image/png;base64,${png.toString("base64")}`);
    expect(result).toEqual({ ok: true, png });
  });

  it("refuses other formats, bytes that are not PNG, and oversized images", () => {
    expect(decodeSignature("data:image/jpeg;base64,AAAA")).toEqual({ ok: false, error: "SIGNATURE_FORMAT" });
    expect(decodeSignature("not a data url")).toEqual({ ok: false, error: "SIGNATURE_FORMAT" });
    const gif = Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(100)]);
    expect(decodeSignature(`data:image/png;base64,${gif.toString("base64")}`)).toEqual({
      ok: false,
      error: "SIGNATURE_NOT_PNG",
    });
    const huge = Buffer.concat([tinyPng(), Buffer.alloc(MAX_SIGNATURE_BYTES)]);
    expect(decodeSignature(`data:image/png;base64,${huge.toString("base64")}`)).toEqual({
      ok: false,
      error: "SIGNATURE_TOO_LARGE",
    });
  });
});
