// A realistic report view and a drawn signature, for tests, for looking at the PDF (see
// report-pdf.test.ts) and for the demo's signed reports (prisma/seed-interventions.ts).
import { encodePng } from "./png-encode";
import type { ReportPdfView } from "~/domain/reports/report-pdf";

/** A small PNG with a diagonal stroke, as a drawn signature would look. */
export function samplePng(width = 120, height = 40): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width, 255);
    for (let x = 0; x < width; x++)
      if (
        Math.abs(Math.round((x * height) / width) - y) <= 1 ||
        Math.abs(Math.round(height / 2 + 10 * Math.sin(x / 8)) - y) <= 1
      )
        row[x] = 20;
    rows.push(row);
  }
  return encodePng({ width, height, colour: "greyscale", rows });
}

export function sampleReportView(overrides: Partial<ReportPdfView> = {}): ReportPdfView {
  return {
    association: {
      name: "Amie des 7 vallées",
      lines: ["12 rue des Artisans", "26400 Crest", "SIRET 812 345 678 00021", "contact@amie7v.test · 04 75 00 00 00"],
    },
    member: { name: "Ressourcerie du Val", lines: ["3 place de la Mairie", "26150 Die"] },
    title: "Remplacement d'un disque",
    dateText: "mardi 24 novembre 2026",
    technicianName: "Léa Technicienne",
    entries: [
      {
        dateText: "24/11/2026",
        kindText: "Déplacement",
        startText: "08:20",
        endText: "08:55",
        rawText: "35 min",
        accountedText: "0 min",
      },
      {
        dateText: "24/11/2026",
        kindText: "Sur place",
        startText: "09:00",
        endText: "11:37",
        rawText: "2 h 37",
        accountedText: "3 h",
      },
    ],
    totals: { rawText: "3 h 12", accountedText: "3 h" },
    workDone:
      "Remplacement du disque du poste de l'accueil (SSD 500 Go), clonage du système, vérification des sauvegardes.\nMise à jour de Firefox et LibreOffice sur les trois postes.",
    remainingWork: "Prévoir le remplacement de la box Internet (Wi-Fi instable à l'étage).",
    equipment: "Poste accueil (Dell OptiPlex 3020), NAS Synology DS218",
    signature: {
      signerName: "Nadia Ressourcerie",
      signedAtText: "le mardi 24 novembre 2026 à 11:42",
      png: samplePng(),
    },
    ...overrides,
  };
}
