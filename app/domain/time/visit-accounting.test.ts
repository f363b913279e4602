import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ACCOUNTING_RULES, type TimeAccountingRules, type TimeEntryKind } from "./accounted-minutes";
import { explainAccounting } from "./accounting-explanation";
import { accountVisit } from "./visit-accounting";

const rules = DEFAULT_TIME_ACCOUNTING_RULES;
const kindArb = fc.constantFrom<TimeEntryKind>("ON_SITE", "REMOTE", "TRAVEL");
const rulesArb: fc.Arbitrary<TimeAccountingRules> = fc.record({
  roundingRemoteMinutes: fc.constantFrom(0, 1, 5, 15, 30),
  roundingOnSiteMinutes: fc.constantFrom(0, 1, 15, 30, 60),
  minimumOnSiteMinutes: fc.constantFrom(0, 30, 45, 60, 120),
  roundingTravelMinutes: fc.constantFrom(0, 15, 30),
  roundingPooledMinutes: fc.constantFrom(0, 15),
  travelPercent: fc.constantFrom(0, 50, 100),
});

/** Splits `total` into `cuts + 1` positive parts at the given cut points. */
function split(total: number, cuts: number[]): number[] {
  const points = [...new Set(cuts.map((cut) => 1 + (cut % Math.max(total - 1, 1))))]
    .filter((point) => point < total)
    .sort((a, b) => a - b);
  const parts: number[] = [];
  let previous = 0;
  for (const point of [...points, total]) {
    parts.push(point - previous);
    previous = point;
  }
  return parts;
}

describe("accounting per visit", () => {
  it("charges the example of the issue once: 2 min + 20 min + 1 h 15 → 1 h 37 passées → 2 h", () => {
    const account = accountVisit(
      [
        { rawMinutes: 2, kind: "ON_SITE" },
        { rawMinutes: 20, kind: "ON_SITE" },
        { rawMinutes: 75, kind: "ON_SITE" },
      ],
      rules,
    );
    expect(account.rawMinutes).toBe(97);
    expect(account.accountedMinutes).toBe(120);
    expect(account.perEntry.reduce((a, b) => a + b, 0)).toBe(120);
    expect(explainAccounting(account)).toBe("1 h 37 passées → 2 h décomptées (arrondi à la demi-heure)");
  });

  it("says when the on-site minimum applied", () => {
    const account = accountVisit(
      [
        { rawMinutes: 25, kind: "ON_SITE" },
        { rawMinutes: 12, kind: "ON_SITE" },
      ],
      rules,
    );
    expect(explainAccounting(account)).toBe("37 min passées → 1 h décomptées (minimum sur place 1 h)");
    expect(explainAccounting(accountVisit([{ rawMinutes: 60, kind: "ON_SITE" }], rules))).toBe(
      "1 h passées → 1 h décomptées",
    );
    expect(
      explainAccounting(
        accountVisit([{ rawMinutes: 37, kind: "ON_SITE" }], {
          ...rules,
          minimumOnSiteMinutes: 60,
          roundingOnSiteMinutes: 45,
        }),
      ),
    ).toBe("37 min passées → 1 h 30 décomptées (minimum sur place 1 h, arrondi aux 45 min)");
  });

  it("property: the accounted time of a visit never depends on how its raw time is split into entries", () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.array(
          fc.record({
            kind: kindArb,
            total: fc.integer({ min: 1, max: 600 }),
            cuts: fc.array(fc.nat(), { maxLength: 6 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (visitRules, blocks) => {
          const whole = blocks.map((block) => ({ kind: block.kind, rawMinutes: block.total }));
          const pieces = blocks.flatMap((block) =>
            split(block.total, block.cuts).map((rawMinutes) => ({ kind: block.kind, rawMinutes })),
          );
          const a = accountVisit(whole, visitRules);
          const b = accountVisit(pieces, visitRules);
          expect(b.accountedMinutes).toBe(a.accountedMinutes);
          expect(b.rawMinutes).toBe(a.rawMinutes);
          expect(explainAccounting(b)).toBe(explainAccounting(a));
          // The entries' shares always add up to the visit, and each stays a non-negative integer.
          expect(b.perEntry.reduce((sum, minutes) => sum + minutes, 0)).toBe(b.accountedMinutes);
          expect(b.perEntry.every((minutes) => Number.isSafeInteger(minutes) && minutes >= 0)).toBe(true);
        },
      ),
    );
  });

  it("property: order of entries does not matter either", () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.array(fc.record({ kind: kindArb, rawMinutes: fc.integer({ min: 1, max: 300 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (visitRules, entries) => {
          expect(accountVisit([...entries].reverse(), visitRules).accountedMinutes).toBe(
            accountVisit(entries, visitRules).accountedMinutes,
          );
        },
      ),
    );
  });
});
