// Draws the installable app's icons (public/icons/*.png) from the favicon's shape — a blue disc
// whose right half is amber — with no image library and no download: raw RGBA rows, deflated.
// Run: npx tsx scripts/generate-pwa-icons.ts
import fs from "node:fs";
import path from "node:path";
import { encodePng } from "./png-encode";

const BACKGROUND = [255, 255, 255];
const BLUE = [0x1d, 0x4e, 0xd8];
const AMBER = [0xfb, 0xbf, 0x24];

/** `maskable`: the disc stays inside the 80 % safe zone that Android may crop to a circle. */
function icon(size: number, maskable: boolean) {
  const radius = size * (maskable ? 0.36 : 0.46);
  const centre = size / 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(size * 4);
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges.
      let inside = 0;
      let right = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4;
          const py = y + (sy + 0.5) / 4;
          if ((px - centre) ** 2 + (py - centre) ** 2 <= radius ** 2) {
            inside++;
            if (px >= centre) right++;
          }
        }
      const cover = inside / 16;
      const colour = BLUE.map(
        (value, index) => (right / Math.max(inside, 1)) * AMBER[index] + (1 - right / Math.max(inside, 1)) * value,
      );
      const pixel = colour.map((value, index) => Math.round(cover * value + (1 - cover) * BACKGROUND[index]));
      row.set([...pixel, 255], x * 4);
    }
    rows.push(row);
  }
  return encodePng({ width: size, height: size, colour: "rgba", rows }, { compressionLevel: 9 });
}

const directory = path.resolve("public/icons");
fs.mkdirSync(directory, { recursive: true });
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
] as const) {
  fs.writeFileSync(path.join(directory, name), icon(size, maskable));
  console.log(`public/icons/${name}`);
}
