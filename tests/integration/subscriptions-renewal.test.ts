import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import { action as renewAction, loader as renewLoader } from "../../app/routes/souscriptions.renouveler";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

// The "current period" is the one holding the association's real today (Europe/Paris), so the
// fixture's period is this year's and the test adds the next two years.
const today = localDateOf(new Date(), "Europe/Paris");
const thisYear = Number(today.slice(0, 4));
const nextYear = thisYear + 1;
const yearAfter = thisYear + 2;

let tenants: TwoTenants;
let admin: string;
let treasurer: string;
let nextPeriod: string;
let periodAfter: string;
let joinedMemberId: string;

const args = (request: Request) => ({ request, params: {}, context: {} });
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type PreviewLine = { memberId: string; shareHalves: number; priceCents: number; billingSchedule: string };

beforeAll(async () => {
  tenants = await seedTwoTenants(today);
  admin = await sessionCookieFor(tenants.a.users.admin.email);
  treasurer = await sessionCookieFor(tenants.a.users.treasurer.email);
  const associationId = tenants.a.associationId;
  nextPeriod = (
    await db().period.create({
      data: {
        associationId,
        label: `${nextYear}`,
        startDate: day(`${nextYear}-01-01`),
        endDate: day(`${nextYear}-12-31`),
      },
    })
  ).id;
  periodAfter = (
    await db().period.create({
      data: {
        associationId,
        label: `${yearAfter}`,
        startDate: day(`${yearAfter}-01-01`),
        endDate: day(`${yearAfter}-12-31`),
      },
    })
  ).id;
  const [, alreadyRenewed, leaves] = tenants.a.memberIds;
  // One member left, one already has its next-year subscription, one more joined during this year.
  await db().member.update({ where: { id: leaves }, data: { status: "LEFT" } });
  await db().subscription.create({
    data: {
      associationId,
      memberId: alreadyRenewed,
      periodId: nextPeriod,
      shareHalves: 1,
      priceCents: 100000,
      startDate: day(`${nextYear}-01-01`),
      endDate: day(`${nextYear}-12-31`),
    },
  });
  const joined = await db().member.create({ data: { associationId, name: "Atelier vélo Le Rayon" } });
  joinedMemberId = joined.id;
  await db().subscription.create({
    data: {
      associationId,
      memberId: joined.id,
      periodId: tenants.a.periodId,
      shareHalves: 3,
      priceCents: 151233,
      billingSchedule: "MONTHLY",
      startDate: day(`${thisYear}-07-01`),
      endDate: day(`${thisYear}-12-31`),
    },
  });
  // The share price went up for the new period.
  await db().association.update({ where: { id: associationId }, data: { sharePriceCents: 210000 } });
});

async function preview(from: string, to: string, cookie = treasurer) {
  return (
    await respond(() => renewLoader(args(getRequest(`/souscriptions/renouveler?de=${from}&vers=${to}`, cookie))))
  ).json();
}

