import { describe, expect, it } from "vitest";
import { entryDurationError, MAX_ENTRY_MINUTES, minutesBetween } from "./durations";

describe("minutesBetween", () => {
  it("rounds to the nearest minute and refuses reversed or offset-less instants", () => {
    expect(minutesBetween("2026-01-05T08:00:00Z", "2026-01-05T08:10:29Z")).toBe(10);
    expect(minutesBetween("2026-01-05T08:00:00Z", "2026-01-05T08:10:30Z")).toBe(11);
    expect(minutesBetween("2026-01-05T09:00:00+01:00", "2026-01-05T08:00:00Z")).toBe(0);
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
    expect(entryDurationError(721)).toBe("TOO_LONG");
    expect(entryDurationError(-1)).toBe("NEGATIVE");
    expect(entryDurationError(1.5)).toBe("NOT_AN_INTEGER");
  });
});
