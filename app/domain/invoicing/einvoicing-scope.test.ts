import { describe, expect, it } from "vitest";
import { einvoicingScopeDecision } from "./einvoicing-scope";
import { VAT_REGIMES } from "./vat-mentions";

describe("einvoicingScopeDecision", () => {
  it("puts only the association charging VAT in scope by default, and says why for every regime", () => {
    for (const regime of VAT_REGIMES) {
      const decision = einvoicingScopeDecision(regime, "AUTO");
      expect(decision.inScope).toBe(regime === "STANDARD");
      expect(decision.overridden).toBe(false);
      expect(decision.byRegime.reason.length).toBeGreaterThan(40);
    }
    expect(einvoicingScopeDecision("ASSOCIATION_261_7_1B", "AUTO").byRegime.reason).toContain("261-7-1° b");
    expect(einvoicingScopeDecision("COST_SHARING_261B", "AUTO").byRegime.reason).toContain("261 B");
  });

  it("lets the treasurer override either way, and knows when it is an override", () => {
    expect(einvoicingScopeDecision("COST_SHARING_261B", "IN_SCOPE")).toMatchObject({ inScope: true, overridden: true });
    expect(einvoicingScopeDecision("STANDARD", "OUT_OF_SCOPE")).toMatchObject({ inScope: false, overridden: true });
    expect(einvoicingScopeDecision("STANDARD", "IN_SCOPE")).toMatchObject({ inScope: true, overridden: false });
  });
});
