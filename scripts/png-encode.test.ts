import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodePng, pngChunk } from "./png-encode";

/** Splits a PNG after its signature into chunks, as a decoder reads them. */
function readChunks(png: Buffer) {
  const chunks: { type: string; data: Buffer; crc: number }[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    chunks.push({
      type,
      data: png.subarray(offset + 8, offset + 8 + length),
      crc: png.readUInt32BE(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return chunks;
}

describe("encodePng", () => {
  it("writes the signature, then IHDR, IDAT and IEND with their known CRCs", () => {
    const png = encodePng({ width: 1, height: 1, colour: "greyscale", rows: [Buffer.from([0])] });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = readChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    // The 1×1 8-bit greyscale header and the empty IEND have well-known CRCs.
    expect([...chunks[0].data]).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    expect(chunks[0].crc).toBe(0x3a7e9b55);
    expect(chunks[2].crc).toBe(0xae426082);
  });

  it("describes an RGBA image in IHDR and stores each row behind a filter byte 0", () => {
    const rows = [
      Buffer.from([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255]),
      Buffer.from([10, 11, 12, 255, 13, 14, 15, 255, 16, 17, 18, 128]),
    ];
    const [header, data] = readChunks(
      encodePng({ width: 3, height: 2, colour: "rgba", rows }, { compressionLevel: 9 }),
    );
    expect(header.data.readUInt32BE(0)).toBe(3);
    expect(header.data.readUInt32BE(4)).toBe(2);
    expect([...header.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    expect([...inflateSync(data.data)]).toEqual([0, ...rows[0], 0, ...rows[1]]);
  });

  it("frames any chunk as length, type, data and CRC", () => {
    // The 1×1 RGBA header of the classic transparent pixel PNG.
    const chunk = pngChunk("IHDR", Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
    expect(chunk.readUInt32BE(0)).toBe(13);
    expect(chunk.toString("ascii", 4, 8)).toBe("IHDR");
    expect(chunk.readUInt32BE(21)).toBe(0x1f15c489);
  });

  it("refuses rows that do not match the size", () => {
    expect(() => encodePng({ width: 2, height: 1, colour: "greyscale", rows: [Buffer.from([0])] })).toThrow(/row/);
    expect(() => encodePng({ width: 1, height: 2, colour: "greyscale", rows: [Buffer.from([0])] })).toThrow(/rows/);
  });
});
