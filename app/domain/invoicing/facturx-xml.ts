// The Factur-X XML (UN/CEFACT CII, EN 16931 profile) embedded in every invoice PDF.
// Element order follows the Factur-X 1.09 EN16931 XSD (a sequence: order matters), and every amount comes
// from computeInvoiceTotals, so the sums the EN 16931 rules re-check (BR-CO-10..17) hold by construction.
// Checked by /work/shared/tools/facturx-validate in facturx-validate.test.ts.

import { basisPointsToPercentText, centsToDecimalText, thousandthsToDecimalText, toCiiDate } from "./amount-text";
import { computeInvoiceTotals, type InvoiceTotals } from "./invoice-totals";
import { assertValidInvoiceView, documentTypeOf, type InvoiceView, type PostalAddress } from "./invoice-view";
import {
  buyerElectronicAddress,
  buyerKindOf,
  mandatoryPaymentNotes,
  processingTreatment,
  sellerElectronicAddress,
  sellerSiren,
  SERVICES_BILLING_MODE,
  vatDueDateTypeCode,
  type ElectronicAddress,
} from "./einvoicing-france";
import { lineVatCategory, totalsLinesOf } from "./line-vat";
import { paymentTermsMentions } from "./vat-mentions";
import { element, escapeXml, text, type Node } from "./xml-text";

export const EN16931_GUIDELINE_ID = "urn:cen.eu:en16931:2017";
export const FACTURX_XML_FILE_NAME = "factur-x.xml";

/** UNTDID 1001: commercial invoice and credit note. */
const TYPE_CODE = { INVOICE: "380", CREDIT_NOTE: "381" } as const;
/** UNTDID 4461: 58 = SEPA credit transfer. */
const SEPA_CREDIT_TRANSFER = "58";
/** ISO 6523 ICD: 0009 = SIRET, 0002 = SIREN. */
const SIRET_SCHEME = "0009";
const SIREN_SCHEME = "0002";

function date(name: string, isoDate: string): Node {
  return `<${name}><udt:DateTimeString format="102">${toCiiDate(isoDate)}</udt:DateTimeString></${name}>`;
}

function note(content: string | null, subjectCode?: string): Node {
  return content ? element("ram:IncludedNote", text("ram:Content", content), text("ram:SubjectCode", subjectCode)) : "";
}

function postalAddress(address: PostalAddress): Node {
  return element(
    "ram:PostalTradeAddress",
    text("ram:PostcodeCode", address.postalCode),
    text("ram:LineOne", address.line1),
    text("ram:LineTwo", address.line2),
    text("ram:CityName", address.city),
    `<ram:CountryID>${escapeXml(address.countryCode)}</ram:CountryID>`,
  );
}

/** BT-34 / BT-49: where the PA routes the document (French rules: a SIREN-based 0225 address). */
function electronicAddress(address: ElectronicAddress | null): Node {
  return address
    ? element("ram:URIUniversalCommunication", text("ram:URIID", address.value, { schemeID: address.scheme }))
    : "";
}

function contactEmail(email: string | null): Node {
  return element("ram:DefinedTradeContact", element("ram:EmailURIUniversalCommunication", text("ram:URIID", email)));
}

function documentNotes(view: InvoiceView): Node {
  // BR-FR-05: the three payment notes are on every document; on a credit note or for a consumer they say "sans objet".
  const mandatory = mandatoryPaymentNotes(view);
  return [
    note(view.note.trim() || null, "AAI"),
    // UNTDID 4451: PMD = penalties, PMT = payment terms (the 40 € indemnity), AAB = discount terms.
    note(mandatory.latePenalty, "PMD"),
    note(mandatory.recoveryIndemnity, "PMT"),
    note(mandatory.earlyPaymentDiscount, "AAB"),
    // BR-FR-20: how the PA treats the document (B2B exchange, or B2C e-reporting).
    note(processingTreatment(buyerKindOf(view)), "BAR"),
  ].join("");
}

