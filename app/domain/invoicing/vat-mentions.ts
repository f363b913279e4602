// Legal mentions an invoice must carry, and how each VAT regime is declared in Factur-X.
//
// Why the Factur-X mapping is what it is (checked against the EN 16931 + Factur-X 1.09 schematron):
//   - exempt regimes use category "E", rate 0, and BR-E-10 requires an exemption reason text (BT-120)
//     or code (BT-121): we give both, the French VATEX code being in the Factur-X code list (BR-CL-22);
//   - BR-E-02 / BR-S-02: an "E" or "S" line requires the seller's VAT id (BT-31) or tax registration id
//     (BT-32); invoice-view.ts checks that one is present;
//   - "O" (outside the scope of VAT) is not used: 293 B, 261-7-1° b and 261 B are exemptions, not
//     operations outside the scope of VAT.

import { formatDateFr } from "./amount-text";
import type { IsoDate } from "~/domain/calendar/local-date";

export type VatRegime = "FRANCHISE_293B" | "ASSOCIATION_261_7_1B" | "COST_SHARING_261B" | "STANDARD";

export const VAT_REGIMES: readonly VatRegime[] = [
  "FRANCHISE_293B",
  "ASSOCIATION_261_7_1B",
  "COST_SHARING_261B",
  "STANDARD",
];

export type FacturXVatCategory =
  | { categoryCode: "S"; exemptionReason: null; exemptionReasonCode: null }
  | { categoryCode: "E"; exemptionReason: string; exemptionReasonCode: string };

type RegimeRule = {
  /** The sentence printed on the invoice; null when VAT is simply charged. */
  mention: string | null;
  vatBasisPoints: number;
  facturX: FacturXVatCategory;
};

const REGIME_RULES: Record<VatRegime, RegimeRule> = {
  FRANCHISE_293B: {
    mention: "TVA non applicable, art. 293 B du CGI",
    vatBasisPoints: 0,
    facturX: {
      categoryCode: "E",
      exemptionReason: "TVA non applicable, art. 293 B du CGI",
      exemptionReasonCode: "VATEX-FR-FRANCHISE",
    },
  },
  ASSOCIATION_261_7_1B: {
    mention: "Exonération de TVA, article 261-7-1° b du CGI",
    vatBasisPoints: 0,
    facturX: {
      categoryCode: "E",
      exemptionReason: "Exonération de TVA, article 261-7-1° b du CGI",
      exemptionReasonCode: "VATEX-FR-CGI261-7",
    },
  },
  COST_SHARING_261B: {
    mention: "Exonération de TVA, article 261 B du CGI",
    vatBasisPoints: 0,
    facturX: {
      categoryCode: "E",
      exemptionReason: "Exonération de TVA, article 261 B du CGI",
      exemptionReasonCode: "VATEX-FR-CGI261B",
    },
  },
  STANDARD: {
    mention: null,
    vatBasisPoints: 2000,
    facturX: { categoryCode: "S", exemptionReason: null, exemptionReasonCode: null },
  },
};

/** The VAT sentence the invoice must print, or null under the standard 20 % regime (the VAT lines say it all). */
export function vatMention(regime: VatRegime): string | null {
  return REGIME_RULES[regime].mention;
}

/** The rate new lines get under this regime: 0 for the exemptions, 2000 (20 %) for STANDARD. */
export function defaultVatBasisPointsForRegime(regime: VatRegime): number {
  return REGIME_RULES[regime].vatBasisPoints;
}

/** Exempt regimes allow only 0; STANDARD allows only a positive rate (one category per invoice, see BR-E-01). */
export function isVatRateAllowedForRegime(regime: VatRegime, vatBasisPoints: number): boolean {
  return REGIME_RULES[regime].facturX.categoryCode === "S" ? vatBasisPoints > 0 : vatBasisPoints === 0;
}

export function facturXVatCategory(regime: VatRegime): FacturXVatCategory {
  return REGIME_RULES[regime].facturX;
}

export function isVatRegime(value: string): value is VatRegime {
  return (VAT_REGIMES as readonly string[]).includes(value);
}

/** The association's default penalty rate, as stored in Association.latePenaltyRateText. */
export const DEFAULT_LATE_PENALTY_RATE_TEXT = "trois fois le taux d'intérêt légal";

export const RECOVERY_INDEMNITY_MENTION =
  "Indemnité forfaitaire pour frais de recouvrement de 40 € due en cas de retard de paiement (art. L441-10 et D441-5 du Code de commerce).";

export const NO_EARLY_PAYMENT_DISCOUNT_MENTION = "Pas d'escompte en cas de paiement anticipé.";

export type PaymentTermsInput = {
  dueDate: IsoDate;
  isProfessionalClient: boolean;
  /** e.g. "trois fois le taux d'intérêt légal"; only printed for professional clients. */
  latePenaltyRateText: string;
};

export type PaymentTermsMentions = {
  /** Always printed, and sent as the Factur-X payment terms (BT-20). */
  paymentTerms: string;
  /** Art. L441-10 du Code de commerce: only for professional clients, empty otherwise. */
  professionalMentions: {
    latePenalty: string;
    recoveryIndemnity: string;
    earlyPaymentDiscount: string;
  } | null;
};

export function paymentTermsMentions({
  dueDate,
  isProfessionalClient,
  latePenaltyRateText,
}: PaymentTermsInput): PaymentTermsMentions {
  // One term only: "à réception" next to a later due date would contradict it.
  const paymentTerms = `À régler au plus tard le ${formatDateFr(dueDate)}.`;
  if (!isProfessionalClient) return { paymentTerms, professionalMentions: null };
  const rate = latePenaltyRateText.trim() || DEFAULT_LATE_PENALTY_RATE_TEXT;
  return {
    paymentTerms,
    professionalMentions: {
      latePenalty: `En cas de retard de paiement, des pénalités sont exigibles dès le lendemain de l'échéance, au taux de ${rate} (art. L441-10 du Code de commerce).`,
      recoveryIndemnity: RECOVERY_INDEMNITY_MENTION,
      earlyPaymentDiscount: NO_EARLY_PAYMENT_DISCOUNT_MENTION,
    },
  };
}
