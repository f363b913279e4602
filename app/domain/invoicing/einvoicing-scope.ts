// Whether the association issues its invoices through a plateforme agréée (PA). The reform obliges those
// who charge VAT: under the exempt regimes (franchise 293 B until its thresholds, art. 261-7-1° b,
// art. 261 B), the association is not liable to VAT for these services, and its invoices fall outside
// e-invoicing. AUTO follows the regime; the treasurer or the board can override it either way
// (docs/decisions/010-e-invoicing-scope-and-routing.md).

import type { VatRegime } from "./vat-mentions";

export type EInvoicingScopeSetting = "AUTO" | "IN_SCOPE" | "OUT_OF_SCOPE";
export const EINVOICING_SCOPE_SETTINGS: readonly EInvoicingScopeSetting[] = ["AUTO", "IN_SCOPE", "OUT_OF_SCOPE"];

const REGIME_REASON: Record<VatRegime, { inScope: boolean; reason: string }> = {
  STANDARD: {
    inScope: true,
    reason:
      "L'association facture la TVA : ses factures aux entreprises passent par une plateforme agréée (émission obligatoire au 1er septembre 2027).",
  },
  FRANCHISE_293B: {
    inScope: false,
    reason:
      "Franchise en base (art. 293 B du CGI) : l'association ne facture pas la TVA. Elle doit pouvoir recevoir des factures électroniques, mais l'émission par une plateforme agréée ne la concerne pas tant qu'elle reste en franchise.",
  },
  ASSOCIATION_261_7_1B: {
    inScope: false,
    reason:
      "Services rendus aux membres exonérés (art. 261-7-1° b du CGI) : ces opérations ne sont pas soumises à la TVA et restent hors du champ de la facturation électronique.",
  },
  COST_SHARING_261B: {
    inScope: false,
    reason:
      "Groupement de moyens exonéré (art. 261 B du CGI) : ses services aux membres ne sont pas soumis à la TVA et restent hors du champ de la facturation électronique.",
  },
};

export type EInvoicingScopeDecision = {
  inScope: boolean;
  /** What the regime alone says, shown in the settings so the override is an informed choice. */
  byRegime: { inScope: boolean; reason: string };
  overridden: boolean;
};

export function einvoicingScopeDecision(
  vatRegime: VatRegime,
  setting: EInvoicingScopeSetting,
): EInvoicingScopeDecision {
  const byRegime = REGIME_REASON[vatRegime];
  if (setting === "AUTO") return { inScope: byRegime.inScope, byRegime, overridden: false };
  const inScope = setting === "IN_SCOPE";
  return { inScope, byRegime, overridden: inScope !== byRegime.inScope };
}
