import type { Message } from "~/domain/domain-error";
import { messageText } from "~/utils/domain-error.server";
import { describe, expect, it } from "vitest";
import { invoiceViewProblems } from "./invoice-view";
import {
  buyerIssuanceBlockers,
  buyerSnapshotOf,
  invoiceViewFromIssued,
  sellerIssuanceBlockers,
  sellerSnapshotOf,
  sellerTaxIdentifiers,
  type AssociationIdentity,
  type IssuedInvoiceRecord,
} from "./issued-invoice-view";

const association: AssociationIdentity = {
  name: "Amie des 7 vallées",
  legalName: "Association Amie des 7 vallées",
  siret: "890 123 456 00017",
  vatNumber: null,
  addressLine1: "12 rue de la Poste",
  addressLine2: "",
  postalCode: "26150",
  city: "Die",
  country: "FR",
  email: "contact@amie.test",
  phone: "",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPPXXX",
  latePenaltyRateText: "trois fois le taux d'intérêt légal",
};

const member = {
  name: "Coopérative Les Champs",
  siren: null,
  siret: "81000791900015",
  addressLine1: "4 place de la Mairie",
  addressLine2: "",
  postalCode: "26400",
  city: "Crest",
  country: "fr",
  billingEmail: "compta@champs.test",
  isProfessional: true,
};

const record = (overrides: Partial<IssuedInvoiceRecord> = {}): IssuedInvoiceRecord => ({
  number: "F2026-0001",
  kind: "SHARES",
  issueDate: new Date("2026-01-15T00:00:00Z"),
  dueDate: new Date("2026-02-14T00:00:00Z"),
  serviceStart: new Date("2026-01-01T00:00:00Z"),
  serviceEnd: new Date("2026-12-31T00:00:00Z"),
  vatRegime: "FRANCHISE_293B",
  isProfessionalClient: true,
  sellerSnapshot: sellerSnapshotOf(association),
  buyerSnapshot: buyerSnapshotOf(member),
  notes: "",
  lines: [
    {
      position: 2,
      description: "Cotisation",
      quantityThousandths: 1000,
      unit: "C62",
      unitPriceCents: 5000,
      vatBasisPoints: 0,
    },
    {
      position: 1,
      description: "Parts 2026",
      quantityThousandths: 1000,
      unit: "C62",
      unitPriceCents: 300_000,
      vatBasisPoints: 0,
    },
  ],
  correctsInvoice: null,
  ...overrides,
});

const french = (messages: Message[]) =>
  messages.map((message) => messageText(message, { locale: "fr", timeZone: "Europe/Paris" }));

describe("seller tax identifier", () => {
  it("uses the VAT number when set, else the SIREN of the SIRET as tax registration id", () => {
    expect(sellerTaxIdentifiers({ siret: "89012345600017", vatNumber: "fr 25 890123456" })).toEqual({
      vatNumber: "FR25890123456",
      taxRegistrationId: null,
    });
    expect(sellerTaxIdentifiers({ siret: "890 123 456 00017", vatNumber: "" })).toEqual({
      vatNumber: null,
      taxRegistrationId: "890123456",
    });
    expect(sellerTaxIdentifiers({ siret: null, vatNumber: null })).toEqual({
      vatNumber: null,
      taxRegistrationId: null,
    });
  });

  it("refuses to issue without SIRET nor VAT number, saying who fixes it and where, never with a URL", () => {
    expect(french(sellerIssuanceBlockers({ ...association, siret: null }, "FRANCHISE_293B"))).toEqual([
      expect.stringContaining("un administrateur de l'association le renseigne dans Administration → Paramètres"),
    ]);
    expect(french(sellerIssuanceBlockers({ ...association, siret: null, iban: "" }, "STANDARD")).join(" ")).not.toMatch(
      /\//,
    );
    expect(sellerIssuanceBlockers(association, "FRANCHISE_293B")).toEqual([]);
    expect(french(sellerIssuanceBlockers(association, "STANDARD"))).toEqual([
      expect.stringContaining("TVA intracommunautaire"),
    ]);
    const identity = {
      name: "X",
      siren: null,
      siret: null,
      addressLine1: "1 rue de la Paix",
      postalCode: "69001",
      city: "Lyon",
      isProfessional: false,
    };
    expect(buyerIssuanceBlockers({ ...identity, siren: "12345" })).toHaveLength(1);
    expect(buyerIssuanceBlockers(identity)).toEqual([]);
    const incomplete = buyerIssuanceBlockers({ ...identity, addressLine1: "", city: " ", isProfessional: true });
    expect(french(incomplete)).toEqual([
      "La fiche de la structure « X » est incomplète pour facturer : il manque l'adresse, la ville et le SIREN (obligatoire pour une structure professionnelle). Complétez sa fiche (Structures → X).",
    ]);
    expect(incomplete.map((message) => messageText(message, { locale: "en", timeZone: "Europe/Paris" }))).toEqual([
      "The record of the organisation “X” is incomplete for invoicing, missing the address, the city and the SIREN (required for a professional organisation). Complete its record (Organisations → X).",
    ]);
  });
});

describe("invoiceViewFromIssued", () => {
  it("rebuilds a valid document from the frozen snapshots, lines in position order", () => {
    const view = invoiceViewFromIssued(record());
    expect(invoiceViewProblems(view)).toEqual([]);
    expect(view.seller.siret).toBe("89012345600017");
    expect(view.seller.taxRegistrationId).toBe("890123456");
    expect(view.buyer.siren).toBe("810007919");
    expect(view.buyer.address.countryCode).toBe("FR");
    expect(view.lines.map((line) => line.description)).toEqual(["Parts 2026", "Cotisation"]);
    expect(view.payment).toEqual({
      iban: "FR76 3000 6000 0112 3456 7890 189",
      bic: association.bic,
      paymentLink: null,
    });
  });

  it("never reads live data: the snapshot is all it knows", () => {
    const frozen = record();
    association.name = "Nouveau nom";
    expect(invoiceViewFromIssued(frozen).seller.name).toBe("Amie des 7 vallées");
  });

  it("refuses drafts and foreign snapshots", () => {
    expect(() => invoiceViewFromIssued(record({ number: null }))).toThrow();
    expect(() => invoiceViewFromIssued(record({ sellerSnapshot: { name: "x" } }))).toThrow(/snapshot/);
  });
});
