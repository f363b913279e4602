import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { resolveEntryTimes } from "./entry-times";

const PARIS = "Europe/Paris";

describe("resolveEntryTimes", () => {
  it("counts the real minutes across the Paris daylight-saving changes", () => {
    const spring = resolveEntryTimes(
      { date: "2026-03-29", mode: "times", startTime: "01:30", endTime: "03:30" },
      PARIS,
    );
    expect(spring).toMatchObject({ ok: true, value: { rawMinutes: 60, localDate: "2026-03-29" } });
    const autumn = resolveEntryTimes(
      { date: "2026-10-25", mode: "times", startTime: "01:30", endTime: "03:30" },
      PARIS,
    );
    expect(autumn).toMatchObject({ ok: true, value: { rawMinutes: 180 } });
    if (autumn.ok) {
      expect(autumn.value.startedAt?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
      expect(autumn.value.endedAt?.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    }
  });

  it("keeps a duration without instants", () => {
    expect(resolveEntryTimes({ date: "2026-11-23", mode: "duration", durationMinutes: 95 }, PARIS)).toEqual({
      ok: true,
      value: { startedAt: null, endedAt: null, localDate: "2026-11-23", rawMinutes: 95 },
    });
  });

  it("refuses reversed, empty, malformed and over-12-hour entries", () => {
    const times = (startTime: string, endTime: string) =>
      resolveEntryTimes({ date: "2026-11-23", mode: "times", startTime, endTime }, PARIS);
    expectEach(times, [
      ["10:00", "09:00", { ok: false, error: "END_BEFORE_START" }],
      ["10:00", "10:00", { ok: false, error: "EMPTY" }],
      ["9:00", "10:00", { ok: false, error: "INVALID_TIME" }],
      ["06:00", "18:01", { ok: false, error: "TOO_LONG" }],
    ]);
    expect(times("06:00", "18:00")).toMatchObject({ ok: true, value: { rawMinutes: 720 } });
    expect(resolveEntryTimes({ date: "2026-11-23", mode: "duration", durationMinutes: 721 }, PARIS)).toEqual({
      ok: false,
      error: "TOO_LONG",
    });
    expect(resolveEntryTimes({ date: "2026-11-23", mode: "duration", durationMinutes: 0 }, PARIS)).toEqual({
      ok: false,
      error: "EMPTY",
    });
    expect(resolveEntryTimes({ date: "2026-02-30", mode: "duration", durationMinutes: 10 }, PARIS)).toEqual({
      ok: false,
      error: "INVALID_DATE",
    });
  });

  it("never produces an entry longer than 12 h or shorter than a minute", () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    const date = fc.constantFrom("2026-03-29", "2026-10-25", "2026-06-15", "2026-11-23");
    fc.assert(
      fc.property(date, time, time, (day, startTime, endTime) => {
        const result = resolveEntryTimes({ date: day, mode: "times", startTime, endTime }, PARIS);
        if (result.ok) {
          expect(result.value.rawMinutes).toBeGreaterThanOrEqual(1);
          expect(result.value.rawMinutes).toBeLessThanOrEqual(720);
          expect(result.value.endedAt!.getTime() - result.value.startedAt!.getTime()).toBe(
            result.value.rawMinutes * 60_000,
          );
        }
      }),
    );
  });
});
