import { describe, expect, it } from "vitest";
import { GRANT_CHANGE_REASON, GRANT_REASON } from "../subscriptions/grant-plan";
import { TIME_CORRECTION_REASON } from "../time/consumption-deltas";
import { systemReasonKey } from "./system-reasons";

describe("systemReasonKey", () => {
  it("names a catalogue key for every reason the application writes", () => {
    expect(systemReasonKey(GRANT_REASON)).toBe("ledger.reason.grant");
    expect(systemReasonKey(GRANT_CHANGE_REASON)).toBe("ledger.reason.grantChange");
    expect(systemReasonKey(TIME_CORRECTION_REASON)).toBe("ledger.reason.timeCorrection");
  });

  it("leaves a reason a person typed as it is", () => {
    expect(systemReasonKey("Geste commercial après la panne du 3 mars")).toBeNull();
  });
});
