// Each invoice line has its own VAT treatment (an instalment of shares follows the association's
// regime; a membership fee is often exempt, or outside the scope of VAT), resolved here into the rate
// and the Factur-X category the totals, the PDF and the XML all use.
//
// Why the categories are what they are (EN 16931, checked by facturx-validate):
//   - REGIME: the regime's own rule (E with its exemption text, or S at the standard rate);
//   - EXEMPT: E with the regime's exemption text when the regime is itself an exemption (BR-E-01 allows
//     one "E" breakdown only), else art. 261-7-1° a (a non-profit's membership fee);
//   - OUTSIDE_SCOPE: O; BR-O-11 forbids any other category on the same invoice, so such a line is
//     always invoiced alone (invoice-run groups it apart), and BR-O-02 forbids the seller's VAT id.
import type { TotalsLineInput } from "./invoice-totals";
import { facturXVatCategory, type FacturXVatCategory, type VatRegime } from "./vat-mentions";

export type VatTreatment = "REGIME" | "EXEMPT" | "OUTSIDE_SCOPE";

export const VAT_TREATMENTS: readonly VatTreatment[] = ["REGIME", "EXEMPT", "OUTSIDE_SCOPE"];

export type LineVatCategory =
  FacturXVatCategory | { categoryCode: "O"; exemptionReason: string; exemptionReasonCode: string };

const MEMBERSHIP_FEE_EXEMPTION: LineVatCategory = {
  categoryCode: "E",
  exemptionReason: "Exonération de TVA, article 261-7-1° a du CGI",
  exemptionReasonCode: "VATEX-FR-CGI261-7",
};

const OUTSIDE_SCOPE: LineVatCategory = {
  categoryCode: "O",
  exemptionReason: "Hors champ d'application de la TVA",
  exemptionReasonCode: "VATEX-EU-O",
};

/** The Factur-X category (and exemption text) of a line with this treatment under this regime. */
export function lineVatCategory(regime: VatRegime, treatment: VatTreatment = "REGIME"): LineVatCategory {
  const regimeCategory = facturXVatCategory(regime);
  if (treatment === "OUTSIDE_SCOPE") return OUTSIDE_SCOPE;
  if (treatment === "EXEMPT") return regimeCategory.categoryCode === "E" ? regimeCategory : MEMBERSHIP_FEE_EXEMPTION;
  return regimeCategory;
}

/** The rate a line gets at issuance: the standard rate for a taxed line (its own, else the association's), 0 otherwise. */
export function lineVatBasisPoints(
  regime: VatRegime,
  treatment: VatTreatment,
  lineBasisPoints: number,
  standardBasisPoints: number,
): number {
  return lineVatCategory(regime, treatment).categoryCode === "S" ? lineBasisPoints || standardBasisPoints : 0;
}

/** Whether this rate fits the line's category: a positive rate for "S", zero for "E" and "O". */
export function isLineVatRateAllowed(regime: VatRegime, treatment: VatTreatment, vatBasisPoints: number): boolean {
  return lineVatCategory(regime, treatment).categoryCode === "S" ? vatBasisPoints > 0 : vatBasisPoints === 0;
}

/** The sentences an invoice prints for its untaxed lines: one per distinct exemption or out-of-scope text. */
export function vatMentionsOf(regime: VatRegime, treatments: readonly VatTreatment[]): string[] {
  const texts = treatments
    .map((treatment) => lineVatCategory(regime, treatment).exemptionReason)
    .filter((text): text is string => Boolean(text));
  return [...new Set(texts)];
}

/** The lines as the one totals function takes them, each with its VAT category. */
export function totalsLinesOf(view: {
  vatRegime: VatRegime;
  lines: readonly (TotalsLineInput & { vatTreatment?: VatTreatment })[];
}): TotalsLineInput[] {
  return view.lines.map((line) => ({
    quantityThousandths: line.quantityThousandths,
    unitPriceCents: line.unitPriceCents,
    vatBasisPoints: line.vatBasisPoints,
    vatCategoryCode: lineVatCategory(view.vatRegime, line.vatTreatment).categoryCode,
  }));
}
