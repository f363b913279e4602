import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossedAlertThresholds, isPeriodEndAlertDue } from "./alerts";

describe("crossedAlertThresholds", () => {
  it("returns each threshold reached by the change, once", () => {
    expect(crossedAlertThresholds(40, 55)).toEqual([50]);
    expect(crossedAlertThresholds(40, 100)).toEqual([50, 80, 100]);
    expect(crossedAlertThresholds(50, 79)).toEqual([]);
    expect(crossedAlertThresholds(49, 50)).toEqual([50]);
    expect(crossedAlertThresholds(100, 130)).toEqual([]);
    expect(crossedAlertThresholds(90, 60)).toEqual([]);
    expect(crossedAlertThresholds(0, 95, [90, 25, 25])).toEqual([25, 90]);
  });

  it("never alerts twice along any path of increasing use (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(150), { maxLength: 20 }), (steps) => {
        const path = [0, ...steps.sort((a, b) => a - b)];
        const raised = path.slice(1).flatMap((p, i) => crossedAlertThresholds(path[i], p));
        expect(raised).toEqual([50, 80, 100].filter((t) => t <= path[path.length - 1]));
      }),
    );
  });
});

describe("isPeriodEndAlertDue", () => {
  it("is due in the last 30 days of the period only", () => {
    expect(isPeriodEndAlertDue("2026-12-01", "2026-12-31")).toBe(true);
    expect(isPeriodEndAlertDue("2026-11-30", "2026-12-31")).toBe(false);
    expect(isPeriodEndAlertDue("2026-12-31", "2026-12-31")).toBe(true);
    expect(isPeriodEndAlertDue("2027-01-01", "2026-12-31")).toBe(false);
  });
});