function tradeLines(view: InvoiceView, totals: InvoiceTotals): Node {
  return view.lines
    .map((line, index) => {
      const category = lineVatCategory(view.vatRegime, line.vatTreatment);
      return element(
        "ram:IncludedSupplyChainTradeLineItem",
        element("ram:AssociatedDocumentLineDocument", `<ram:LineID>${index + 1}</ram:LineID>`),
        element("ram:SpecifiedTradeProduct", text("ram:Name", line.description)),
        element(
          "ram:SpecifiedLineTradeAgreement",
          element(
            "ram:NetPriceProductTradePrice",
            `<ram:ChargeAmount>${centsToDecimalText(line.unitPriceCents)}</ram:ChargeAmount>`,
          ),
        ),
        element(
          "ram:SpecifiedLineTradeDelivery",
          `<ram:BilledQuantity unitCode="${escapeXml(line.unitCode)}">${thousandthsToDecimalText(line.quantityThousandths)}</ram:BilledQuantity>`,
        ),
        element(
          "ram:SpecifiedLineTradeSettlement",
          element(
            "ram:ApplicableTradeTax",
            "<ram:TypeCode>VAT</ram:TypeCode>",
            `<ram:CategoryCode>${category.categoryCode}</ram:CategoryCode>`,
            // BR-O-05: a line outside the scope of VAT carries no rate at all.
            category.categoryCode === "O"
              ? ""
              : `<ram:RateApplicablePercent>${basisPointsToPercentText(line.vatBasisPoints)}</ram:RateApplicablePercent>`,
          ),
          element(
            "ram:SpecifiedTradeSettlementLineMonetarySummation",
            `<ram:LineTotalAmount>${centsToDecimalText(totals.lineTotalsExclTaxCents[index])}</ram:LineTotalAmount>`,
          ),
        ),
      );
    })
    .join("");
}

function tradeAgreement(view: InvoiceView): Node {
  const { seller, buyer } = view;
  const outsideScope = view.lines.some(
    (line) => lineVatCategory(view.vatRegime, line.vatTreatment).categoryCode === "O",
  );
  const publicReferences = buyerKindOf(view) === "PUBLIC_BODY" ? buyer.publicReferences : null;
  return element(
    "ram:ApplicableHeaderTradeAgreement",
    // BT-10: Chorus Pro's service code for a public buyer.
    text("ram:BuyerReference", publicReferences?.serviceCode),
    element(
      "ram:SellerTradeParty",
      // BT-29: the SIRET identifies the establishment; BT-30 (BR-FR-10) is the SIREN.
      text("ram:GlobalID", seller.siret, { schemeID: SIRET_SCHEME }),
      text("ram:Name", seller.legalName || seller.name),
      element(
        "ram:SpecifiedLegalOrganization",
        text("ram:ID", sellerSiren(seller), { schemeID: SIREN_SCHEME }),
        seller.name !== seller.legalName ? text("ram:TradingBusinessName", seller.name) : "",
      ),
      contactEmail(seller.email),
      postalAddress(seller.address),
      electronicAddress(sellerElectronicAddress(seller)),
      // BR-O-02: an invoice outside the scope of VAT does not carry the seller's VAT number.
      element(
        "ram:SpecifiedTaxRegistration",
        text("ram:ID", outsideScope ? null : seller.vatNumber, { schemeID: "VA" }),
      ),
      element("ram:SpecifiedTaxRegistration", text("ram:ID", seller.taxRegistrationId, { schemeID: "FC" })),
    ),
    element(
      "ram:BuyerTradeParty",
      text("ram:Name", buyer.name),
      element("ram:SpecifiedLegalOrganization", text("ram:ID", buyer.siren, { schemeID: SIREN_SCHEME })),
      contactEmail(buyer.email),
      postalAddress(buyer.address),
      electronicAddress(buyerElectronicAddress(buyer)),
      element("ram:SpecifiedTaxRegistration", text("ram:ID", buyer.vatNumber, { schemeID: "VA" })),
    ),
    // BT-13: the public buyer's engagement number (Chorus Pro).
    element("ram:BuyerOrderReferencedDocument", text("ram:IssuerAssignedID", publicReferences?.engagementNumber)),
  );
}

function paymentMeans(view: InvoiceView): Node {
  // A credit note is settled by deduction or refund, not by the buyer transferring money to us.
  if (documentTypeOf(view) === "CREDIT_NOTE") return "";
  return element(
    "ram:SpecifiedTradeSettlementPaymentMeans",
    `<ram:TypeCode>${SEPA_CREDIT_TRANSFER}</ram:TypeCode>`,
    text("ram:Information", "Virement SEPA"),
    element(
      "ram:PayeePartyCreditorFinancialAccount",
      text("ram:IBANID", view.payment.iban.replace(/\s+/g, "").toUpperCase()),
      text("ram:AccountName", view.seller.legalName || view.seller.name),
    ),
    element(
      "ram:PayeeSpecifiedCreditorFinancialInstitution",
      text("ram:BICID", view.payment.bic?.replace(/\s+/g, "").toUpperCase()),
    ),
  );
}

