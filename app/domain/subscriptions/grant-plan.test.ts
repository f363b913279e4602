import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planGrantMovement } from "./grant-plan";

describe("planGrantMovement", () => {
  it("writes the first grant under grant:<id>", () => {
    expect(planGrantMovement("s1", [], 3780)).toEqual({
      kind: "GRANT",
      minutes: 3780,
      idempotencyKey: "grant:s1",
      reason: "Attribution des parts souscrites",
    });
  });

  it("appends the difference under grant:<id>:<n>", () => {
    expect(planGrantMovement("s1", [{ minutes: 3780 }], 5670)).toMatchObject({
      kind: "GRANT",
      minutes: 1890,
      idempotencyKey: "grant:s1:1",
    });
    expect(planGrantMovement("s1", [{ minutes: 3780 }, { minutes: 1890 }], 3780)).toMatchObject({
      kind: "ADJUSTMENT",
      minutes: -1890,
      idempotencyKey: "grant:s1:2",
      reason: "Modification du nombre de parts",
    });
  });

  it("writes nothing when the grant already matches", () => {
    expect(planGrantMovement("s1", [{ minutes: 3780 }], 3780)).toBeNull();
  });

  it("after any sequence of changes, the movements add up to the last target, with unique keys", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 20 }), (targets) => {
        const written: { minutes: number; idempotencyKey: string; kind: string }[] = [];
        for (const target of targets) {
          const plan = planGrantMovement("s", written, target);
          if (plan) written.push(plan);
          if (plan?.kind === "GRANT") expect(plan.minutes).toBeGreaterThanOrEqual(0);
        }
        expect(written.reduce((sum, movement) => sum + movement.minutes, 0)).toBe(targets.at(-1));
        expect(new Set(written.map((movement) => movement.idempotencyKey)).size).toBe(written.length);
      }),
    );
  });
});
