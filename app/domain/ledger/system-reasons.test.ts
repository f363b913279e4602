import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { GRANT_CHANGE_REASON, GRANT_REASON } from "../subscriptions/grant-plan";
import { TIME_CORRECTION_REASON } from "../time/consumption-deltas";
import { PERIOD_CLOSE_REASON, carryOverReason, lateCancellationReason, systemReason } from "./system-reasons";

describe("systemReason", () => {
  it("names a catalogue key for every fixed reason the application writes", () => {
    expectEach(systemReason, [
      [GRANT_REASON, { key: "ledger.reason.grant", values: {} }],
      [GRANT_CHANGE_REASON, { key: "ledger.reason.grantChange", values: {} }],
      [TIME_CORRECTION_REASON, { key: "ledger.reason.timeCorrection", values: {} }],
      [PERIOD_CLOSE_REASON, { key: "ledger.reason.periodClose", values: {} }],
    ]);
  });

  it("reads back the values of the reasons it builds", () => {
    expect(systemReason(carryOverReason("2025"))).toEqual({
      key: "ledger.reason.carryOver",
      values: { period: "2025" },
    });
    expect(systemReason(lateCancellationReason("imprévu"))).toEqual({
      key: "ledger.reason.lateCancellation",
      values: { reason: "imprévu" },
    });
  });

  it("leaves a reason a person typed as it is", () => {
    expect(systemReason("Geste commercial après la panne du 3 mars")).toBeNull();
  });
});