function vatBreakdown(view: InvoiceView, totals: InvoiceTotals): Node {
  const categories = view.lines.map((line) => lineVatCategory(view.vatRegime, line.vatTreatment));
  return totals.vatBreakdown
    .map((entry) => {
      const category =
        categories.find((candidate) => candidate.categoryCode === entry.vatCategoryCode) ??
        lineVatCategory(view.vatRegime);
      return element(
        "ram:ApplicableTradeTax",
        `<ram:CalculatedAmount>${centsToDecimalText(entry.taxAmountCents)}</ram:CalculatedAmount>`,
        "<ram:TypeCode>VAT</ram:TypeCode>",
        text("ram:ExemptionReason", category.exemptionReason),
        `<ram:BasisAmount>${centsToDecimalText(entry.taxableAmountCents)}</ram:BasisAmount>`,
        `<ram:CategoryCode>${category.categoryCode}</ram:CategoryCode>`,
        text("ram:ExemptionReasonCode", category.exemptionReasonCode),
        // BT-8: VAT due on debits (option) or on payment (the rule for services).
        text("ram:DueDateTypeCode", vatDueDateTypeCode(view)),
        category.categoryCode === "O"
          ? ""
          : `<ram:RateApplicablePercent>${basisPointsToPercentText(entry.vatBasisPoints)}</ram:RateApplicablePercent>`,
      );
    })
    .join("");
}

function tradeSettlement(view: InvoiceView, totals: InvoiceTotals): Node {
  const paymentTermsText =
    documentTypeOf(view) === "CREDIT_NOTE"
      ? `Avoir sur la facture ${view.correctedInvoice?.number ?? ""}, déduit du solde ou remboursé.`
      : paymentTermsMentions(view).paymentTerms;
  return element(
    "ram:ApplicableHeaderTradeSettlement",
    text("ram:PaymentReference", view.number),
    `<ram:InvoiceCurrencyCode>${view.currency}</ram:InvoiceCurrencyCode>`,
    paymentMeans(view),
    vatBreakdown(view, totals),
    element(
      "ram:BillingSpecifiedPeriod",
      date("ram:StartDateTime", view.servicePeriod.start),
      date("ram:EndDateTime", view.servicePeriod.end),
    ),
    element(
      "ram:SpecifiedTradePaymentTerms",
      text("ram:Description", paymentTermsText),
      date("ram:DueDateDateTime", view.dueDate),
    ),
    element(
      "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
      `<ram:LineTotalAmount>${centsToDecimalText(totals.totalExclTaxCents)}</ram:LineTotalAmount>`,
      `<ram:TaxBasisTotalAmount>${centsToDecimalText(totals.totalExclTaxCents)}</ram:TaxBasisTotalAmount>`,
      `<ram:TaxTotalAmount currencyID="${view.currency}">${centsToDecimalText(totals.totalTaxCents)}</ram:TaxTotalAmount>`,
      `<ram:GrandTotalAmount>${centsToDecimalText(totals.totalInclTaxCents)}</ram:GrandTotalAmount>`,
      `<ram:DuePayableAmount>${centsToDecimalText(totals.amountDueCents)}</ram:DuePayableAmount>`,
    ),
    view.correctedInvoice
      ? element(
          "ram:InvoiceReferencedDocument",
          text("ram:IssuerAssignedID", view.correctedInvoice.number),
          view.correctedInvoice.issueDate
            ? `<ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${toCiiDate(view.correctedInvoice.issueDate)}</qdt:DateTimeString></ram:FormattedIssueDateTime>`
            : "",
        )
      : "",
  );
}

/** The CII XML of an issued invoice or credit note. Throws InvalidInvoiceViewError when the view is not issuable. */
export function buildFacturXml(view: InvoiceView): string {
  assertValidInvoiceView(view);
  const totals = computeInvoiceTotals(totalsLinesOf(view), documentTypeOf(view));
  const body = [
    element(
      "rsm:ExchangedDocumentContext",
      // BT-23 (BR-FR-08): the billing mode.
      element("ram:BusinessProcessSpecifiedDocumentContextParameter", `<ram:ID>${SERVICES_BILLING_MODE}</ram:ID>`),
      element("ram:GuidelineSpecifiedDocumentContextParameter", `<ram:ID>${EN16931_GUIDELINE_ID}</ram:ID>`),
    ),
    element(
      "rsm:ExchangedDocument",
      text("ram:ID", view.number),
      `<ram:TypeCode>${TYPE_CODE[documentTypeOf(view)]}</ram:TypeCode>`,
      date("ram:IssueDateTime", view.issueDate),
      documentNotes(view),
    ),
    element(
      "rsm:SupplyChainTradeTransaction",
      tradeLines(view, totals),
      tradeAgreement(view),
      // The XSD requires this element and the rules forbid it empty: the service is delivered at the member's address.
      element(
        "ram:ApplicableHeaderTradeDelivery",
        element("ram:ShipToTradeParty", text("ram:Name", view.buyer.name), postalAddress(view.buyer.address)),
      ),
      tradeSettlement(view, totals),
    ),
  ].join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"' +
      ' xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"' +
      ' xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"' +
      ' xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">',
    body,
    "</rsm:CrossIndustryInvoice>",
    "",
  ].join("\n");
}
