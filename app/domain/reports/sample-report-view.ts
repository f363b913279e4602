// A realistic report view for tests and for looking at the PDF (see report-pdf.test.ts).
import { deflateSync } from "node:zlib";
import type { ReportPdfView } from "./report-pdf";

/** A small PNG with a diagonal stroke, as a drawn signature would look. */
export function samplePng(width = 120, height = 40): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 255);
    row[0] = 0;
    for (let x = 0; x < width; x++) if (Math.abs(Math.round((x * height) / width) - y) <= 1 || Math.abs(Math.round(height / 2 + 10 * Math.sin(x / 8)) - y) <= 1) row[x + 1] = 20;
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

export function sampleReportView(overrides: Partial<ReportPdfView> = {}): ReportPdfView {
  return {
    association: { name: "Amie des 7 vallées", lines: ["12 rue des Artisans", "26400 Crest", "SIRET 812 345 678 00021", "contact@amie7v.test · 04 75 00 00 00"] },
    member: { name: "Ressourcerie du Val", lines: ["3 place de la Mairie", "26150 Die"] },
    title: "Remplacement d'un disque",
    dateText: "mardi 24 novembre 2026",
    technicianName: "Léa Technicienne",
    entries: [
      { dateText: "24/11/2026", kindText: "Déplacement", startText: "08:20", endText: "08:55", rawText: "35 min", accountedText: "0 min" },
      { dateText: "24/11/2026", kindText: "Sur place", startText: "09:00", endText: "11:37", rawText: "2 h 37", accountedText: "3 h" },
    ],
    totals: { rawText: "3 h 12", accountedText: "3 h" },
    workDone: "Remplacement du disque du poste de l'accueil (SSD 500 Go), clonage du système, vérification des sauvegardes.\nMise à jour de Firefox et LibreOffice sur les trois postes.",
    remainingWork: "Prévoir le remplacement de la box Internet (Wi-Fi instable à l'étage).",
    equipment: "Poste accueil (Dell OptiPlex 3020), NAS Synology DS218",
    signature: { signerName: "Nadia Ressourcerie", signedAtText: "le mardi 24 novembre 2026 à 11:42", png: samplePng() },
    ...overrides,
  };
}
