// The ledger service and the balance pages: append-only writes, derived balances with
// reservations, the member view, the staff table and its CSV, and manual adjustments.
import { beforeAll, describe, expect, it } from "vitest";
import { memberBalance, memberBalances } from "../../app/domain/ledger/balances.server";
import { appendMovement } from "../../app/domain/ledger/ledger.server";
import { dateColumn } from "../../app/domain/calendar/date-columns";
import { loader as memberLoader } from "../../app/routes/espace-membre.solde";
import { action as detailAction, loader as detailLoader } from "../../app/routes/soldes.$memberId";
import { loader as tableLoader } from "../../app/routes/soldes._index";
import { loader as csvLoader } from "../../app/routes/soldes[.]csv";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const now = new Date("2026-11-23T06:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

async function sumFor(memberId: string, periodId: string) {
  const sum = await db().ledgerMovement.aggregate({ where: { memberId, periodId }, _sum: { minutes: true } });
  return sum._sum.minutes ?? 0;
}

async function subscriptionOf(memberId: string) {
  return db().subscription.findFirstOrThrow({ where: { memberId } });
}

describe("appendMovement", () => {
  it("writes a keyed movement once, however often it is repeated", async () => {
    const { a } = tenants;
    const subscription = await subscriptionOf(a.memberIds[2]);
    const input = {
      associationId: a.associationId,
      subscriptionId: subscription.id,
      kind: "CONSUMPTION" as const,
      minutes: -45,
      occurredOn: "2026-11-02",
      reason: "",
      idempotencyKey: "test:repeat",
    };
    const before = await sumFor(a.memberIds[2], a.periodId);
    expect(await db().$transaction((tx) => appendMovement(tx, input))).toBe(true);
    expect(await db().$transaction((tx) => appendMovement(tx, input))).toBe(false);
    expect(await sumFor(a.memberIds[2], a.periodId)).toBe(before - 45);
    const row = await db().ledgerMovement.findFirstOrThrow({ where: { idempotencyKey: "test:repeat" } });
    expect(row.memberId).toBe(a.memberIds[2]);
    expect(row.periodId).toBe(a.periodId);
  });

  it("refuses a wrong sign, an adjustment without reason, and another tenant's subscription", async () => {
    const { a, b } = tenants;
    const subscription = await subscriptionOf(a.memberIds[2]);
    const base = { associationId: a.associationId, subscriptionId: subscription.id, occurredOn: "2026-11-02" };
    const count = await db().ledgerMovement.count();
    await expect(
      db().$transaction((tx) => appendMovement(tx, { ...base, kind: "CONSUMPTION", minutes: 30 })),
    ).rejects.toThrow(/≤ 0/);
    await expect(
      db().$transaction((tx) => appendMovement(tx, { ...base, kind: "GRANT", minutes: -30 })),
    ).rejects.toThrow(/≥ 0/);
    await expect(
      db().$transaction((tx) => appendMovement(tx, { ...base, kind: "ADJUSTMENT", minutes: 30, reason: "  " })),
    ).rejects.toThrow(/reason/);
    await expect(
      db().$transaction((tx) => appendMovement(tx, { ...base, kind: "CONSUMPTION", minutes: -1.5 })),
    ).rejects.toThrow(/integer/);
    const foreign = await subscriptionOf(b.memberIds[0]);
    await expect(
      db().$transaction((tx) =>
        appendMovement(tx, { ...base, subscriptionId: foreign.id, kind: "CONSUMPTION", minutes: -30 }),
      ),
    ).rejects.toThrow(/Unknown subscription/);
    expect(await db().ledgerMovement.count()).toBe(count);
  });
});

describe("memberBalances", () => {
  it("derives every figure from the movements, reservations from planned interventions", async () => {
    const { a } = tenants;
    const view = await memberBalances({ associationId: a.associationId }, a.periodId, now);
    expect(view.rows).toHaveLength(3);
    for (const row of view.rows) {
      expect(row.remainingMinutes).toBe(await sumFor(row.memberId, a.periodId));
      const planned = await db().intervention.aggregate({
        where: { memberId: row.memberId, status: "PLANNED", startsAt: { gte: now }, timeEntries: { none: {} } },
        _sum: { plannedMinutes: true },
      });
      expect(row.reservedMinutes).toBe(planned._sum.plannedMinutes ?? 0);
      expect(row.availableAfterReservationsMinutes).toBe(row.remainingMinutes - row.reservedMinutes);
    }
    expect(view.rows.reduce((sum, row) => sum + row.reservedMinutes, 0)).toBe(4 * 180);
  });

  it("keeps a reservation while time is logged (less what is charged), releases it when done or cancelled", async () => {
    const { a } = tenants;
    const memberId = a.memberIds[0];
    const reservedOf = async () =>
      (await memberBalances({ associationId: a.associationId, memberId }, a.periodId, now)).rows[0].reservedMinutes;
    const before = await reservedOf();
    const planned = await db().intervention.findFirstOrThrow({ where: { memberId, status: "PLANNED" } });
    const extra = await db().intervention.create({
      data: {
        ...planned,
        id: undefined,
        icsUid: undefined,
        title: "Ajoutée",
        plannedMinutes: 90,
        createdAt: undefined,
        updatedAt: undefined,
      },
    });
    expect(await reservedOf()).toBe(before + 90);
    await db().timeEntry.create({
      data: {
        associationId: a.associationId,
        technicianId: a.technicianId,
        interventionId: extra.id,
        memberId,
        clientId: "reserve-release",
        kind: "ON_SITE",
        localDate: extra.localDate,
        rawMinutes: 10,
        accountedMinutes: 60,
      },
    });
    // Issue 11: the first entry does not release the reservation; only the charged hour comes off it.
    expect(await reservedOf()).toBe(before + 30);
    await db().intervention.update({ where: { id: extra.id }, data: { status: "IN_PROGRESS" } });
    expect(await reservedOf()).toBe(before + 30);
    await db().intervention.update({ where: { id: extra.id }, data: { status: "DONE" } });
    expect(await reservedOf()).toBe(before);
    await db().intervention.update({ where: { id: planned.id }, data: { status: "CANCELLED" } });
    expect(await reservedOf()).toBe(before - planned.plannedMinutes);
    await db().intervention.update({ where: { id: planned.id }, data: { status: "PLANNED" } });
  });

  it("projects exhaustion at the pace of the elapsed period", async () => {
    const { a } = tenants;
    const memberId = a.memberIds[1];
    const subscription = await subscriptionOf(memberId);
    // Consume all but ~1 % of the allotment: at this pace it runs out within days.
    const remaining = await sumFor(memberId, a.periodId);
    await db().$transaction((tx) =>
      appendMovement(tx, {
        associationId: a.associationId,
        subscriptionId: subscription.id,
        kind: "CONSUMPTION",
        minutes: -(remaining - 60),
        occurredOn: "2026-06-01",
      }),
    );
    const row = (await memberBalances({ associationId: a.associationId, memberId }, a.periodId, now)).rows[0];
    expect(row.remainingMinutes).toBe(60);
    // 5,610 min consumed over the 327 elapsed days: the last 60 min last ceil(60 × 327 / 5610) = 4 days.
    expect(row.allottedMinutes - row.remainingMinutes).toBe(5610);
    expect(row.projectedExhaustion).toBe("2026-11-27");
  });

  it("gives another tenant's period a 404", async () => {
    const { a, b } = tenants;
    expect(await statusOf(() => memberBalances({ associationId: a.associationId }, b.periodId))).toBe(404);
    expect(
      await statusOf(() => memberBalance({ associationId: a.associationId, memberId: a.memberIds[0] }, a.memberIds[1])),
    ).toBe(404);
  });
});

describe("movement list", () => {
  it("pages a long list, newest first", async () => {
    const { a } = tenants;
    const memberId = a.memberIds[2];
    const subscription = await subscriptionOf(memberId);
    await db().ledgerMovement.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        associationId: a.associationId,
        subscriptionId: subscription.id,
        memberId,
        periodId: a.periodId,
        kind: "CONSUMPTION" as const,
        minutes: -1,
        occurredOn: dateColumn(`2026-03-${String(1 + (i % 28)).padStart(2, "0")}`),
      })),
    });
    const total = await db().ledgerMovement.count({ where: { subscriptionId: subscription.id } });
    const scope = { associationId: a.associationId };
    const first = await memberBalance(scope, memberId, a.periodId, 1, now);
    const second = await memberBalance(scope, memberId, a.periodId, 2, now);
    expect(first.pageCount).toBe(Math.ceil(total / 50));
    expect(first.movements).toHaveLength(50);
    expect(second.movements).toHaveLength(total - 50);
    const dates = [...first.movements, ...second.movements].map((movement) => movement.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set([...first.movements, ...second.movements].map((movement) => movement.id)).size).toBe(total);
  });
});

