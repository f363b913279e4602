import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEDGER_KINDS, sumMinutes, type LedgerKind, type LedgerMovement } from "./movements";
import { carryOverCapMinutes, hasBeenClosed, overageAmountCents, planPeriodClose } from "./period-close";

const m = (kind: LedgerKind, minutes: number): LedgerMovement => ({ kind, minutes, occurredOn: "2026-06-01" });
const base = { carryOverCapPercent: 25, periodEndDate: "2026-12-31", closeKeyPrefix: "close:sub1:p2026" } as const;

describe("planPeriodClose", () => {
  it("carries over up to 25% of the grant and expires the rest", () => {
    // Grant 3780 + carry-in 420; 1000 used → 3200 left. Cap: 25% × 3780 = 945 (carry-in excluded).
    const plan = planPeriodClose({
      ...base,
      movements: [m("GRANT", 3780), m("CARRY_OVER_IN", 420), m("CONSUMPTION", -1000)],
    });
    expect(plan).toEqual({
      movements: [
        {
          kind: "CARRY_OVER_OUT",
          minutes: -945,
          occurredOn: "2026-12-31",
          idempotencyKey: "close:sub1:p2026:carry-over-out",
        },
        { kind: "EXPIRY", minutes: -2255, occurredOn: "2026-12-31", idempotencyKey: "close:sub1:p2026:expiry" },
      ],
      nextPeriodCarryOverIn: {
        kind: "CARRY_OVER_IN",
        minutes: 945,
        occurredOn: "2027-01-01",
        idempotencyKey: "close:sub1:p2026:carry-over-in",
      },
      carriedOverMinutes: 945,
      expiredMinutes: 2255,
      overageMinutes: 0,
      alreadyClosed: false,
    });
  });

  it("carries everything over when the rest is under the cap", () => {
    const plan = planPeriodClose({ ...base, movements: [m("GRANT", 4000), m("CONSUMPTION", -3900)] });
    expect(plan.carriedOverMinutes).toBe(100);
    expect(plan.movements.map((x) => [x.kind, x.minutes])).toEqual([
      ["CARRY_OVER_OUT", -100],
      ["EXPIRY", 0],
    ]);
  });

  it("returns overuse as minutes to bill, with only the close marker in the ledger", () => {
    const plan = planPeriodClose({ ...base, movements: [m("GRANT", 420), m("CONSUMPTION", -500)] });
    expect(plan.overageMinutes).toBe(80);
    expect(plan.nextPeriodCarryOverIn).toBeNull();
    expect(plan.movements).toEqual([
      { kind: "EXPIRY", minutes: 0, occurredOn: "2026-12-31", idempotencyKey: "close:sub1:p2026:expiry" },
    ]);
  });

  it("plans nothing on a ledger that already holds the close", () => {
    const movements = [m("GRANT", 420), m("CONSUMPTION", -500)];
    const first = planPeriodClose({ ...base, movements });
    expect(hasBeenClosed([...movements, ...first.movements], base.closeKeyPrefix)).toBe(true);
    expect(planPeriodClose({ ...base, movements: [...movements, ...first.movements] })).toMatchObject({
      movements: [],
      overageMinutes: 0,
      alreadyClosed: true,
    });
    // Another subscription's close key does not count.
    expect(hasBeenClosed([...movements, ...first.movements], "close:sub2:p2026")).toBe(false);
  });

  it("validates its settings", () => {
    expect(() => planPeriodClose({ ...base, movements: [], carryOverCapPercent: 25.5 })).toThrow(RangeError);
    expect(() => planPeriodClose({ ...base, movements: [], closeKeyPrefix: " " })).toThrow(RangeError);
  });
});

describe("planPeriodClose properties", () => {
  const scenarioArb = fc.record({
    movements: fc.array(movementArb(), { maxLength: 25 }),
    cap: fc.integer({ min: 0, max: 100 }),
  });

  it("never carries over beyond the cap, nor more than what remains", () => {
    fc.assert(
      fc.property(scenarioArb, ({ movements, cap }) => {
        const plan = planPeriodClose({ ...base, movements, carryOverCapPercent: cap });
        expect(plan.carriedOverMinutes).toBeLessThanOrEqual(carryOverCapMinutes(movements, cap));
        expect(plan.carriedOverMinutes).toBeLessThanOrEqual(Math.max(0, sumMinutes(movements)));
        expect(plan.carriedOverMinutes * 100).toBeLessThanOrEqual(sumMinutes(movements, ["GRANT"]) * cap);
        expect(plan.nextPeriodCarryOverIn?.minutes ?? 0).toBe(plan.carriedOverMinutes);
      }),
    );
  });

  it("leaves the closed period at 0, or at −overage", () => {
    fc.assert(
      fc.property(scenarioArb, ({ movements, cap }) => {
        const plan = planPeriodClose({ ...base, movements, carryOverCapPercent: cap });
        const finalBalance = sumMinutes([...movements, ...plan.movements]);
        expect(finalBalance).toBeLessThanOrEqual(0);
        expect(finalBalance + plan.overageMinutes).toBe(0);
      }),
    );
  });

  it("is a no-op the second time, with the same deterministic keys", () => {
    fc.assert(
      fc.property(scenarioArb, ({ movements, cap }) => {
        const plan = planPeriodClose({ ...base, movements, carryOverCapPercent: cap });
        expect(planPeriodClose({ ...base, movements, carryOverCapPercent: cap })).toEqual(plan);
        const again = planPeriodClose({
          ...base,
          movements: [...movements, ...plan.movements],
          carryOverCapPercent: cap,
        });
        expect(again.movements).toEqual([]);
        expect(again.alreadyClosed).toBe(true);
        const keys = plan.movements.map((x) => x.idempotencyKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});

describe("overageAmountCents", () => {
  it("bills pro rata per minute, rounded half up to the cent", () => {
    expect(overageAmountCents(420, 30000)).toBe(30000);
    expect(overageAmountCents(210, 30000)).toBe(15000);
    expect(overageAmountCents(1, 30000)).toBe(71); // 71.43
    expect(overageAmountCents(7, 30000)).toBe(500);
    expect(overageAmountCents(1, 105, 420)).toBe(0); // 0.25
    expect(overageAmountCents(2, 105, 420)).toBe(1); // 0.5 → 1
    expect(() => overageAmountCents(-1, 30000)).toThrow(RangeError);
  });
});

function movementArb(): fc.Arbitrary<LedgerMovement> {
  return fc
    .record({
      kind: fc.constantFrom(...LEDGER_KINDS.filter((k) => k !== "EXPIRY" && k !== "CARRY_OVER_OUT")),
      magnitude: fc.nat(5_000),
      negative: fc.boolean(),
    })
    .map(({ kind, magnitude, negative }) => {
      const sign = kind === "GRANT" || kind === "CARRY_OVER_IN" || (kind === "ADJUSTMENT" && !negative) ? 1 : -1;
      return m(kind, sign * magnitude);
    });
}
