// What the French e-invoicing reform (XP Z12-012, rules BR-FR) adds to an EN 16931 invoice, kept apart from
// the Factur-X builder so the rules read in one place. Checked by facturx-validate --france in
// facturx-validate.test.ts and tests/integration/invoicing-documents.test.ts.
//
// Choices (see docs/decisions/010-e-invoicing-scope-and-routing.md):
//   - billing mode BT-23 is always S1: the association sells services, invoiced before payment;
//   - the seller is identified by its SIREN (BT-30, scheme 0002), its SIRET goes in BT-29 (scheme 0009), and
//     its electronic address BT-34 is its SIREN-based routing address (scheme 0225);
//   - the buyer's electronic address BT-49 is its routing address (scheme 0225, starting with its SIREN),
//     or, for a buyer without SIREN (individual, small association), its billing e-mail (scheme EM);
//   - the BAR note says how the PA treats the document: B2B for VAT-liable businesses and public bodies,
//     B2C (e-reporting) for individuals and associations not liable to VAT;
//   - the PMT, PMD and AAB notes are always present (BR-FR-05): when the law asks nothing (a consumer, a
//     credit note), they say so rather than being left out.

import type { InvoiceBuyer, InvoiceSeller, InvoiceView } from "./invoice-view";
import { paymentTermsMentions, NO_EARLY_PAYMENT_DISCOUNT_MENTION } from "./vat-mentions";

export type BuyerKind = "VAT_BUSINESS" | "NON_VAT_ASSOCIATION" | "PUBLIC_BODY" | "INDIVIDUAL";
export const BUYER_KINDS: readonly BuyerKind[] = ["VAT_BUSINESS", "NON_VAT_ASSOCIATION", "PUBLIC_BODY", "INDIVIDUAL"];

export function isBuyerKind(value: string): value is BuyerKind {
  return (BUYER_KINDS as readonly string[]).includes(value);
}

/** UNTDID 2005 subset used by Factur-X for BT-8: 5 = invoice date (VAT on debits), 72 = paid to date (VAT on payment). */
export const VAT_DUE_ON_DEBITS_CODE = "5";
export const VAT_DUE_ON_PAYMENT_CODE = "72";

/** BT-23: S1 = services, a plain invoice (not already paid, not a deposit, not a sub-contract). */
export const SERVICES_BILLING_MODE = "S1";

/** ISO 6523 ICD 0225: the French e-invoicing directory's routing addresses. EM: an e-mail address. */
export const ROUTING_SCHEME = "0225";
export const EMAIL_SCHEME = "EM";

/** A routing address: the SIREN, optionally followed by "_" and a SIRET or a routing code (BR-FR-23 characters). */
export const ROUTING_ADDRESS_PATTERN = /^\d{9}([_.-][A-Za-z0-9._-]{1,115})?$/;

export type ElectronicAddress = { scheme: typeof ROUTING_SCHEME | typeof EMAIL_SCHEME; value: string };

/** Buyers written before e-invoicing profiles existed: professionals were VAT-liable businesses. */
export function buyerKindOf(view: Pick<InvoiceView, "buyer" | "isProfessionalClient">): BuyerKind {
  return view.buyer.kind ?? (view.isProfessionalClient ? "VAT_BUSINESS" : "NON_VAT_ASSOCIATION");
}

/** The BAR note's value (BR-FR-20): B2B goes to the buyer's PA, B2C is e-reported. */
export function processingTreatment(kind: BuyerKind): "B2B" | "B2C" {
  return kind === "VAT_BUSINESS" || kind === "PUBLIC_BODY" ? "B2B" : "B2C";
}

/** True when the reform requires a SIREN for this buyer (BR-FR-11: B2B buyers). */
export function buyerNeedsSiren(kind: BuyerKind): boolean {
  return processingTreatment(kind) === "B2B";
}

export function sellerSiren(seller: Pick<InvoiceSeller, "siret">): string {
  return seller.siret.slice(0, 9);
}

export function sellerElectronicAddress(seller: Pick<InvoiceSeller, "siret" | "routingAddress">): ElectronicAddress {
  return { scheme: ROUTING_SCHEME, value: seller.routingAddress?.trim() || sellerSiren(seller) };
}

