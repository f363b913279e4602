// The snapshots frozen on an invoice at issuance, and the ONE place an InvoiceView is rebuilt from
// them. Everything a document shows (parties, addresses, identifiers, bank details, VAT regime,
// professional mentions, lines) comes from the frozen columns, never from the live association or
// member rows: editing those later never changes a document already issued.

import type { MemberNameAndAddress } from "~/domain/members/member-name-and-address";
import { sirenOfSiret } from "~/domain/members/siren";
import { compactIdentifier, formatIban } from "~/domain/settings/identifiers";
import { memberBuyerKind } from "./einvoicing-profile";
import type { BuyerKind, PublicProcurementReferences } from "./einvoicing-france";
import type { InvoiceBuyer, InvoiceKind, InvoiceSeller, InvoiceView } from "./invoice-view";
import type { VatTreatment } from "./line-vat";
import type { VatRegime } from "./vat-mentions";
import { isoOf } from "~/domain/calendar/date-columns";
import type { Message } from "~/domain/domain-error";
import type { MessageKey } from "~/utils/i18n";

export type SellerSnapshot = {
  version: 1;
  seller: InvoiceSeller;
  iban: string;
  bic: string | null;
  latePenaltyRateText: string;
};

export type BuyerSnapshot = {
  version: 1;
  buyer: InvoiceBuyer;
  isProfessional: boolean;
};

export type AssociationIdentity = {
  name: string;
  legalName: string;
  siret: string | null;
  vatNumber: string | null;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  iban: string;
  bic: string;
  latePenaltyRateText: string;
  vatOnDebits?: boolean;
};

export type MemberIdentity = MemberNameAndAddress & {
  country: string;
  billingEmail: string;
  isProfessional: boolean;
  /** E-invoicing profile (null: derived from isProfessional). */
  buyerKind?: BuyerKind | null;
  routingAddress?: string;
};

const blankToNull = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);

/**
 * The seller's tax identifier (EN 16931 BR-E-02 / BR-S-02): the intra-community VAT number when the
 * association has one, else its SIREN (the SIRET's first 9 digits) as tax registration id, scheme FC.
 */
export function sellerTaxIdentifiers(association: Pick<AssociationIdentity, "siret" | "vatNumber">) {
  const vatNumber = blankToNull(association.vatNumber ? compactIdentifier(association.vatNumber).toUpperCase() : null);
  const siret = association.siret ? compactIdentifier(association.siret) : "";
  return { vatNumber, taxRegistrationId: vatNumber ? null : siret ? sirenOfSiret(siret) : null };
}

// Only an administrator (the board) may change the association's settings: the sentences tell the
// treasurer whom to ask, and where the field is, rather than send them to a page they cannot open.

/** Why issuing is impossible with these settings, as sentences for the treasurer; empty when fine. */
export function sellerIssuanceBlockers(
  association: Pick<AssociationIdentity, "siret" | "vatNumber" | "iban">,
  vatRegime: VatRegime,
): Message[] {
  const blockers: Message[] = [];
  const siret = association.siret ? compactIdentifier(association.siret) : "";
  const { vatNumber } = sellerTaxIdentifiers(association);
  if (!/^\d{14}$/.test(siret)) blockers.push({ key: "invoicing.blocker.sellerSiret" });
  if (vatRegime === "STANDARD" && !vatNumber) blockers.push({ key: "invoicing.blocker.sellerVatNumber" });
  if (!association.iban.trim()) blockers.push({ key: "invoicing.blocker.sellerIban" });
  return blockers;
}

/**
 * A member's identity problems that would make the document illegal or its XML invalid: a French
 * invoice names its client with an address (art. 242 nonies A, annexe II du CGI), and a professional
 * client by its SIREN too. One sentence naming every missing field, for the treasurer.
 */
export function buyerIssuanceBlockers(
  member: Pick<MemberIdentity, "name" | "siren" | "siret" | "addressLine1" | "postalCode" | "city" | "isProfessional">,
): Message[] {
  const siren = buyerSiren(member);
  const missing: MessageKey[] = [];
  if (!member.name.trim()) missing.push("invoicing.blocker.field.name");
  if (!member.addressLine1.trim()) missing.push("invoicing.blocker.field.address");
  if (!member.postalCode.trim()) missing.push("invoicing.blocker.field.postalCode");
  if (!member.city.trim()) missing.push("invoicing.blocker.field.city");
  if (member.isProfessional && siren === null) missing.push("invoicing.blocker.field.siren");
  const blockers: Message[] = [];
  if (missing.length > 0)
    blockers.push({
      key: "invoicing.blocker.buyerIncomplete",
      values: { name: member.name, missing: { keys: missing } },
    });
  if (siren !== null && !/^\d{9}$/.test(siren))
    blockers.push({ key: "invoicing.blocker.buyerSirenInvalid", values: { name: member.name } });
  return blockers;
}

