// A member's e-invoicing profile, checked BEFORE an invoice is issued: everything the French rules need
// (SIREN, routing address, Chorus Pro references) is asked for with a sentence the treasurer can act on,
// never discovered when the plateforme agréée rejects the document.

import type { Message } from "~/domain/domain-error";
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

/**
 * Why an invoice to this member cannot be issued yet, as sentences for the treasurer; empty when its profile
 * is complete. `siren` is the member's SIREN as the invoice will carry it; `publicReference` the Chorus Pro
 * references of the year.
 */
export function einvoicingIssuanceBlockers(
  member: EInvoicingMember,
  siren: string | null,
  publicReference: PublicProcurementReferences | null,
  year: number,
): Message[] {
  const kind = memberBuyerKind(member);
  const name = member.name;
  const blockers: Message[] = [];
  if (buyerNeedsSiren(kind) && !siren)
    blockers.push({
      key: "invoicing.blocker.buyerNeedsSiren",
      values: { name, kind: { keys: [`invoicing.blocker.kind.${kind}`] } },
    });
  const routingAddress = member.routingAddress?.trim() ?? "";
  if (routingAddress && (!ROUTING_ADDRESS_PATTERN.test(routingAddress) || (siren && !routingAddress.startsWith(siren))))
    blockers.push({
      key: "invoicing.blocker.routingPrefix",
      values: { name, example: `${siren ?? "123456789"}_COMPTA` },
    });
  if (!buyerElectronicAddress({ siren, routingAddress, email: member.billingEmail }))
    blockers.push({ key: "invoicing.blocker.noElectronicAddress", values: { name } });
  if (kind === "PUBLIC_BODY" && (!publicReference?.serviceCode || !publicReference.engagementNumber))
    blockers.push({ key: "invoicing.blocker.publicReferences", values: { name, year } });
  return blockers;
}