/** BT-49: the typed or Directory routing address, else the SIREN, else the billing e-mail; null when none. */
export function buyerElectronicAddress(
  buyer: Pick<InvoiceBuyer, "siren" | "email" | "routingAddress">,
): ElectronicAddress | null {
  const routing = buyer.routingAddress?.trim();
  if (routing) return { scheme: ROUTING_SCHEME, value: routing };
  if (buyer.siren) return { scheme: ROUTING_SCHEME, value: buyer.siren };
  if (buyer.email?.trim()) return { scheme: EMAIL_SCHEME, value: buyer.email.trim() };
  return null;
}

export type MandatoryNotes = { latePenalty: string; recoveryIndemnity: string; earlyPaymentDiscount: string };

/** The PMD, PMT and AAB notes every document carries (BR-FR-05). */
export function mandatoryPaymentNotes(
  view: Pick<InvoiceView, "kind" | "dueDate" | "isProfessionalClient" | "latePenaltyRateText">,
): MandatoryNotes {
  if (view.kind === "CREDIT_NOTE") {
    const nothingDue = "Sans objet : un avoir ne donne lieu à aucun paiement de la part du client.";
    return { latePenalty: nothingDue, recoveryIndemnity: nothingDue, earlyPaymentDiscount: nothingDue };
  }
  const professional = paymentTermsMentions(view).professionalMentions;
  if (professional) return professional;
  return {
    latePenalty: "Pénalités de retard : sans objet, client non professionnel.",
    recoveryIndemnity: "Indemnité forfaitaire pour frais de recouvrement : sans objet, client non professionnel.",
    earlyPaymentDiscount: NO_EARLY_PAYMENT_DISCOUNT_MENTION,
  };
}

/** BT-8 under standard VAT: on debits when the association opted for it, else on payment (services). */
export function vatDueDateTypeCode(view: Pick<InvoiceView, "vatRegime" | "seller">): string | null {
  if (view.vatRegime !== "STANDARD") return null;
  return view.seller.vatOnDebits ? VAT_DUE_ON_DEBITS_CODE : VAT_DUE_ON_PAYMENT_CODE;
}

/** True when the VAT of this document is due when it is paid: the PA must then be told "Encaissée". */
export function isVatDueOnPayment(view: Pick<InvoiceView, "vatRegime" | "seller">): boolean {
  return vatDueDateTypeCode(view) === VAT_DUE_ON_PAYMENT_CODE;
}

/** The sentences the 2026 reform asks the PDF to show: the nature of the operation and the VAT option. */
export function operationMentions(view: Pick<InvoiceView, "vatRegime" | "seller">): string[] {
  const mentions = ["Nature de l'opération : prestations de services."];
  if (view.vatRegime === "STANDARD" && view.seller.vatOnDebits)
    mentions.push("TVA sur les débits : option pour le paiement de la taxe d'après les débits.");
  return mentions;
}

/** Chorus Pro references for a public buyer, frozen on the document: BT-10 and BT-13. */
export type PublicProcurementReferences = { serviceCode: string | null; engagementNumber: string | null };

/** Everything that would make a PA reject the document under the BR-FR rules; empty when all is well. */
export function frenchEInvoicingProblems(view: InvoiceView): string[] {
  const problems: string[] = [];
  const kind = buyerKindOf(view);
  if (buyerNeedsSiren(kind) && !view.buyer.siren)
    problems.push("a VAT-liable or public buyer needs a SIREN (BR-FR-11)");
  const buyerAddress = buyerElectronicAddress(view.buyer);
  if (!buyerAddress) problems.push("the buyer needs a routing address, a SIREN or an e-mail (BR-FR-12, BT-49)");
  else if (buyerAddress.scheme === ROUTING_SCHEME) {
    if (!ROUTING_ADDRESS_PATTERN.test(buyerAddress.value))
      problems.push(`buyer routing address "${buyerAddress.value}" is not SIREN[_code] (BR-FR-23)`);
    else if (view.buyer.siren && !buyerAddress.value.startsWith(view.buyer.siren))
      problems.push("buyer routing address must start with its SIREN (BR-FR-21)");
  }
  const sellerAddress = sellerElectronicAddress(view.seller);
  if (!ROUTING_ADDRESS_PATTERN.test(sellerAddress.value) || !sellerAddress.value.startsWith(sellerSiren(view.seller))) {
    problems.push(`seller routing address "${sellerAddress.value}" must be its SIREN[_code] (BR-FR-23)`);
  }
  return problems;
}
