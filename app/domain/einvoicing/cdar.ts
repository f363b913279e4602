// CDAR lifecycle messages (UN/CEFACT CrossDomainAcknowledgementAndResponse D22B, French profile of
// XP Z12-012, rules BR-FR-CDV). `cdarPaymentReceived` writes the "Encaissée" (212) status the seller
// sends for an invoice whose VAT is due on payment; `readCdarStatuses` reads the statuses a PA sends
// back. Pure, so both are unit-tested and the written XML is checked against the XSD and schematron.
import { XMLParser } from "fast-xml-parser";
// The one escaper of user text in XML: it also drops what XML 1.0 cannot carry (a pasted control character).
import { escapeXml } from "~/domain/invoicing/xml-text";

const NS = {
  rsm: "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100",
  ram: "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  udt: "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
  qdt: "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
};

/** 2026-11-24T08:00:00Z → 20261124080000 (format 204, UTC). */
const dateTime204 = (instant: Date) => instant.toISOString().replace(/[-:T]/g, "").slice(0, 14);

export type PaymentReceived = {
  messageId: string;
  issuedAt: Date;
  seller: { siren: string; name: string };
  buyer: { siren: string | null; name: string; electronicAddress: { scheme: string; value: string } };
  invoice: { number: string; issueDate: string; typeCode: "380" | "381" };
  /** The date the money was received (YYYY-MM-DD). */
  receivedOn: string;
  /** Amount received per VAT rate (basis points), in cents, VAT included. */
  amountsByRate: { vatBasisPoints: number; amountCents: number }[];
};

const amount = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;
const percent = (basisPoints: number) =>
  basisPoints % 100 === 0 ? String(basisPoints / 100) : (basisPoints / 100).toFixed(2).replace(/0$/, "");

/** The "Encaissée" (212) CDAR the seller sends to its PA, one MEN amount per VAT rate (BR-FR-CDV-14). */
export function cdarPaymentReceived(message: PaymentReceived): string {
  const sellerId = `<ram:GlobalID schemeID="0002">${escapeXml(message.seller.siren)}</ram:GlobalID>`;
  const buyerId = message.buyer.siren
    ? `<ram:GlobalID schemeID="0002">${escapeXml(message.buyer.siren)}</ram:GlobalID>`
    : "";
  const characteristics = message.amountsByRate
    .map(
      (line) => `
          <ram:SpecifiedDocumentCharacteristic>
            <ram:TypeCode>MEN</ram:TypeCode>
            <ram:ValueAmount currencyID="EUR">${amount(line.amountCents)}</ram:ValueAmount>
            <ram:ValuePercent>${percent(line.vatBasisPoints)}</ram:ValuePercent>
          </ram:SpecifiedDocumentCharacteristic>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossDomainAcknowledgementAndResponse xmlns:rsm="${NS.rsm}" xmlns:ram="${NS.ram}" xmlns:udt="${NS.udt}" xmlns:qdt="${NS.qdt}">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>REGULATED</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn.cpro.gouv.fr:1p0:CDV:invoice</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${escapeXml(message.messageId)}</ram:ID>
    <ram:Name>Statut Encaissée</ram:Name>
    <ram:IssueDateTime><udt:DateTimeString format="204">${dateTime204(message.issuedAt)}</udt:DateTimeString></ram:IssueDateTime>
    <ram:SenderTradeParty>${sellerId}<ram:RoleCode>SE</ram:RoleCode></ram:SenderTradeParty>
    <ram:IssuerTradeParty>${sellerId}<ram:Name>${escapeXml(message.seller.name)}</ram:Name><ram:RoleCode>SE</ram:RoleCode></ram:IssuerTradeParty>
    <ram:RecipientTradeParty>${buyerId}<ram:Name>${escapeXml(message.buyer.name)}</ram:Name><ram:RoleCode>BY</ram:RoleCode><ram:URIUniversalCommunication><ram:URIID schemeID="${escapeXml(message.buyer.electronicAddress.scheme)}">${escapeXml(message.buyer.electronicAddress.value)}</ram:URIID></ram:URIUniversalCommunication></ram:RecipientTradeParty>
  </rsm:ExchangedDocument>
  <rsm:AcknowledgementDocument>
    <ram:MultipleReferencesIndicator><udt:Indicator>false</udt:Indicator></ram:MultipleReferencesIndicator>
    <ram:TypeCode>23</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="204">${dateTime204(message.issuedAt)}</udt:DateTimeString></ram:IssueDateTime>
    <ram:ReferenceReferencedDocument>
      <ram:IssuerAssignedID>${escapeXml(message.invoice.number)}</ram:IssuerAssignedID>
      <ram:TypeCode>${message.invoice.typeCode}</ram:TypeCode>
      <ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${message.invoice.issueDate.replace(/-/g, "")}</qdt:DateTimeString></ram:FormattedIssueDateTime>
      <ram:ProcessConditionCode>212</ram:ProcessConditionCode>
      <ram:ProcessCondition>Encaissée</ram:ProcessCondition>
      <ram:IssuerTradeParty>${sellerId}<ram:RoleCode>SE</ram:RoleCode></ram:IssuerTradeParty>
      <ram:SpecifiedDocumentStatus>
        <ram:ReferenceDateTime><udt:DateTimeString format="102">${message.receivedOn.replace(/-/g, "")}</udt:DateTimeString></ram:ReferenceDateTime>
        <ram:SequenceNumeric>1</ram:SequenceNumeric>${characteristics}
      </ram:SpecifiedDocumentStatus>
    </ram:ReferenceReferencedDocument>
  </rsm:AcknowledgementDocument>
</rsm:CrossDomainAcknowledgementAndResponse>
`;
}

export type CdarStatus = {
  invoiceNumber: string;
  code: string;
  occurredAt: Date;
  reasonCode: string;
  reasonText: string;
};

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    [
      "AcknowledgementDocument",
      "ReferenceReferencedDocument",
      "SpecifiedDocumentStatus",
      "Reason",
      "ProcessCondition",
    ].includes(name),
});

