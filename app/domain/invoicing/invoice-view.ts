// The frozen, fully resolved data of an issued invoice or credit note: what the PDF and the Factur-X XML
// are drawn from. It is built once at issuance from the seller and buyer snapshots, so later edits of the
// association or the member never change a document. Totals are deliberately absent: they are always
// recomputed from the lines by computeInvoiceTotals, the one totals function.

import { daysBetween, isIsoDate, type IsoDate } from "~/domain/calendar/local-date";
import { frenchEInvoicingProblems, type BuyerKind, type PublicProcurementReferences } from "./einvoicing-france";
import type { InvoiceDocumentType } from "./invoice-totals";
import { parseInvoiceNumber, seriesPrefixFor } from "./numbering";
import { isLineVatRateAllowed, lineVatCategory, type VatTreatment } from "./line-vat";
import type { VatRegime } from "./vat-mentions";

/** Mirrors the Prisma enum InvoiceKind, without importing Prisma into pure code. */
export type InvoiceKind = "SHARES" | "MEMBERSHIP_FEE" | "OVERAGE" | "ONE_OFF" | "CREDIT_NOTE";

export type PostalAddress = {
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. "FR". */
  countryCode: string;
};

export type InvoiceSeller = {
  /** Display name, e.g. "AMIE Lyon". */
  name: string;
  /** Registered name, e.g. "Association de Maintenance Informatique de Lyon". */
  legalName: string;
  /** 14 digits. */
  siret: string;
  /** Intra-community VAT number (BT-31), when the association has one. */
  vatNumber: string | null;
  /** Tax registration id (BT-32, scheme "FC") for a seller without a VAT number. */
  taxRegistrationId: string | null;
  address: PostalAddress;
  email: string | null;
  phone: string | null;
  /** E-invoicing routing address (scheme 0225); the SIREN when absent. */
  routingAddress?: string | null;
  /** Standard VAT only: the association opted to pay VAT on debits rather than on payment. */
  vatOnDebits?: boolean;
};

export type InvoiceBuyer = {
  name: string;
  /** 9 digits, when known. */
  siren: string | null;
  vatNumber: string | null;
  address: PostalAddress;
  email: string | null;
  /** E-invoicing profile; absent on documents issued before it existed (derived from isProfessionalClient). */
  kind?: BuyerKind;
  /** Routing address (scheme 0225) typed in or found in the PA Directory. */
  routingAddress?: string | null;
  /** Public bodies: Chorus Pro service code (BT-10) and engagement number (BT-13) for the year. */
  publicReferences?: PublicProcurementReferences | null;
};

export type InvoiceViewLine = {
  /** Plain text; may be long and contain line breaks. */
  description: string;
  quantityThousandths: number;
  /** UN/ECE Recommendation 20 unit: "C62" (unit), "DAY", "HUR", "MIN"… */
  unitCode: string;
  unitPriceCents: number;
  vatBasisPoints: number;
  /** The line's own VAT treatment (line-vat.ts); absent on documents issued before it existed: REGIME. */
  vatTreatment?: VatTreatment;
};

export type InvoicePaymentDetails = {
  iban: string;
  bic: string | null;
  /** Online payment page (Stripe Checkout), when the association has one. */
  paymentLink: string | null;
};

export type InvoiceView = {
  number: string;
  kind: InvoiceKind;
  issueDate: IsoDate;
  dueDate: IsoDate;
  servicePeriod: { start: IsoDate; end: IsoDate };
  vatRegime: VatRegime;
  isProfessionalClient: boolean;
  /** e.g. "trois fois le taux d'intérêt légal" (Association.latePenaltyRateText). */
  latePenaltyRateText: string;
  seller: InvoiceSeller;
  buyer: InvoiceBuyer;
  lines: InvoiceViewLine[];
  payment: InvoicePaymentDetails;
  /** The invoice a credit note corrects; null on invoices. */
  correctedInvoice: { number: string; issueDate: IsoDate | null } | null;
  currency: "EUR";
  /** Free text from the treasurer, printed and sent as an invoice note; may be empty. */
  note: string;
};

/** The latest due date French law allows (art. L441-10: 60 days from issue). */
export const MAX_PAYMENT_TERM_DAYS = 60;

export function documentTypeOf(view: Pick<InvoiceView, "kind">): InvoiceDocumentType {
  return view.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE";
}

