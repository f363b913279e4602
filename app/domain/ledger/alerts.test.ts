import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { crossedAlertThresholds, isPeriodEndAlertDue } from "./alerts";

describe("crossedAlertThresholds", () => {
  it("returns each threshold reached by the change, once", () => {
    expectEach(crossedAlertThresholds, [
      [40, 55, [50]],
      [40, 100, [50, 80, 100]],
      [50, 79, []],
      [49, 50, [50]],
      [100, 130, []],
      [90, 60, []],
      [0, 95, [90, 25, 25], [25, 90]],
    ]);
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
    expectEach(isPeriodEndAlertDue, [
      ["2026-12-01", "2026-12-31", true],
      ["2026-11-30", "2026-12-31", false],
      ["2026-12-31", "2026-12-31", true],
      ["2027-01-01", "2026-12-31", false],
    ]);
  });
});
