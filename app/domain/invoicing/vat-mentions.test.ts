import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  defaultVatBasisPointsForRegime,
  facturXVatCategory,
  isVatRateAllowedForRegime,
  isVatRegime,
  paymentTermsMentions,
  vatMention,
  VAT_REGIMES,
} from "./vat-mentions";

describe("VAT regime mentions", () => {
  it.each([
    ["FRANCHISE_293B", "TVA non applicable, art. 293 B du CGI"],
    ["ASSOCIATION_261_7_1B", "Exonération de TVA, article 261-7-1° b du CGI"],
    ["COST_SHARING_261B", "Exonération de TVA, article 261 B du CGI"],
    ["STANDARD", null],
  ] as const)("prints the exact legal sentence for %s", (regime, sentence) => {
    expect(vatMention(regime)).toBe(sentence);
  });

  it("maps exemptions to Factur-X category E with reason text and code (BR-E-10), standard to S", () => {
    expect(facturXVatCategory("FRANCHISE_293B")).toEqual({
      categoryCode: "E",
      exemptionReason: "TVA non applicable, art. 293 B du CGI",
      exemptionReasonCode: "VATEX-FR-FRANCHISE",
    });
    expect(facturXVatCategory("ASSOCIATION_261_7_1B")).toMatchObject({
      categoryCode: "E",
      exemptionReasonCode: "VATEX-FR-CGI261-7",
    });
    expect(facturXVatCategory("COST_SHARING_261B")).toMatchObject({
      categoryCode: "E",
      exemptionReasonCode: "VATEX-FR-CGI261B",
    });
    expect(facturXVatCategory("STANDARD")).toEqual({
      categoryCode: "S",
      exemptionReason: null,
      exemptionReasonCode: null,
    });
  });

  it("the exemption reason text is the printed mention, so PDF and XML say the same thing", () => {
    for (const regime of VAT_REGIMES) {
      const category = facturXVatCategory(regime);
      if (category.categoryCode === "E") expect(category.exemptionReason).toBe(vatMention(regime));
    }
  });

  it("allows 0 % only under exemptions and a positive rate only under STANDARD", () => {
    expect(defaultVatBasisPointsForRegime("STANDARD")).toBe(2000);
    expect(defaultVatBasisPointsForRegime("FRANCHISE_293B")).toBe(0);
    expectEach(isVatRateAllowedForRegime, [
      ["STANDARD", 2000, true],
      ["STANDARD", 0, false],
      ["COST_SHARING_261B", 0, true],
      ["COST_SHARING_261B", 2000, false],
    ]);
  });

  it("recognises the regime names of the database enum", () => {
    expect(VAT_REGIMES.every(isVatRegime)).toBe(true);
    expect(isVatRegime("EXEMPT")).toBe(false);
  });
});

describe("payment terms mentions", () => {
  const professionalMentions = (latePenaltyRateText: string) =>
    paymentTermsMentions({ dueDate: "2026-02-14", isProfessionalClient: true, latePenaltyRateText })
      .professionalMentions;

  it("gives private clients the due date only", () => {
    expect(
      paymentTermsMentions({ dueDate: "2026-02-14", isProfessionalClient: false, latePenaltyRateText: "x" }),
    ).toEqual({
      paymentTerms: "À régler au plus tard le 14/02/2026.",
      professionalMentions: null,
    });
  });

  it("gives professional clients the penalty rate, the 40 € indemnity and the discount terms (art. L441-10, D441-5)", () => {
    const mentions = professionalMentions("10 %");
    expect(mentions?.latePenalty).toContain("au taux de 10 %");
    expect(mentions?.latePenalty).toContain("L441-10");
    expect(mentions?.recoveryIndemnity).toContain(
      "indemnité forfaitaire pour frais de recouvrement de 40 €".replace(/^i/, "I"),
    );
    expect(mentions?.recoveryIndemnity).toContain("D441-5");
    expect(mentions?.earlyPaymentDiscount).toBe("Pas d'escompte en cas de paiement anticipé.");
  });

  it("falls back to the legal default rate when the association left it blank", () => {
    const mentions = professionalMentions("  ");
    expect(mentions?.latePenalty).toContain("trois fois le taux d'intérêt légal");
  });
});
