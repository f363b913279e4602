import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { entryDurationError, MAX_ENTRY_MINUTES, minutesBetween } from "./durations";

describe("minutesBetween", () => {
  it("rounds to the nearest minute and refuses reversed or offset-less instants", () => {
    expectEach(minutesBetween, [
      ["2026-01-05T08:00:00Z", "2026-01-05T08:10:29Z", 10],
      ["2026-01-05T08:00:00Z", "2026-01-05T08:10:30Z", 11],
      ["2026-01-05T09:00:00+01:00", "2026-01-05T08:00:00Z", 0],
    ]);
    expect(() => minutesBetween("2026-01-05T09:00:00Z", "2026-01-05T08:00:00Z")).toThrow(RangeError);
    expect(() => minutesBetween("2026-01-05T08:00:00", "2026-01-05T09:00:00Z")).toThrow(RangeError);
    expect(() => minutesBetween(new Date(NaN), new Date())).toThrow(RangeError);
  });
});

describe("entryDurationError", () => {
  it("accepts 0 to 12 h", () => {
    expect(MAX_ENTRY_MINUTES).toBe(720);
    expect(entryDurationError(0)).toBeNull();
    expect(entryDurationError(720)).toBeNull();
    expectEach(entryDurationError, [
      [721, "TOO_LONG"],
      [-1, "NEGATIVE"],
      [1.5, "NOT_AN_INTEGER"],
    ]);
  });
});
