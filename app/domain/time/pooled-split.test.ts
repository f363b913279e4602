import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPooled, type PoolShareholder } from "./pooled-split";

describe("splitPooled", () => {
  it("splits by largest remainder, in input order", () => {
    // 100 min over 3 + 2 + 2 halves (7): exact 42.86, 28.57, 28.57 → floors 42, 28, 28 (98);
    // the 2 minutes left go to the largest remainders: 0.86 (a), then 0.57 — tie, smaller id (b).
    expect(
      splitPooled(100, [
        { id: "c", shareHalves: 2 },
        { id: "a", shareHalves: 3 },
        { id: "b", shareHalves: 2 },
      ]),
    ).toEqual([
      { id: "c", minutes: 28 },
      { id: "a", minutes: 43 },
      { id: "b", minutes: 29 },
    ]);
  });

  it("gives nothing to a zero share and handles empty cases", () => {
    expect(
      splitPooled(10, [
        { id: "a", shareHalves: 0 },
        { id: "b", shareHalves: 1 },
      ]),
    ).toEqual([
      { id: "a", minutes: 0 },
      { id: "b", minutes: 10 },
    ]);
    expect(splitPooled(0, [])).toEqual([]);
    expect(() => splitPooled(10, [])).toThrow(RangeError);
  });

  it("rejects invalid input", () => {
    expect(() =>
      splitPooled(10, [
        { id: "a", shareHalves: 1 },
        { id: "a", shareHalves: 1 },
      ]),
    ).toThrow(RangeError);
    expect(() => splitPooled(10, [{ id: "a", shareHalves: 1.5 }])).toThrow(RangeError);
    expect(() => splitPooled(-10, [{ id: "a", shareHalves: 1 }])).toThrow(RangeError);
  });
});

const shareholdersArb: fc.Arbitrary<PoolShareholder[]> = fc
  .uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), shareHalves: fc.integer({ min: 0, max: 24 }) }),
    {
      minLength: 1,
      maxLength: 15,
      selector: (s) => s.id,
    },
  )
  .filter((list) => list.some((s) => s.shareHalves > 0));
const totalArb = fc.integer({ min: 0, max: 10_000 });

describe("splitPooled properties", () => {
  it("adds up exactly, each part within one minute of its exact share", () => {
    fc.assert(
      fc.property(totalArb, shareholdersArb, (total, shareholders) => {
        const parts = splitPooled(total, shareholders);
        const halves = shareholders.reduce((s, x) => s + x.shareHalves, 0);
        expect(parts.reduce((s, p) => s + p.minutes, 0)).toBe(total);
        parts.forEach((part, i) => {
          expect(part.id).toBe(shareholders[i].id);
          // |minutes − total × share / halves| < 1, in integers.
          expect(Math.abs(part.minutes * halves - total * shareholders[i].shareHalves)).toBeLessThan(halves);
        });
      }),
    );
  });

  it("never gives fewer minutes to more shares, and ignores input order", () => {
    fc.assert(
      fc.property(totalArb, shareholdersArb, (total, shareholders) => {
        const parts = splitPooled(total, shareholders);
        for (let i = 0; i < parts.length; i++) {
          for (let j = 0; j < parts.length; j++) {
            if (shareholders[i].shareHalves > shareholders[j].shareHalves) {
              expect(parts[i].minutes).toBeGreaterThanOrEqual(parts[j].minutes);
            }
            if (shareholders[i].shareHalves === shareholders[j].shareHalves) {
              expect(Math.abs(parts[i].minutes - parts[j].minutes)).toBeLessThanOrEqual(1);
            }
          }
        }
        const reversed = splitPooled(total, [...shareholders].reverse());
        expect([...reversed].reverse()).toEqual(parts);
      }),
    );
  });
});
