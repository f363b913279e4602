// Period close: carry-over within the cap, expiry, overage to bill, carry-over in on the next
// period (now, or later once the subscription exists), and idempotence, also under a race.
import { beforeAll, describe, expect, it } from "vitest";
import { appendMovement, overageToBill } from "../../app/domain/ledger/ledger.server";
import { dateColumn } from "../../app/domain/calendar/date-columns";
import { closePeriod } from "../../app/domain/ledger/period-close.server";
import { overageAmountCents } from "../../app/domain/ledger/period-close";
import { action as closeAction, loader as closeLoader } from "../../app/routes/admin.periodes_.$periodId.cloture";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
let nextPeriodId: string;

const sumOf = async (where: object) =>
  (await db().ledgerMovement.aggregate({ where, _sum: { minutes: true } }))._sum.minutes ?? 0;

async function setRemaining(associationId: string, memberId: string, periodId: string, target: number) {
  const subscription = await db().subscription.findFirstOrThrow({ where: { memberId, periodId } });
  const current = await sumOf({ subscriptionId: subscription.id });
  await db().$transaction((tx) =>
    appendMovement(tx, {
      associationId,
      subscriptionId: subscription.id,
      kind: "CONSUMPTION",
      minutes: -(current - target),
      occurredOn: "2026-10-01",
    }),
  );
}

async function subscribeNext(memberId: string) {
  const { a } = tenants;
  return db().subscription.create({
    data: {
      associationId: a.associationId,
      memberId,
      periodId: nextPeriodId,
      shareHalves: 2,
      priceCents: 200000,
      startDate: dateColumn("2027-01-01"),
      endDate: dateColumn("2027-12-31"),
    },
  });
}

beforeAll(async () => {
  tenants = await seedTwoTenants();
  const { a } = tenants;
  // Grants: 3,780 min (2 half-shares… 1 share = 9 days), 5,670, 3,780; cap 25 % of the grant.
  await setRemaining(a.associationId, a.memberIds[0], a.periodId, 2000); // cap 945 → 945 carried, 1,055 expire
  await setRemaining(a.associationId, a.memberIds[1], a.periodId, -630); // overuse of 1.5 days
  await setRemaining(a.associationId, a.memberIds[2], a.periodId, 300); // all carried
  const next = await db().period.create({
    data: {
      associationId: a.associationId,
      label: "2027",
      startDate: dateColumn("2027-01-01"),
      endDate: dateColumn("2027-12-31"),
    },
  });
  nextPeriodId = next.id;
  await subscribeNext(a.memberIds[2]);
});

