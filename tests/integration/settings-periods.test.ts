import { beforeAll, describe, expect, it } from "vitest";
import { action as periodsAction, loader as periodsLoader } from "../../app/routes/admin.periodes";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
let admin: string;
const args = (request: Request) => ({ request, params: {}, context: {} });
const iso = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  tenants = await seedTwoTenants();
  admin = await sessionCookieFor(tenants.a.users.admin.email);
});

const periodsOfA = async () =>
  (
    await db().period.findMany({ where: { associationId: tenants.a.associationId }, orderBy: { startDate: "asc" } })
  ).map((period) => ({
    label: period.label,
    startDate: iso(period.startDate),
    endDate: iso(period.endDate),
  }));

describe("periods", () => {
  it("lists the periods and proposes the next calendar year", async () => {
    const body = await (await respond(() => periodsLoader(args(getRequest("/admin/periodes", admin))))).json();
    expect(body.periods).toEqual([
      expect.objectContaining({
        label: "2026",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        status: "OPEN",
        subscriptions: 3,
      }),
    ]);
    expect(body.next).toEqual({ startDate: "2027-01-01", endDate: "2027-12-31", label: "2027" });
  });

  it("creates the next period from the start month", async () => {
    const response = await respond(() =>
      periodsAction(args(postRequest("/admin/periodes", { intent: "create" }, admin))),
    );
    expect(response.status).toBe(302);
    expect(await periodsOfA()).toEqual([
      { label: "2026", startDate: "2026-01-01", endDate: "2026-12-31" },
      { label: "2027", startDate: "2027-01-01", endDate: "2027-12-31" },
    ]);
    expect(
      await db().auditLog.count({ where: { associationId: tenants.a.associationId, action: "period.create" } }),
    ).toBe(1);
    // Tenant B still has only its own period.
    expect(await db().period.count({ where: { associationId: tenants.b.associationId } })).toBe(1);
  });

  it("refuses a period that overlaps an existing one, with a clear message", async () => {
    const response = await respond(() =>
      periodsAction(args(postRequest("/admin/periodes", { intent: "create", containing: "2026-05-01" }, admin))),
    );
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error[""][0]).toContain("chevaucherait la période 2026");
    expect(await periodsOfA()).toHaveLength(2);
  });

  it("works with September–August seasons, and refuses one overlapping a calendar year", async () => {
    await db().association.update({ where: { id: tenants.a.associationId }, data: { periodStartMonth: 9 } });
    // The day after 2027 is in the 2027–2028 season, which would overlap 2027.
    const overlapping = await respond(() =>
      periodsAction(args(postRequest("/admin/periodes", { intent: "create" }, admin))),
    );
    expect(overlapping.status).toBe(409);
    expect((await overlapping.json()).error[""][0]).toContain("2027");
    const created = await respond(() =>
      periodsAction(args(postRequest("/admin/periodes", { intent: "create", containing: "2029-02-14" }, admin))),
    );
    expect(created.status).toBe(302);
    expect((await periodsOfA()).at(-1)).toEqual({ label: "2028–2029", startDate: "2028-09-01", endDate: "2029-08-31" });
    const body = await (await respond(() => periodsLoader(args(getRequest("/admin/periodes", admin))))).json();
    expect(body.next).toEqual({ startDate: "2029-09-01", endDate: "2030-08-31", label: "2029–2030" });
  });

  it("refuses an invalid date and other roles", async () => {
    const response = await respond(() =>
      periodsAction(args(postRequest("/admin/periodes", { intent: "create", containing: "2029-02-30" }, admin))),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.containing).toEqual(["periods.errors.date"]);
    const treasurer = await sessionCookieFor(tenants.a.users.treasurer.email);
    expect(await statusOf(() => periodsAction(args(postRequest("/admin/periodes", {}, treasurer))))).toBe(403);
    expect(await periodsOfA()).toHaveLength(3);
  });
});