describe("renewing subscriptions into the next period", () => {
  it("previews the active subscriptions at the current share price, skipping who left or already renewed", async () => {
    const page = await preview(tenants.a.periodId, nextPeriod);
    expect(page.from).toBe(tenants.a.periodId);
    expect(page.to).toBe(nextPeriod);
    const lines = page.preview.lines as PreviewLine[];
    expect(lines.map((line) => [line.memberId, line.shareHalves, line.priceCents, line.billingSchedule])).toEqual([
      [joinedMemberId, 3, 315000, "MONTHLY"],
      [tenants.a.memberIds[0], 2, 210000, "QUARTERLY"],
    ]);
    expect(
      page.preview.skipped.map((skip: { memberId: string; reason: string }) => [skip.memberId, skip.reason]).sort(),
    ).toEqual(
      [
        [tenants.a.memberIds[1], "alreadySubscribed"],
        [tenants.a.memberIds[2], "left"],
      ].sort(),
    );
    expect(page.preview.totalPriceCents).toBe(525000);
    expect(page.preview.capacity.exceeds).toBe(false);
  });

  it("defaults to the current period and the one after it", async () => {
    const page = await (
      await respond(() => renewLoader(args(getRequest("/souscriptions/renouveler", treasurer))))
    ).json();
    expect([page.from, page.to]).toEqual([tenants.a.periodId, nextPeriod]);
  });

  it("creates exactly what the preview showed, with one full GRANT each, in one go", async () => {
    const page = await preview(tenants.a.periodId, nextPeriod);
    const response = await respond(() =>
      renewAction(
        args(postRequest("/souscriptions/renouveler", { from: tenants.a.periodId, to: nextPeriod }, treasurer)),
      ),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/souscriptions?periode=${nextPeriod}`);
    const created = await db().subscription.findMany({
      where: {
        periodId: nextPeriod,
        memberId: { in: (page.preview.lines as PreviewLine[]).map((line) => line.memberId) },
      },
      include: { movements: true },
    });
    expect(created).toHaveLength(2);
    for (const line of page.preview.lines as PreviewLine[]) {
      const subscription = created.find((candidate) => candidate.memberId === line.memberId)!;
      expect(subscription).toMatchObject({
        shareHalves: line.shareHalves,
        priceCents: line.priceCents,
        billingSchedule: line.billingSchedule,
        capacityOverride: false,
      });
      expect(subscription.startDate).toEqual(day(`${nextYear}-01-01`));
      expect(subscription.endDate).toEqual(day(`${nextYear}-12-31`));
      expect(subscription.movements).toHaveLength(1);
      expect(subscription.movements[0]).toMatchObject({
        kind: "GRANT",
        minutes: line.shareHalves * 9 * 210,
        idempotencyKey: `grant:${subscription.id}`,
        periodId: nextPeriod,
      });
    }
    expect(await db().auditLog.count({ where: { action: "subscription.renew" } })).toBe(2);
  });

  it("does nothing the second time", async () => {
    const before = { subscriptions: await db().subscription.count(), movements: await db().ledgerMovement.count() };
    const response = await respond(() =>
      renewAction(args(postRequest("/", { from: tenants.a.periodId, to: nextPeriod }, treasurer))),
    );
    expect(response.status).toBe(302);
    expect({ subscriptions: await db().subscription.count(), movements: await db().ledgerMovement.count() }).toEqual(
      before,
    );
    expect((await preview(tenants.a.periodId, nextPeriod)).preview.lines).toEqual([]);
  });

  it("needs the override when the renewal exceeds capacity, and flags what it creates", async () => {
    // A share now worth 200 days: far beyond one technician at 3/5.
    await db().association.update({ where: { id: tenants.a.associationId }, data: { daysPerShare: 200 } });
    const page = await preview(nextPeriod, periodAfter, admin);
    expect(page.preview.capacity.exceeds).toBe(true);
    const before = { subscriptions: await db().subscription.count(), movements: await db().ledgerMovement.count() };
    const refused = await respond(() =>
      renewAction(args(postRequest("/", { from: nextPeriod, to: periodAfter }, admin))),
    );
    expect(refused.status).toBe(400);
    expect((await refused.json()).error[""][0]).toMatch(/dépasse la capacité/);
    expect({ subscriptions: await db().subscription.count(), movements: await db().ledgerMovement.count() }).toEqual(
      before,
    );

    const accepted = await respond(() =>
      renewAction(args(postRequest("/", { from: nextPeriod, to: periodAfter, capacityOverride: "on" }, admin))),
    );
    expect(accepted.status).toBe(302);
    const created = await db().subscription.findMany({ where: { periodId: periodAfter } });
    expect(created.map((subscription) => subscription.memberId).sort()).toEqual(
      (page.preview.lines as PreviewLine[]).map((line) => line.memberId).sort(),
    );
    expect(created.every((subscription) => subscription.capacityOverride && subscription.overrideNote.length > 0)).toBe(
      true,
    );
  });

  it("refuses another association's periods and member users", async () => {
    const before = await db().subscription.count();
    expect(
      await statusOf(() => renewAction(args(postRequest("/", { from: tenants.b.periodId, to: periodAfter }, admin)))),
    ).toBe(400);
    expect(
      await statusOf(() =>
        renewAction(args(postRequest("/", { from: tenants.a.periodId, to: tenants.b.periodId }, admin))),
      ),
    ).toBe(400);
    expect(await db().subscription.count()).toBe(before);
    const foreignPreview = await preview(tenants.b.periodId, tenants.b.periodId, admin);
    expect(foreignPreview.from).not.toBe(tenants.b.periodId);
    const member = await sessionCookieFor(tenants.a.users.member.email);
    expect(await statusOf(() => renewLoader(args(getRequest("/", member))))).toBe(403);
    expect(
      await statusOf(() => renewAction(args(postRequest("/", { from: tenants.a.periodId, to: nextPeriod }, member)))),
    ).toBe(403);
  });
});
