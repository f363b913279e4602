// A minimal PNG encoder (8-bit, no interlace, filter 0 on every row), so that the sample signature and
// logo for tests and the app's icons can be drawn without an image library. Node only (zlib).
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG colour types this encoder writes, with their bytes per pixel. */
const COLOUR_TYPES = {
  greyscale: { code: 0, bytesPerPixel: 1 },
  rgb: { code: 2, bytesPerPixel: 3 },
  rgba: { code: 6, bytesPerPixel: 4 },
} as const;

export type PngColour = keyof typeof COLOUR_TYPES;

export interface PngImage {
  width: number;
  height: number;
  colour: PngColour;
  /** One buffer a row, top to bottom, `width × bytes per pixel` long (no filter byte: the encoder adds it). */
  rows: Buffer[];
}

/** A chunk: length, type, data, then the CRC of type + data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, check]);
}

export function encodePng(image: PngImage, options: { compressionLevel?: number } = {}): Buffer {
  const { code, bytesPerPixel } = COLOUR_TYPES[image.colour];
  if (image.rows.length !== image.height)
    throw new Error(`PNG: ${image.rows.length} rows for a height of ${image.height}`);
  const rowLength = image.width * bytesPerPixel;
  for (const row of image.rows)
    if (row.length !== rowLength) throw new Error(`PNG: a row of ${row.length} bytes, ${rowLength} expected`);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bit depth
  header[9] = code;
  // Bytes 10–12 stay 0: deflate compression, adaptive filtering, no interlace.
  const filtered = Buffer.concat(image.rows.flatMap((row) => [Buffer.from([0]), row]));
  const compressed = deflateSync(filtered, { level: options.compressionLevel });
  return Buffer.concat([
    SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", compressed),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
