import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../../tests/support/expect-each";
import { cdarPaymentReceived, readCdarStatuses } from "./cdar";

const payment = {
  messageId: "ENC-F2026-0001",
  issuedAt: new Date("2026-11-24T08:00:00Z"),
  seller: { siren: "890123456", name: "Amie <des> 7 vallées & co" },
  buyer: { siren: "552100554", name: "Client", electronicAddress: { scheme: "0225", value: "552100554" } },
  invoice: { number: "F2026-0001", issueDate: "2026-11-20", typeCode: "380" as const },
  receivedOn: "2026-11-24",
  amountsByRate: [
    { vatBasisPoints: 2000, amountCents: 360_000 },
    { vatBasisPoints: 550, amountCents: 1_055 },
  ],
};

describe("CDAR messages", () => {
  it("writes Encaissée with one MEN amount and VAT rate per rate, escaped", () => {
    const xml = cdarPaymentReceived(payment);
    expectContainsAll(xml, [
      "<ram:ProcessConditionCode>212</ram:ProcessConditionCode>",
      '<ram:ValueAmount currencyID="EUR">3600.00</ram:ValueAmount>',
      "<ram:ValuePercent>20</ram:ValuePercent>",
      '<ram:ValueAmount currencyID="EUR">10.55</ram:ValueAmount>',
      "<ram:ValuePercent>5.5</ram:ValuePercent>",
      "Amie &lt;des&gt; 7 vallées &amp; co",
    ]);
  });

  it("drops a control character pasted into a name, which XML 1.0 cannot carry even escaped", () => {
    const xml = cdarPaymentReceived({ ...payment, buyer: { ...payment.buyer, name: "Client\u0007 du bourg" } });
    expect(xml).toContain("<ram:Name>Client du bourg</ram:Name>");
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });

  it("reads back what it writes", () => {
    expect(readCdarStatuses(cdarPaymentReceived(payment))).toEqual([
      {
        invoiceNumber: "F2026-0001",
        code: "212",
        occurredAt: new Date("2026-11-24T08:00:00Z"),
        reasonCode: "",
        reasonText: "",
      },
    ]);
  });

  it("reads a rejection with its reason code and text", () => {
    const xml = `<?xml version="1.0"?>
<rsm:CrossDomainAcknowledgementAndResponse xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument><ram:ID>X</ram:ID><ram:IssueDateTime><udt:DateTimeString format="204">20261124093000</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:AcknowledgementDocument><ram:TypeCode>305</ram:TypeCode>
    <ram:ReferenceReferencedDocument><ram:IssuerAssignedID>F2026-0007</ram:IssuerAssignedID><ram:ProcessConditionCode>213</ram:ProcessConditionCode>
      <ram:SpecifiedDocumentStatus><ram:ReasonCode>REJ_SEMAN</ram:ReasonCode><ram:Reason>Adresse de facturation électronique inconnue</ram:Reason></ram:SpecifiedDocumentStatus>
    </ram:ReferenceReferencedDocument></rsm:AcknowledgementDocument>
</rsm:CrossDomainAcknowledgementAndResponse>`;
    expect(readCdarStatuses(xml)).toEqual([
      {
        invoiceNumber: "F2026-0007",
        code: "213",
        occurredAt: new Date("2026-11-24T09:30:00Z"),
        reasonCode: "REJ_SEMAN",
        reasonText: "Adresse de facturation électronique inconnue",
      },
    ]);
  });

  it("refuses a document that is not a CDAR", () => {
    expect(() => readCdarStatuses("<Invoice/>")).toThrow(/CDAR/);
  });
});