describe("period close", () => {
  it("previews carry-over, expiry and overage per member without writing anything", async () => {
    const { a } = tenants;
    const cookie = await sessionCookieFor(a.users.treasurer.email);
    const count = await db().ledgerMovement.count();
    const response = await respond(() =>
      closeLoader({
        request: getRequest(`/admin/periodes/${a.periodId}/cloture`, cookie),
        params: { periodId: a.periodId },
        context: {},
      }),
    );
    const plan = await response.json();
    expect(plan.rows).toHaveLength(3);
    const byRemaining = new Map(
      plan.rows.map((row: { remainingBeforeMinutes: number }) => [row.remainingBeforeMinutes, row]),
    );
    expect(byRemaining.get(2000)).toMatchObject({
      capMinutes: 945,
      carriedOverMinutes: 945,
      expiredMinutes: 1055,
      overageMinutes: 0,
      carryIn: "waiting-subscription",
    });
    expect(byRemaining.get(-630)).toMatchObject({
      carriedOverMinutes: 0,
      expiredMinutes: 0,
      overageMinutes: 630,
      overageCents: 45000,
      carryIn: "none",
    });
    expect(byRemaining.get(300)).toMatchObject({ carriedOverMinutes: 300, expiredMinutes: 0, carryIn: "to-apply" });
    expect(await db().ledgerMovement.count()).toBe(count);
  });

  it("applies the close once; a second run changes nothing", async () => {
    const { a } = tenants;
    const cookie = await sessionCookieFor(a.users.admin.email);
    const post = () =>
      respond(() =>
        closeAction({
          request: postRequest(`/admin/periodes/${a.periodId}/cloture`, { confirm: "on" }, cookie),
          params: { periodId: a.periodId },
          context: {},
        }),
      );
    // Without the confirmation box, nothing is closed.
    const unconfirmed = await respond(() =>
      closeAction({
        request: postRequest(`/admin/periodes/${a.periodId}/cloture`, {}, cookie),
        params: { periodId: a.periodId },
        context: {},
      }),
    );
    expect(unconfirmed.status).toBe(400);
    expect((await db().period.findUniqueOrThrow({ where: { id: a.periodId } })).status).toBe("OPEN");
    expect((await post()).status).toBe(302);

    const period = await db().period.findUniqueOrThrow({ where: { id: a.periodId } });
    expect(period.status).toBe("CLOSED");
    expect(period.closedAt).not.toBeNull();
    expect(period.lockedAt).not.toBeNull();
    // Positive balances end at exactly 0; the overdrawn one stays at −630 for billing.
    expect(await sumOf({ memberId: a.memberIds[0], periodId: a.periodId })).toBe(0);
    expect(await sumOf({ memberId: a.memberIds[1], periodId: a.periodId })).toBe(-630);
    expect(await sumOf({ memberId: a.memberIds[2], periodId: a.periodId })).toBe(0);
    expect(await sumOf({ memberId: a.memberIds[2], periodId: nextPeriodId, kind: "CARRY_OVER_IN" })).toBe(300);
    expect(await db().ledgerMovement.count({ where: { kind: "EXPIRY", periodId: a.periodId } })).toBe(3);

    const snapshot = await db().ledgerMovement.findMany({ orderBy: { id: "asc" } });
    expect((await post()).status).toBe(302);
    expect(await db().ledgerMovement.findMany({ orderBy: { id: "asc" } })).toEqual(snapshot);
    const again = await db().period.findUniqueOrThrow({ where: { id: a.periodId } });
    expect(again.closedAt).toEqual(period.closedAt);
    expect(await db().auditLog.count({ where: { action: "period.close", entityId: a.periodId } })).toBe(1);
  });

  it("records the overage for the invoicing work, derived from the ledger", async () => {
    const { a } = tenants;
    const lines = await overageToBill(a.associationId, a.periodId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      memberId: a.memberIds[1],
      overageMinutes: 630,
      amountCents: overageAmountCents(630, 30000, 420),
    });
    expect(await overageToBill(a.associationId, nextPeriodId)).toEqual([]);
  });

  it("applies a waiting carry-over once the next subscription exists, exactly once", async () => {
    const { a } = tenants;
    const subscription = await subscribeNext(a.memberIds[0]);
    const first = await closePeriod(a.associationId, a.periodId, a.users.admin.id);
    expect(first).toMatchObject({ movementsWritten: 1, closedNow: false });
    expect(await sumOf({ subscriptionId: subscription.id, kind: "CARRY_OVER_IN" })).toBe(945);
    expect(await closePeriod(a.associationId, a.periodId, a.users.admin.id)).toMatchObject({ movementsWritten: 0 });
    expect(await sumOf({ subscriptionId: subscription.id })).toBe(945);
  });

  it("writes one set of movements when two closes race", async () => {
    const { b } = tenants;
    const before = await db().ledgerMovement.count({ where: { associationId: b.associationId } });
    const results = await Promise.all([
      closePeriod(b.associationId, b.periodId, b.users.admin.id),
      closePeriod(b.associationId, b.periodId, b.users.treasurer.id),
    ]);
    const written = await db().ledgerMovement.count({ where: { associationId: b.associationId } });
    // Three subscriptions, each with a carry-over out and an expiry (no next period: no carry-in).
    const closeRows = await db().ledgerMovement.findMany({
      where: { associationId: b.associationId, idempotencyKey: { startsWith: "close:" } },
    });
    expect(new Set(closeRows.map((row) => row.idempotencyKey)).size).toBe(closeRows.length);
    expect(written - before).toBe(closeRows.length);
    expect(results.reduce((sum, result) => sum + result.movementsWritten, 0)).toBe(closeRows.length);
    expect(results.filter((result) => result.closedNow)).toHaveLength(1);
    expect(await db().auditLog.count({ where: { action: "period.close", entityId: b.periodId } })).toBe(1);
    for (const memberId of b.memberIds) expect(await sumOf({ memberId, periodId: b.periodId })).toBe(0);
  });
});
