import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeBalance, usedPercent } from "./balance";
import { assertValidMovement, LEDGER_KINDS, type LedgerKind, type LedgerMovement } from "./movements";

const m = (kind: LedgerKind, minutes: number, occurredOn = "2026-01-15"): LedgerMovement => ({
  kind,
  minutes,
  occurredOn,
});

describe("summarizeBalance", () => {
  it("derives every view from the movements", () => {
    const movements = [
      m("GRANT", 3780), // 1 share × 9 days × 420 min
      m("CARRY_OVER_IN", 420),
      m("CONSUMPTION", -1200),
      m("POOLED_CONSUMPTION", -95),
      m("ADJUSTMENT", 60), // time given back
      m("ADJUSTMENT", -30),
    ];
    expect(summarizeBalance(movements, 630)).toEqual({
      allottedMinutes: 4200,
      consumedMinutes: 1295,
      adjustmentsMinutes: 30,
      expiredMinutes: 0,
      carriedOverOutMinutes: 0,
      reservedMinutes: 630,
      remainingMinutes: 2935, // 4200 − 1295 + 30
      availableAfterReservationsMinutes: 2305,
      usedPercent: 30, // floor(100 × (1295 − 30) / 4200) = floor(30.1)
    });
  });

  it("reports 100% exactly when the balance is exhausted, and overuse beyond", () => {
    expect(summarizeBalance([m("GRANT", 420), m("CONSUMPTION", -420)], 0).usedPercent).toBe(100);
    expect(summarizeBalance([m("GRANT", 420), m("CONSUMPTION", -419)], 0).usedPercent).toBe(99);
    expect(summarizeBalance([m("GRANT", 420), m("CONSUMPTION", -546)], 0)).toMatchObject({
      usedPercent: 130,
      remainingMinutes: -126,
    });
  });

  it("handles an empty ledger and a ledger without allotment", () => {
    expect(summarizeBalance([], 0)).toMatchObject({ remainingMinutes: 0, usedPercent: 0 });
    expect(usedPercent(10, 0)).toBe(100);
    expect(usedPercent(-10, 100)).toBe(0);
  });

  it("rejects movements with the wrong sign or non-integer minutes", () => {
    expect(() => assertValidMovement(m("GRANT", -1))).toThrow(RangeError);
    expect(() => assertValidMovement(m("CONSUMPTION", 1))).toThrow(RangeError);
    expect(() => assertValidMovement(m("EXPIRY", 1))).toThrow(RangeError);
    expect(() => assertValidMovement(m("CONSUMPTION", -1.5))).toThrow(RangeError);
    expect(() => assertValidMovement(m("ADJUSTMENT", -1))).not.toThrow();
    expect(() => summarizeBalance([m("CARRY_OVER_OUT", 5)], 0)).toThrow(RangeError);
    expect(() => summarizeBalance([], -1)).toThrow(RangeError);
  });

  it("keeps remaining = Σ movements and available = remaining − reserved (property)", () => {
    fc.assert(
      fc.property(fc.array(movementArb, { maxLength: 30 }), fc.nat(100_000), (movements, reserved) => {
        const summary = summarizeBalance(movements, reserved);
        expect(summary.remainingMinutes).toBe(movements.reduce((s, x) => s + x.minutes, 0));
        expect(summary.availableAfterReservationsMinutes).toBe(summary.remainingMinutes - reserved);
        expect(summary.remainingMinutes).toBe(
          summary.allottedMinutes -
            summary.consumedMinutes +
            summary.adjustmentsMinutes -
            summary.expiredMinutes -
            summary.carriedOverOutMinutes,
        );
        expect(summary.consumedMinutes).toBeGreaterThanOrEqual(0);
        expect(summary.usedPercent).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

const movementArb: fc.Arbitrary<LedgerMovement> = fc
  .record({ kind: fc.constantFrom(...LEDGER_KINDS), magnitude: fc.nat(10_000), negative: fc.boolean() })
  .map(({ kind, magnitude, negative }) => {
    const sign = kind === "GRANT" || kind === "CARRY_OVER_IN" ? 1 : kind === "ADJUSTMENT" && !negative ? 1 : -1;
    return m(kind, sign * magnitude);
  });
