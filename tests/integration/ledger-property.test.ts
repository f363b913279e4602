// Property-based, on the database path: random movements appended through the service, then
// the derived balance and the period close are checked against plain arithmetic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memberBalance } from "../../app/domain/ledger/balances.server";
import { appendMovement } from "../../app/domain/ledger/ledger.server";
import { dateColumn } from "../../app/domain/calendar/date-columns";
import { LEDGER_KINDS, signOf, type LedgerKind } from "../../app/domain/ledger/movements";
import { closePeriod } from "../../app/domain/ledger/period-close.server";
import { db } from "../../app/utils/db.server";

// Close movements are the close's own business; the random sequences use the others.
const appendable = LEDGER_KINDS.filter((kind) => kind !== "EXPIRY" && kind !== "CARRY_OVER_OUT");

const movementArbitrary = fc
  .record({
    kind: fc.constantFrom(...appendable),
    magnitude: fc.integer({ min: 0, max: 5000 }),
    day: fc.integer({ min: 0, max: 364 }),
    // A few keys drawn from a small set, so repeats (retries) happen.
    key: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  })
  .map(({ kind, magnitude, day, key }) => ({
    kind: kind as LedgerKind,
    minutes: signOf(kind) === "OUT" ? -magnitude : signOf(kind) === "EITHER" && day % 2 ? -magnitude : magnitude,
    occurredOn: new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10),
    key,
  }));

let run = 0;

async function freshSubscription(carryOverCapPercent: number) {
  run += 1;
  const association = await db().association.create({
    data: { slug: `prop-${run}-${Date.now()}`, name: `Prop ${run}`, legalName: `Prop ${run}`, carryOverCapPercent },
  });
  const associationId = association.id;
  const [period, member] = await Promise.all([
    db().period.create({
      data: { associationId, label: "2025", startDate: dateColumn("2025-01-01"), endDate: dateColumn("2025-12-31") },
    }),
    db().member.create({ data: { associationId, name: "Structure" } }),
  ]);
  const subscription = await db().subscription.create({
    data: {
      associationId,
      memberId: member.id,
      periodId: period.id,
      shareHalves: 2,
      priceCents: 0,
      startDate: period.startDate,
      endDate: period.endDate,
    },
  });
  return { associationId, periodId: period.id, memberId: member.id, subscriptionId: subscription.id };
}

describe("ledger on the database (property-based)", () => {
  it("balance = Σ movements, carry-over ≤ cap, closing twice is a no-op", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(movementArbitrary, { maxLength: 25 }),
        fc.integer({ min: 0, max: 100 }),
        async (movements, cap) => {
          const ids = await freshSubscription(cap);
          const scope = { associationId: ids.associationId };
          const seenKeys = new Set<number>();
          let expected = 0;
          let grants = 0;
          for (const movement of movements) {
            const written = await db().$transaction((tx) =>
              appendMovement(tx, {
                associationId: ids.associationId,
                subscriptionId: ids.subscriptionId,
                kind: movement.kind,
                minutes: movement.minutes,
                occurredOn: movement.occurredOn,
                reason: movement.kind === "ADJUSTMENT" ? "Correction" : "",
                idempotencyKey: movement.key === undefined ? null : `prop:${movement.key}`,
              }),
            );
            const repeat = movement.key !== undefined && seenKeys.has(movement.key);
            expect(written).toBe(!repeat);
            if (repeat) continue;
            if (movement.key !== undefined) seenKeys.add(movement.key);
            expected += movement.minutes;
            if (movement.kind === "GRANT") grants += movement.minutes;
          }

          const view = await memberBalance(scope, ids.memberId, ids.periodId);
          expect(view.balance!.remainingMinutes).toBe(expected);

          await closePeriod(ids.associationId, ids.periodId, null);
          const closeRows = await db().ledgerMovement.findMany({
            where: { subscriptionId: ids.subscriptionId, idempotencyKey: { startsWith: "close:" } },
          });
          const carried = -(closeRows.find((row) => row.kind === "CARRY_OVER_OUT")?.minutes ?? 0);
          expect(carried).toBeLessThanOrEqual(Math.floor((grants * cap) / 100));
          expect(carried).toBeGreaterThanOrEqual(0);
          const afterClose = (await memberBalance(scope, ids.memberId, ids.periodId)).balance!.remainingMinutes;
          expect(afterClose).toBe(Math.min(0, expected));

          const snapshot = await db().ledgerMovement.count({ where: { associationId: ids.associationId } });
          expect(await closePeriod(ids.associationId, ids.periodId, null)).toMatchObject({
            movementsWritten: 0,
            closedNow: false,
          });
          expect(await db().ledgerMovement.count({ where: { associationId: ids.associationId } })).toBe(snapshot);
        },
      ),
      { numRuns: 15 },
    );
  });
});
