import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { formatHalfDaysAsDays, halfDaysToDays, halfDaysToMinutes } from "./half-days";

describe("half-day display", () => {
  it("converts and formats", () => {
    expect(halfDaysToDays(27)).toBe(13.5);
    expectEach(formatHalfDaysAsDays, [
      [27, "13,5"],
      [26, "13"],
      [27, "en", "13.5"],
    ]);
    expect(halfDaysToMinutes(3)).toBe(630);
    expect(() => halfDaysToMinutes(1, 415)).toThrow(RangeError);
    expect(() => halfDaysToDays(0.5)).toThrow(RangeError);
  });
});