export function buyerSiren(member: Pick<MemberIdentity, "siren" | "siret">): string | null {
  const siren = blankToNull(member.siren ? compactIdentifier(member.siren) : null);
  if (siren) return siren;
  const siret = blankToNull(member.siret ? compactIdentifier(member.siret) : null);
  return siret ? sirenOfSiret(siret) : null;
}

export function sellerSnapshotOf(association: AssociationIdentity): SellerSnapshot {
  return {
    version: 1,
    seller: {
      name: association.name,
      legalName: association.legalName || association.name,
      siret: association.siret ? compactIdentifier(association.siret) : "",
      ...sellerTaxIdentifiers(association),
      address: {
        line1: association.addressLine1,
        line2: association.addressLine2,
        postalCode: association.postalCode,
        city: association.city,
        countryCode: (association.country || "FR").toUpperCase(),
      },
      email: blankToNull(association.email),
      phone: blankToNull(association.phone),
      vatOnDebits: association.vatOnDebits ?? false,
    },
    // Grouped by four as printed; the Factur-X XML strips the spaces again.
    iban: association.iban.trim() ? formatIban(association.iban) : "",
    bic: blankToNull(association.bic ? compactIdentifier(association.bic) : null),
    latePenaltyRateText: association.latePenaltyRateText,
  };
}

export function buyerSnapshotOf(
  member: MemberIdentity,
  publicReferences: PublicProcurementReferences | null = null,
): BuyerSnapshot {
  const kind = memberBuyerKind(member);
  return {
    version: 1,
    buyer: {
      name: member.name,
      siren: buyerSiren(member),
      vatNumber: null,
      address: {
        line1: member.addressLine1,
        line2: member.addressLine2,
        postalCode: member.postalCode,
        city: member.city,
        countryCode: (member.country || "FR").toUpperCase(),
      },
      email: blankToNull(member.billingEmail),
      kind,
      routingAddress: blankToNull(member.routingAddress),
      publicReferences: kind === "PUBLIC_BODY" ? publicReferences : null,
    },
    isProfessional: member.isProfessional,
  };
}

/** The columns of an issued Invoice (and its lines) the document is drawn from. */
export type IssuedInvoiceRecord = {
  number: string | null;
  kind: InvoiceKind;
  issueDate: Date | null;
  dueDate: Date | null;
  serviceStart: Date | null;
  serviceEnd: Date | null;
  vatRegime: VatRegime;
  isProfessionalClient: boolean;
  sellerSnapshot: unknown;
  buyerSnapshot: unknown;
  notes: string;
  lines: {
    position: number;
    description: string;
    quantityThousandths: number;
    unit: string;
    unitPriceCents: number;
    vatBasisPoints: number;
    vatTreatment?: VatTreatment;
  }[];
  correctsInvoice: { number: string | null; issueDate: Date | null } | null;
};

function requireSnapshot<T extends { version: number }>(value: unknown, what: string): T {
  if (!value || typeof value !== "object" || (value as { version?: unknown }).version !== 1) {
    throw new Error(
      `${what} snapshot missing or of an unknown version: the invoice was not issued by this application.`,
    );
  }
  return value as T;
}

/** The InvoiceView of an issued invoice or credit note, from its frozen data only. */
export function invoiceViewFromIssued(invoice: IssuedInvoiceRecord): InvoiceView {
  if (!invoice.number || !invoice.issueDate || !invoice.dueDate)
    throw new Error("Only an issued invoice has a document.");
  const seller = requireSnapshot<SellerSnapshot>(invoice.sellerSnapshot, "Seller");
  const buyer = requireSnapshot<BuyerSnapshot>(invoice.buyerSnapshot, "Buyer");
  const issueDate = isoOf(invoice.issueDate);
  return {
    number: invoice.number,
    kind: invoice.kind,
    issueDate,
    dueDate: isoOf(invoice.dueDate),
    servicePeriod: {
      start: invoice.serviceStart ? isoOf(invoice.serviceStart) : issueDate,
      end: invoice.serviceEnd
        ? isoOf(invoice.serviceEnd)
        : invoice.serviceStart
          ? isoOf(invoice.serviceStart)
          : issueDate,
    },
    vatRegime: invoice.vatRegime,
    isProfessionalClient: invoice.isProfessionalClient,
    latePenaltyRateText: seller.latePenaltyRateText,
    seller: seller.seller,
    buyer: buyer.buyer,
    lines: [...invoice.lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        description: line.description,
        quantityThousandths: line.quantityThousandths,
        unitCode: line.unit,
        unitPriceCents: line.unitPriceCents,
        vatBasisPoints: line.vatBasisPoints,
        vatTreatment: line.vatTreatment ?? "REGIME",
      })),
    payment: { iban: seller.iban, bic: seller.bic, paymentLink: null },
    correctedInvoice: invoice.correctsInvoice?.number
      ? {
          number: invoice.correctsInvoice.number,
          issueDate: invoice.correctsInvoice.issueDate ? isoOf(invoice.correctsInvoice.issueDate) : null,
        }
      : null,
    currency: "EUR",
    note: invoice.notes,
  };
}
