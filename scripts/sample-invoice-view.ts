// Realistic invoice views for tests, previews and benchmarks. Pure data: no I/O, no randomness,
// so a rendered sample is the same on every run.

import type { InvoiceView, InvoiceViewLine } from "~/domain/invoicing/invoice-view";
import {
  defaultVatBasisPointsForRegime,
  DEFAULT_LATE_PENALTY_RATE_TEXT,
  type VatRegime,
} from "~/domain/invoicing/vat-mentions";

const SAMPLE_SELLER: InvoiceView["seller"] = {
  name: "AMIE Lyon",
  legalName: "Association de Maintenance Informatique Entre-structures de Lyon",
  siret: "81234567800021",
  vatNumber: null,
  taxRegistrationId: "812345678",
  address: {
    line1: "12 rue des Tisserands",
    line2: "Bâtiment B",
    postalCode: "69004",
    city: "Lyon",
    countryCode: "FR",
  },
  email: "tresorerie@amie-lyon.example",
  phone: "04 78 00 00 00",
};

const SAMPLE_BUYER: InvoiceView["buyer"] = {
  name: "Coopérative Les Jardins du Rhône",
  siren: "532198765",
  vatNumber: null,
  address: {
    line1: "3 chemin des Maraîchers",
    line2: "",
    postalCode: "69100",
    city: "Villeurbanne",
    countryCode: "FR",
  },
  email: "compta@jardins-rhone.example",
};

/** A share invoice: 1.5 shares for the year, plus the membership fee. */
export function sampleInvoiceView(overrides: Partial<InvoiceView> = {}): InvoiceView {
  const vatRegime = overrides.vatRegime ?? "FRANCHISE_293B";
  const vatBasisPoints = defaultVatBasisPointsForRegime(vatRegime);
  const base: InvoiceView = {
    number: "F2026-0042",
    kind: "SHARES",
    issueDate: "2026-01-15",
    dueDate: "2026-02-14",
    servicePeriod: { start: "2026-01-01", end: "2026-12-31" },
    vatRegime,
    isProfessionalClient: true,
    latePenaltyRateText: DEFAULT_LATE_PENALTY_RATE_TEXT,
    // A seller charging VAT must print its VAT number (art. 242 nonies A, annexe II du CGI).
    seller: vatRegime === "STANDARD" ? { ...SAMPLE_SELLER, vatNumber: "FR25812345678" } : SAMPLE_SELLER,
    buyer: SAMPLE_BUYER,
    lines: [
      {
        description: "Parts de maintenance informatique 2026 (1,5 part, soit 13,5 jours de technicien)",
        quantityThousandths: 1500,
        unitCode: "C62",
        unitPriceCents: 200_000,
        vatBasisPoints,
      },
      {
        description: "Cotisation annuelle 2026",
        quantityThousandths: 1000,
        unitCode: "C62",
        unitPriceCents: 5_000,
        vatBasisPoints,
      },
    ],
    payment: {
      iban: "FR76 3000 6000 0112 3456 7890 189",
      bic: "AGRIFRPP",
      paymentLink: "https://pay.amie-lyon.example/f/F2026-0042",
    },
    correctedInvoice: null,
    currency: "EUR",
    note: "",
  };
  return { ...base, ...overrides, lines: overrides.lines ?? base.lines };
}

/** A credit note cancelling half a share of the sample invoice. */
export function sampleCreditNoteView(overrides: Partial<InvoiceView> = {}): InvoiceView {
  const vatRegime = overrides.vatRegime ?? "FRANCHISE_293B";
  return sampleInvoiceView({
    number: "AV2026-0003",
    kind: "CREDIT_NOTE",
    issueDate: "2026-03-02",
    dueDate: "2026-03-02",
    correctedInvoice: { number: "F2026-0042", issueDate: "2026-01-15" },
    lines: [
      {
        description: "Annulation d'une demi-part 2026 (facture F2026-0042)",
        quantityThousandths: 500,
        unitCode: "C62",
        unitPriceCents: 200_000,
        vatBasisPoints: defaultVatBasisPointsForRegime(vatRegime),
      },
    ],
    payment: { ...sampleInvoiceView().payment, paymentLink: null },
    ...overrides,
  });
}

const SAMPLE_TASKS = [
  "Intervention sur site : remplacement du disque du NAS et reconstruction du RAID",
  "Télémaintenance : mise à jour des postes et contrôle des sauvegardes",
  "Déplacement",
  "Configuration de la messagerie et des alias de l'équipe, formation de deux salariées à l'usage du calendrier partagé, et rédaction d'une fiche pratique",
  "Dépannage imprimante",
];

/** `count` varied overage lines (hours, days, long descriptions), for pagination and volume tests. */
export function sampleInvoiceLines(count: number, vatRegime: VatRegime = "FRANCHISE_293B"): InvoiceViewLine[] {
  const vatBasisPoints = defaultVatBasisPointsForRegime(vatRegime);
  return Array.from({ length: count }, (_, index) => {
    const byDay = index % 3 === 2;
    const day = String((index % 28) + 1).padStart(2, "0");
    return {
      description: `${day}/03/2026 — ${SAMPLE_TASKS[index % SAMPLE_TASKS.length]}`,
      quantityThousandths: byDay ? 500 : 250 * ((index % 7) + 1),
      unitCode: byDay ? "DAY" : "HUR",
      unitPriceCents: byDay ? 30_000 : 4_286,
      vatBasisPoints,
    };
  });
}

/** Text that breaks naive XML, XMP and PDF code: markup characters, quotes, emoji, accents. */
export const HOSTILE_TEXT = `Tom & Jerry <script>alert("x")</script> l'été ' " ]]> 🚀🎉 Œuvre ñ ß — 100 % & co`;
