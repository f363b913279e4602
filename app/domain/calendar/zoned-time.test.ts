import { describe, expect, it } from "vitest";
import { minutesBetween } from "../time/durations";
import { localDateOf, localMinutesOfDay, zonedLocalTimeToInstant } from "./zoned-time";

const PARIS = "Europe/Paris";

describe("minutesBetween across Paris DST changes", () => {
  it("lasts 60 min from 01:30 to 03:30 local on 29 March 2026 (02:00 → 03:00)", () => {
    const start = zonedLocalTimeToInstant("2026-03-29", "01:30", PARIS);
    const end = zonedLocalTimeToInstant("2026-03-29", "03:30", PARIS);
    expect(start.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(minutesBetween(start, end)).toBe(60);
  });

  it("lasts 180 min from 01:30 to 03:30 local on 25 October 2026 (03:00 → 02:00)", () => {
    const start = zonedLocalTimeToInstant("2026-10-25", "01:30", PARIS);
    const end = zonedLocalTimeToInstant("2026-10-25", "03:30", PARIS);
    expect(minutesBetween(start, end)).toBe(180);
    expect(minutesBetween("2026-10-25T01:30:00+02:00", "2026-10-25T03:30:00+01:00")).toBe(180);
  });

  it("resolves impossible and repeated wall times as documented", () => {
    expect(zonedLocalTimeToInstant("2026-03-29", "02:30", PARIS).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedLocalTimeToInstant("2026-10-25", "02:30", PARIS).toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("local date of an instant", () => {
  it("uses the zone's calendar, across midnight and DST", () => {
    expect(localDateOf("2026-03-28T23:30:00Z", PARIS)).toBe("2026-03-29"); // 00:30 CET
    expect(localDateOf("2026-06-30T22:30:00Z", PARIS)).toBe("2026-07-01"); // 00:30 CEST
    expect(localDateOf("2026-06-30T21:30:00Z", PARIS)).toBe("2026-06-30"); // 23:30 CEST
    expect(localDateOf("2026-12-31T23:00:00Z", PARIS)).toBe("2027-01-01");
    expect(localDateOf("2026-12-31T23:00:00Z", "UTC")).toBe("2026-12-31");
    expect(localMinutesOfDay("2026-07-01T06:30:00Z", PARIS)).toBe(510); // 08:30
    expect(() => localDateOf("2026-07-01T06:30:00Z", "Not/AZone")).toThrow(RangeError);
    expect(() => zonedLocalTimeToInstant("2026-07-01", "08:30", "Not/AZone")).toThrow(RangeError);
    expect(() => zonedLocalTimeToInstant("2026-07-01", "24:00", PARIS)).toThrow(RangeError);
  });
});