/** Everything that would make the document illegal or the Factur-X XML invalid; empty when all is well. */
export function invoiceViewProblems(view: InvoiceView): string[] {
  const problems: string[] = [];
  const documentType = documentTypeOf(view);
  const parsedNumber = parseInvoiceNumber(view.number);
  if (!parsedNumber) problems.push(`number "${view.number}" is not a canonical invoice number`);
  else if (parsedNumber.prefix !== seriesPrefixFor(documentType))
    problems.push(`number "${view.number}" is not in a ${documentType} series`);

  for (const [field, value] of [
    ["issueDate", view.issueDate],
    ["dueDate", view.dueDate],
    ["servicePeriod.start", view.servicePeriod.start],
    ["servicePeriod.end", view.servicePeriod.end],
  ] as const) {
    if (!isIsoDate(value)) problems.push(`${field} "${value}" is not a YYYY-MM-DD date`);
  }
  if (problems.length === 0) {
    const termDays = daysBetween(view.issueDate, view.dueDate);
    if (termDays < 0) problems.push("dueDate is before issueDate");
    if (termDays > MAX_PAYMENT_TERM_DAYS)
      problems.push(`dueDate is ${termDays} days after issueDate (at most ${MAX_PAYMENT_TERM_DAYS})`);
    if (daysBetween(view.servicePeriod.start, view.servicePeriod.end) < 0)
      problems.push("servicePeriod ends before it starts");
  }

  if (!/^\d{14}$/.test(view.seller.siret)) problems.push("seller SIRET must be 14 digits");
  if (!view.seller.vatNumber?.trim() && !view.seller.taxRegistrationId?.trim()) {
    problems.push("seller needs a VAT number or a tax registration id (EN 16931 BR-E-02 / BR-S-02)");
  }
  if (view.vatRegime === "STANDARD" && !view.seller.vatNumber?.trim()) {
    problems.push("a seller charging VAT must have a VAT number (art. 242 nonies A, annexe II du CGI)");
  }
  if (view.buyer.siren !== null && !/^\d{9}$/.test(view.buyer.siren)) problems.push("buyer SIREN must be 9 digits");
  for (const [role, party] of [
    ["seller", view.seller],
    ["buyer", view.buyer],
  ] as const) {
    if (!party.name.trim()) problems.push(`${role} name is empty`);
    if (!/^[A-Z]{2}$/.test(party.address.countryCode)) problems.push(`${role} country code must be ISO 3166 alpha-2`);
  }

  if (view.lines.length === 0) problems.push("an invoice needs at least one line");
  view.lines.forEach((line, index) => {
    if (!line.description.trim()) problems.push(`line ${index + 1} has no description`);
    // EN 16931 BR-27: a net price is never negative; a deduction is a negative quantity.
    if (line.unitPriceCents < 0)
      problems.push(`line ${index + 1}: unit price must not be negative (use a negative quantity)`);
    if (!isLineVatRateAllowed(view.vatRegime, line.vatTreatment ?? "REGIME", line.vatBasisPoints)) {
      problems.push(`line ${index + 1}: VAT rate ${line.vatBasisPoints} bp does not fit the ${view.vatRegime} regime`);
    }
    if (!/^[A-Z0-9]{2,3}$/.test(line.unitCode))
      problems.push(`line ${index + 1}: unit code "${line.unitCode}" is not a UN/ECE rec. 20 code`);
  });

  // EN 16931 BR-O-11: a line outside the scope of VAT shares its invoice with no other category.
  const categories = new Set(view.lines.map((line) => lineVatCategory(view.vatRegime, line.vatTreatment).categoryCode));
  if (categories.has("O") && categories.size > 1)
    problems.push("a line outside the scope of VAT must be alone on its invoice (BR-O-11)");
  if (documentType === "CREDIT_NOTE" && !view.correctedInvoice)
    problems.push("a credit note must reference the invoice it corrects");
  if (documentType === "INVOICE" && view.correctedInvoice)
    problems.push("only a credit note references a corrected invoice");
  if (documentType === "INVOICE" && !view.payment.iban.trim())
    problems.push("an invoice needs the seller's IBAN for payment by transfer");
  if (view.currency !== "EUR") problems.push("only EUR is supported");
  if (/^\d{14}$/.test(view.seller.siret)) problems.push(...frenchEInvoicingProblems(view));
  return problems;
}

export function assertValidInvoiceView(view: InvoiceView): void {
  const problems = invoiceViewProblems(view);
  if (problems.length > 0) throw new InvalidInvoiceViewError(view.number, problems);
}

export class InvalidInvoiceViewError extends Error {
  constructor(
    readonly invoiceNumber: string,
    readonly problems: string[],
  ) {
    super(`Invoice ${invoiceNumber} cannot be rendered: ${problems.join("; ")}`);
    this.name = "InvalidInvoiceViewError";
  }
}
