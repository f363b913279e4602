// A member's e-invoicing profile, checked BEFORE an invoice is issued: everything the French rules need
// (SIREN, routing address, Chorus Pro references) is asked for with a sentence the treasurer can act on,
// never discovered when the plateforme agréée rejects the document.

import {
  buyerElectronicAddress,
  buyerNeedsSiren,
  ROUTING_ADDRESS_PATTERN,
  type BuyerKind,
  type PublicProcurementReferences,
} from "./einvoicing-france";

export type EInvoicingMember = {
  name: string;
  isProfessional: boolean;
  buyerKind?: BuyerKind | null;
  routingAddress?: string;
  billingEmail: string;
};

/** Members written before profiles existed: professionals were VAT-liable businesses, others associations. */
export function memberBuyerKind(member: Pick<EInvoicingMember, "buyerKind" | "isProfessional">): BuyerKind {
  return member.buyerKind ?? (member.isProfessional ? "VAT_BUSINESS" : "NON_VAT_ASSOCIATION");
}

const KIND_LABEL: Record<BuyerKind, string> = {
  VAT_BUSINESS: "une entreprise assujettie à la TVA",
  NON_VAT_ASSOCIATION: "une association non assujettie à la TVA",
  PUBLIC_BODY: "un organisme public",
  INDIVIDUAL: "un particulier",
};

/**
 * Why an invoice to this member cannot be issued yet, as French sentences; empty when its profile is complete.
 * `siren` is the member's SIREN as the invoice will carry it; `publicReference` the Chorus Pro references of the year.
 */
export function einvoicingIssuanceBlockers(
  member: EInvoicingMember,
  siren: string | null,
  publicReference: PublicProcurementReferences | null,
  year: number,
): string[] {
  const kind = memberBuyerKind(member);
  const where = `dans Structures › ${member.name} › Facturation électronique`;
  const identity = `dans Structures › ${member.name} (Identité et facturation)`;
  const blockers: string[] = [];
  if (buyerNeedsSiren(kind) && !siren) {
    blockers.push(
      `« ${member.name} » est ${KIND_LABEL[kind]} : la facture électronique doit porter son SIREN. Renseignez-le ${identity}, ou changez son type de client ${where}, avant d'émettre.`,
    );
  }
  const routingAddress = member.routingAddress?.trim() ?? "";
  if (
    routingAddress &&
    (!ROUTING_ADDRESS_PATTERN.test(routingAddress) || (siren && !routingAddress.startsWith(siren)))
  ) {
    blockers.push(
      `L'adresse de facturation électronique de « ${member.name} » doit commencer par son SIREN (par exemple ${siren ?? "123456789"}_COMPTA) : corrigez-la ${where}.`,
    );
  }
  if (!buyerElectronicAddress({ siren, routingAddress, email: member.billingEmail })) {
    blockers.push(
      `La facture électronique doit indiquer où « ${member.name} » la reçoit : renseignez son SIREN ou son e-mail de facturation ${identity}.`,
    );
  }
  if (kind === "PUBLIC_BODY" && (!publicReference?.serviceCode || !publicReference.engagementNumber)) {
    blockers.push(
      `« ${member.name} » est un organisme public : Chorus Pro exige le code service et le numéro d'engagement pour ${year}. Renseignez-les ${where}.`,
    );
  }
  return blockers;
}
