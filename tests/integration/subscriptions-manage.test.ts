import { beforeAll, describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "../../app/routes/souscriptions.$subscriptionId";
import { loader as listLoader } from "../../app/routes/souscriptions._index";
import { action as createAction, loader as newLoader } from "../../app/routes/souscriptions.nouvelle";
import { loader as renewLoader, action as renewAction } from "../../app/routes/souscriptions.renouveler";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};
const newMemberIds: string[] = [];

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "treasurer", "technician", "member"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
  // Members without a subscription yet in the seeded 2026 period.
  for (const name of ["Atelier vélo Le Rayon", "Ferme des Sources", "Jardin partagé", "Ludothèque"]) {
    newMemberIds.push((await db().member.create({ data: { associationId: tenants.a.associationId, name } })).id);
  }
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const grantsOf = (subscriptionId: string) =>
  db().ledgerMovement.findMany({ where: { subscriptionId }, orderBy: { createdAt: "asc" } });
const writtenRows = async () => ({
  subscriptions: await db().subscription.count(),
  movements: await db().ledgerMovement.count(),
  audits: await db().auditLog.count(),
});

describe("creating a subscription", () => {
  it("writes the subscription and exactly one GRANT of shares × days per share × minutes per day", async () => {
    const response = await respond(() =>
      createAction(
        args(
          postRequest(
            "/souscriptions/nouvelle",
            { memberId: newMemberIds[0], periodId: tenants.a.periodId, shares: "1,5", billingSchedule: "QUARTERLY" },
            cookie.treasurer,
          ),
        ),
      ),
    );
    expect(response.status).toBe(302);
    const subscription = await db().subscription.findFirstOrThrow({ where: { memberId: newMemberIds[0] } });
    expect(response.headers.get("Location")).toBe(`/souscriptions/${subscription.id}`);
    expect(subscription).toMatchObject({
      shareHalves: 3,
      priceCents: 300000,
      billingSchedule: "QUARTERLY",
      capacityOverride: false,
    });
    expect(subscription.startDate.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(subscription.endDate.toISOString().slice(0, 10)).toBe("2026-12-31");
    const movements = await grantsOf(subscription.id);
    expect(movements).toHaveLength(1);
    // 1.5 shares × 9 days × 420 min.
    expect(movements[0]).toMatchObject({
      kind: "GRANT",
      minutes: 5670,
      idempotencyKey: `grant:${subscription.id}`,
      memberId: newMemberIds[0],
      periodId: tenants.a.periodId,
    });
    expect(await db().auditLog.count({ where: { entityId: subscription.id, action: "subscription.create" } })).toBe(1);
  });

  it("pro-rates price and grant by days when the member joins mid-period", async () => {
    const response = await respond(() =>
      createAction(
        args(
          postRequest(
            "/",
            { memberId: newMemberIds[1], periodId: tenants.a.periodId, shares: "1,5", startDate: "2026-07-01" },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(response.status).toBe(302);
    const subscription = await db().subscription.findFirstOrThrow({ where: { memberId: newMemberIds[1] } });
    // 184 of 365 days: 300000 × 184 / 365 = 151232.9 → 151233 cents; 5670 × 184 / 365 = 2858.3 → 2858 min.
    expect(subscription.priceCents).toBe(151233);
    expect((await grantsOf(subscription.id)).map((movement) => movement.minutes)).toEqual([2858]);
  });

  it("refuses quarter shares, zero shares, bad dates and duplicates with 400, writing nothing", async () => {
    const before = await writtenRows();
    const post = (fields: Record<string, string>) =>
      respond(() =>
        createAction(
          args(
            postRequest(
              "/",
              { memberId: newMemberIds[2], periodId: tenants.a.periodId, shares: "1", ...fields },
              cookie.admin,
            ),
          ),
        ),
      );
    const quarter = await post({ shares: "1,25" });
    expect(quarter.status).toBe(400);
    expect((await quarter.json()).error.shares).toEqual(["subscriptions.errors.sharesHalf"]);
    expect((await (await post({ shares: "0" })).json()).error.shares).toEqual(["subscriptions.errors.sharesZero"]);
    expect((await (await post({ startDate: "2027-02-01" })).json()).error.startDate).toEqual([
      "subscriptions.errors.outsidePeriod",
    ]);
    expect((await (await post({ price: "douze" })).json()).error.price).toEqual(["subscriptions.errors.priceFormat"]);
    const duplicate = await respond(() =>
      createAction(
        args(postRequest("/", { memberId: newMemberIds[0], periodId: tenants.a.periodId, shares: "1" }, cookie.admin)),
      ),
    );
    expect(duplicate.status).toBe(400);
    expect((await duplicate.json()).error.memberId).toEqual(["subscriptions.errors.duplicate"]);
    // Another association's member or period is not offered and not accepted.
    const foreignMember = await respond(() =>
      createAction(
        args(
          postRequest(
            "/",
            { memberId: tenants.b.memberIds[0], periodId: tenants.a.periodId, shares: "1" },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(foreignMember.status).toBe(400);
    const foreignPeriod = await respond(() =>
      createAction(
        args(postRequest("/", { memberId: newMemberIds[2], periodId: tenants.b.periodId, shares: "1" }, cookie.admin)),
      ),
    );
    expect(foreignPeriod.status).toBe(400);
    expect(await writtenRows()).toEqual(before);
  });
});

describe("editing a subscription", () => {
  it("appends a delta movement for a change of shares and never touches the earlier ones", async () => {
    const subscription = await db().subscription.findFirstOrThrow({ where: { memberId: newMemberIds[0] } });
    const [original] = await grantsOf(subscription.id);
    const edit = (shares: string) =>
      respond(() =>
        editAction(
          args(
            postRequest(
              "/",
              { shares, billingSchedule: "MONTHLY", startDate: "2026-01-01", endDate: "2026-12-31" },
              cookie.treasurer,
            ),
            { subscriptionId: subscription.id },
          ),
        ),
      );

    expect((await edit("2")).status).toBe(302);
    let movements = await grantsOf(subscription.id);
    expect(movements).toHaveLength(2);
    expect(movements[0]).toEqual(original);
    expect(movements[1]).toMatchObject({
      kind: "GRANT",
      minutes: 1890,
      reason: "Modification du nombre de parts",
      idempotencyKey: `grant:${subscription.id}:1`,
    });
    const updated = await db().subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(updated).toMatchObject({ shareHalves: 4, priceCents: 400000, billingSchedule: "MONTHLY" });

    // Fewer shares: a GRANT is never negative, so the decrease is an adjustment with its reason.
    expect((await edit("1")).status).toBe(302);
    movements = await grantsOf(subscription.id);
    expect(movements).toHaveLength(3);
    expect(movements[0]).toEqual(original);
    expect(movements[2]).toMatchObject({
      kind: "ADJUSTMENT",
      minutes: -3780,
      reason: "Modification du nombre de parts",
      idempotencyKey: `grant:${subscription.id}:2`,
    });
    expect(movements.reduce((sum, movement) => sum + movement.minutes, 0)).toBe(3780);

    // Same shares again: no movement at all.
    expect((await edit("1")).status).toBe(302);
    expect(await grantsOf(subscription.id)).toHaveLength(3);
    expect(await db().auditLog.count({ where: { entityId: subscription.id, action: "subscription.update" } })).toBe(3);
  });

  it("refuses more shares beyond capacity unless overridden", async () => {
    const subscription = await db().subscription.findFirstOrThrow({ where: { memberId: newMemberIds[0] } });
    const before = await writtenRows();
    const fields = { shares: "40", billingSchedule: "ANNUAL" };
    const refused = await respond(() =>
      editAction(args(postRequest("/", fields, cookie.admin), { subscriptionId: subscription.id })),
    );
    expect(refused.status).toBe(400);
    expect(await writtenRows()).toEqual(before);
    expect((await db().subscription.findUniqueOrThrow({ where: { id: subscription.id } })).shareHalves).toBe(2);
    const accepted = await respond(() =>
      editAction(
        args(postRequest("/", { ...fields, capacityOverride: "on" }, cookie.admin), {
          subscriptionId: subscription.id,
        }),
      ),
    );
    expect(accepted.status).toBe(302);
    const saved = await db().subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(saved).toMatchObject({ shareHalves: 80, capacityOverride: true });
    expect(saved.overrideNote).toMatch(/Claire Bureau/);
    const page = await (
      await respond(() => editLoader(args(getRequest("/", cookie.admin), { subscriptionId: subscription.id })))
    ).json();
    expect(page.subscription.capacityOverride).toBe(true);
    expect(page.subscription.movements).toHaveLength(4);
  });
});

describe("capacity", () => {
  it("refuses a sale beyond capacity without the override, and saves it flagged with it", async () => {
    const before = await writtenRows();
    const fields = { memberId: newMemberIds[2], periodId: tenants.a.periodId, shares: "30" };
    const refused = await respond(() => createAction(args(postRequest("/", fields, cookie.admin))));
    expect(refused.status).toBe(400);
    const [message] = (await refused.json()).error[""];
    expect(message).toMatch(/La capacité est dépassée/);
    expect(message).toMatch(/Je confirme la vente au-delà de la capacité/);
    expect(await writtenRows()).toEqual(before);

    const accepted = await respond(() =>
      createAction(
        args(
          postRequest(
            "/",
            { ...fields, capacityOverride: "on", overrideNote: "Accord du bureau du 3 mars" },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(accepted.status).toBe(302);
    const subscription = await db().subscription.findFirstOrThrow({ where: { memberId: newMemberIds[2] } });
    expect(subscription).toMatchObject({
      shareHalves: 60,
      capacityOverride: true,
      overrideNote: "Accord du bureau du 3 mars",
    });
    const list = await (await respond(() => listLoader(args(getRequest("/souscriptions", cookie.treasurer))))).json();
    const row = list.subscriptions.find((candidate: { id: string }) => candidate.id === subscription.id);
    expect(row.capacityOverride).toBe(true);
    expect(list.capacity.soldHalfDays).toBeGreaterThan(list.capacity.availableHalfDays);
  });
});

describe("access", () => {
  it("answers 404 for another association's subscription, on GET and POST, changing nothing", async () => {
    const foreign = await db().subscription.findFirstOrThrow({ where: { associationId: tenants.b.associationId } });
    expect(
      await statusOf(() => editLoader(args(getRequest("/", cookie.treasurer), { subscriptionId: foreign.id }))),
    ).toBe(404);
    expect(
      await statusOf(() =>
        editAction(args(postRequest("/", { shares: "5" }, cookie.treasurer), { subscriptionId: foreign.id })),
      ),
    ).toBe(404);
    expect(await db().subscription.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
  });

  it("is closed to member users and technicians", async () => {
    for (const role of ["member", "technician"]) {
      expect(await statusOf(() => listLoader(args(getRequest("/", cookie[role]))))).toBe(403);
      expect(await statusOf(() => newLoader(args(getRequest("/", cookie[role]))))).toBe(403);
      expect(
        await statusOf(() =>
          createAction(
            args(
              postRequest("/", { memberId: newMemberIds[3], periodId: tenants.a.periodId, shares: "1" }, cookie[role]),
            ),
          ),
        ),
      ).toBe(403);
      expect(await statusOf(() => renewLoader(args(getRequest("/", cookie[role]))))).toBe(403);
      expect(await statusOf(() => renewAction(args(postRequest("/", {}, cookie[role]))))).toBe(403);
    }
    expect(await db().subscription.count({ where: { memberId: newMemberIds[3] } })).toBe(0);
  });
});

describe("closed periods", () => {
  it("refuses to create or change subscriptions of a closed period", async () => {
    await db().period.update({ where: { id: tenants.a.periodId }, data: { status: "CLOSED", closedAt: new Date() } });
    const subscription = await db().subscription.findFirstOrThrow({ where: { memberId: newMemberIds[0] } });
    const before = await writtenRows();
    const edited = await respond(() =>
      editAction(args(postRequest("/", { shares: "1" }, cookie.admin), { subscriptionId: subscription.id })),
    );
    expect(edited.status).toBe(400);
    const created = await respond(() =>
      createAction(
        args(postRequest("/", { memberId: newMemberIds[3], periodId: tenants.a.periodId, shares: "1" }, cookie.admin)),
      ),
    );
    expect((await created.json()).error.periodId).toEqual(["subscriptions.errors.periodClosed"]);
    expect(await writtenRows()).toEqual(before);
  });
});
