import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consumptionDeltas, type RecordedMovement } from "./consumption-deltas";

describe("consumptionDeltas", () => {
  it("writes the whole cost on first save, keyed by the entry", () => {
    expect(consumptionDeltas("e1", false, [{ subscriptionId: "s1", minutes: 90 }], [])).toEqual([
      { subscriptionId: "s1", kind: "CONSUMPTION", minutes: -90, idempotencyKey: "time:e1", reason: "" },
    ]);
    expect(
      consumptionDeltas(
        "e1",
        true,
        [
          { subscriptionId: "a", minutes: 20 },
          { subscriptionId: "b", minutes: 10 },
        ],
        [],
      ).map((d) => d.idempotencyKey),
    ).toEqual(["pooled:e1:a", "pooled:e1:b"]);
  });

  it("appends the difference on edit: more time consumes, less time is given back by an adjustment", () => {
    const recorded = [{ subscriptionId: "s1", minutes: -90 }];
    expect(consumptionDeltas("e1", false, [{ subscriptionId: "s1", minutes: 120 }], recorded)).toEqual([
      { subscriptionId: "s1", kind: "CONSUMPTION", minutes: -30, idempotencyKey: "time:e1:r1:s1", reason: "" },
    ]);
    expect(consumptionDeltas("e1", false, [{ subscriptionId: "s1", minutes: 60 }], recorded)[0]).toMatchObject({
      kind: "ADJUSTMENT",
      minutes: 30,
    });
    expect(consumptionDeltas("e1", false, [{ subscriptionId: "s1", minutes: 90 }], recorded)).toEqual([]);
  });

  it("moves the cost to another subscription when the member changes, and refunds all on delete", () => {
    const recorded = [{ subscriptionId: "s1", minutes: -90 }];
    const moved = consumptionDeltas("e1", false, [{ subscriptionId: "s2", minutes: 60 }], recorded);
    expect(moved.map(({ subscriptionId, minutes }) => ({ subscriptionId, minutes }))).toEqual([
      { subscriptionId: "s1", minutes: 90 },
      { subscriptionId: "s2", minutes: -60 },
    ]);
    expect(new Set(moved.map((d) => d.idempotencyKey)).size).toBe(2);
    expect(consumptionDeltas("e1", false, [], recorded)).toMatchObject([
      { subscriptionId: "s1", minutes: 90, kind: "ADJUSTMENT" },
    ]);
  });

  it("after any sequence of edits, the movements sum to the current cost per subscription", () => {
    const target = fc.array(
      fc.record({ subscriptionId: fc.constantFrom("a", "b", "c"), minutes: fc.integer({ min: 0, max: 720 }) }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(target, { minLength: 1, maxLength: 6 }), fc.boolean(), (revisions, pooled) => {
        const recorded: RecordedMovement[] = [];
        const keys = new Set<string>();
        for (const revision of revisions) {
          for (const delta of consumptionDeltas("e", pooled, revision, recorded)) {
            expect(keys.has(delta.idempotencyKey)).toBe(false);
            keys.add(delta.idempotencyKey);
            expect(delta.kind === "ADJUSTMENT" ? delta.minutes > 0 : delta.minutes < 0).toBe(true);
            recorded.push(delta);
          }
          for (const id of ["a", "b", "c"]) {
            const want = revision.filter((t) => t.subscriptionId === id).reduce((s, t) => s + t.minutes, 0);
            const have = recorded.filter((m) => m.subscriptionId === id).reduce((s, m) => s + m.minutes, 0);
            expect(have).toBe(want === 0 ? 0 : -want);
          }
        }
      }),
    );
  });
});