describe("member balance page", () => {
  it("shows the member's own balance and movements with their intervention", async () => {
    const { a } = tenants;
    const cookie = await sessionCookieFor(a.users.member.email);
    const response = await respond(() =>
      memberLoader({ request: getRequest("/espace-membre/solde", cookie), params: {}, context: {} }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.member.id).toBe(a.memberIds[0]);
    expect(body.balance.remainingMinutes).toBe(await sumFor(a.memberIds[0], a.periodId));
    const consumption = body.movements.find((movement: { kind: string }) => movement.kind === "CONSUMPTION");
    expect(consumption.intervention.title).toBeTruthy();
    expect(consumption.intervention.localDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("answers 404 for another tenant's period in the query string", async () => {
    const { a, b } = tenants;
    const cookie = await sessionCookieFor(a.users.member.email);
    const request = getRequest(`/espace-membre/solde?periode=${b.periodId}`, cookie);
    expect(await statusOf(() => memberLoader({ request, params: {}, context: {} }))).toBe(404);
  });
});

describe("staff table and CSV", () => {
  it("sorts by the column in the query string", async () => {
    const { a } = tenants;
    const cookie = await sessionCookieFor(a.users.treasurer.email);
    const load = async (query: string) =>
      (
        await respond(() => tableLoader({ request: getRequest(`/soldes?${query}`, cookie), params: {}, context: {} }))
      ).json();
    const desc = await load("tri=restant&ordre=desc");
    const remaining = desc.rows.map((row: { remainingMinutes: number }) => row.remainingMinutes);
    expect(remaining).toEqual([...remaining].sort((x, y) => y - x));
    const asc = await load("tri=restant&ordre=asc");
    expect(asc.rows.map((row: { remainingMinutes: number }) => row.remainingMinutes)).toEqual([...remaining].reverse());
    expect(asc.sort).toEqual({ key: "restant", order: "asc" });
  });

  it("exports a BOM-prefixed ; separated CSV with days written with a comma", async () => {
    const { a } = tenants;
    await db().member.update({ where: { id: a.memberIds[2] }, data: { name: '=HYPERLINK("x")' } });
    const cookie = await sessionCookieFor(a.users.admin.email);
    const response = await respond(() =>
      csvLoader({ request: getRequest(`/soldes.csv?periode=${a.periodId}`, cookie), params: {}, context: {} }),
    );
    expect(response.headers.get("Content-Type")).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split("\r\n");
    expect(lines[0].split(";")[0]).toBe("Structure");
    expect(lines).toHaveLength(4);
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""x"")"`))).toBe(true);
    const grants = lines.slice(1).map((line) => line.split(";")[3]);
    expect(grants).toContain("9,00");
  });
});

describe("adjustments", () => {
  it("refuses an adjustment without reason or with zero time, writing nothing", async () => {
    const { a } = tenants;
    const cookie = await sessionCookieFor(a.users.treasurer.email);
    const count = await db().ledgerMovement.count();
    const post = (fields: Record<string, string>) =>
      respond(() =>
        detailAction({
          request: postRequest(`/soldes/${a.memberIds[0]}`, fields, cookie),
          params: { memberId: a.memberIds[0] },
          context: {},
        }),
      );
    const noReason = await post({ periodId: a.periodId, direction: "add", hours: "1", minutes: "0", reason: "" });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(await noReason.json())).toContain("ledger.errors.reasonRequired");
    expect(
      (await post({ periodId: a.periodId, direction: "add", hours: "0", minutes: "0", reason: "Rien" })).status,
    ).toBe(400);
    expect(
      (await post({ periodId: a.periodId, direction: "add", hours: "1", minutes: "75", reason: "Trop" })).status,
    ).toBe(400);
    expect(
      (await post({ periodId: tenants.b.periodId, direction: "add", hours: "1", minutes: "0", reason: "Autre" }))
        .status,
    ).toBe(404);
    expect(await db().ledgerMovement.count()).toBe(count);
  });

  it("appends a signed adjustment with its reason and an audit entry", async () => {
    const { a } = tenants;
    const cookie = await sessionCookieFor(a.users.treasurer.email);
    const before = await sumFor(a.memberIds[0], a.periodId);
    const response = await respond(() =>
      detailAction({
        request: postRequest(
          `/soldes/${a.memberIds[0]}`,
          { periodId: a.periodId, direction: "remove", hours: "1", minutes: "30", reason: "Intervention oubliée" },
          cookie,
        ),
        params: { memberId: a.memberIds[0] },
        context: {},
      }),
    );
    expect(response.status).toBe(302);
    expect(await sumFor(a.memberIds[0], a.periodId)).toBe(before - 90);
    const movement = await db().ledgerMovement.findFirstOrThrow({
      where: { memberId: a.memberIds[0], kind: "ADJUSTMENT" },
    });
    expect(movement).toMatchObject({ minutes: -90, reason: "Intervention oubliée", createdById: a.users.treasurer.id });
    expect(movement.occurredOn.getTime()).toBeLessThanOrEqual(dateColumn("2026-12-31").getTime());
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "ledger.adjustment" } });
    expect(audit).toMatchObject({
      actorUserId: a.users.treasurer.id,
      reason: "Intervention oubliée",
      entityId: movement.subscriptionId,
    });

    const detail = await respond(() =>
      detailLoader({
        request: getRequest(`/soldes/${a.memberIds[0]}`, cookie),
        params: { memberId: a.memberIds[0] },
        context: {},
      }),
    );
    const body = await detail.json();
    expect(body.balance.adjustmentsMinutes).toBe(-90);
    expect(body.movements[0]).toMatchObject({ kind: "ADJUSTMENT", reason: "Intervention oubliée" });
  });
});