type Node = Record<string, unknown>;
const text = (value: unknown): string => {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return text((value as Node)["#text"]);
  return String(value).trim();
};

/** YYYYMMDD or YYYYMMDDHHMMSS (UTC) → instant; null when absent or malformed. */
function instantOf(value: unknown): Date | null {
  const raw = text((value as Node | undefined)?.DateTimeString);
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(raw);
  if (!match) return null;
  const [, y, m, d, hh = "00", mm = "00", ss = "00"] = match;
  const instant = new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss}Z`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** Every (invoice, status) pair a CDAR message carries; throws on a document that is not a CDAR. */
export function readCdarStatuses(xml: string): CdarStatus[] {
  const root = (parser.parse(xml) as Node).CrossDomainAcknowledgementAndResponse as Node | undefined;
  if (!root) throw new Error("Message de statut illisible : ce n'est pas un CDAR.");
  const issuedAt = instantOf((root.ExchangedDocument as Node | undefined)?.IssueDateTime);
  const statuses: CdarStatus[] = [];
  for (const acknowledgement of (root.AcknowledgementDocument as Node[] | undefined) ?? []) {
    const acknowledgedAt = instantOf(acknowledgement.IssueDateTime) ?? issuedAt;
    for (const reference of (acknowledgement.ReferenceReferencedDocument as Node[] | undefined) ?? []) {
      const details = (reference.SpecifiedDocumentStatus as Node[] | undefined) ?? [];
      const reasons = details.filter(
        (detail) => text(detail.ReasonCode) || (detail.Reason as unknown[] | undefined)?.length,
      );
      const code = text(reference.ProcessConditionCode);
      const occurredAt = acknowledgedAt;
      if (!code || !occurredAt) throw new Error("Message de statut incomplet : code ou date absents.");
      statuses.push({
        invoiceNumber: text(reference.IssuerAssignedID),
        code,
        occurredAt,
        reasonCode: reasons
          .map((detail) => text(detail.ReasonCode))
          .filter(Boolean)
          .join(", "),
        reasonText: reasons
          .flatMap((detail) => ((detail.Reason as unknown[] | undefined) ?? []).map(text))
          .filter(Boolean)
          .join(" "),
      });
    }
  }
  return statuses;
}
