import { beforeAll, describe, expect, it } from "vitest";
import { action as technicianAction, loader as technicianLoader } from "../../app/routes/techniciens.$technicianId";
import { action as listAction, loader as listLoader } from "../../app/routes/techniciens._index";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "treasurer", "technician"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
});

describe("technicians", () => {
  let createdId: string;

  it("lists the association's technicians to admins only", async () => {
    const body = await (await respond(() => listLoader(args(getRequest("/techniciens", cookie.admin))))).json();
    expect(body.technicians).toEqual([
      expect.objectContaining({
        displayName: "Léa Technicienne",
        employmentPercent: 60,
        workedHalfDays: 6,
        contractStart: "2025-09-01",
      }),
    ]);
    expect(await statusOf(() => listLoader(args(getRequest("/techniciens", cookie.treasurer))))).toBe(403);
    expect(
      await statusOf(() =>
        listAction(
          args(
            postRequest(
              "/techniciens",
              { displayName: "X", employmentPercent: "100", contractStart: "2026-01-01" },
              cookie.technician,
            ),
          ),
        ),
      ),
    ).toBe(403);
  });

  it("creates a technician working Monday to Friday", async () => {
    const response = await respond(() =>
      listAction(
        args(
          postRequest(
            "/techniciens",
            { displayName: "Malik Renfort", employmentPercent: "100", contractStart: "2026-09-01" },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(response.status).toBe(302);
    createdId = response.headers.get("Location")!.split("/").at(-1)!;
    const technician = await db().technician.findUniqueOrThrow({
      where: { id: createdId },
      include: { patternDays: { orderBy: { weekday: "asc" } } },
    });
    expect(technician.associationId).toBe(tenants.a.associationId);
    expect(technician.patternDays.map((day) => [day.weekday, day.morning, day.afternoon])).toEqual(
      [1, 2, 3, 4, 5].map((weekday) => [weekday, true, true]),
    );
    const invalid = await respond(() =>
      listAction(
        args(
          postRequest(
            "/techniciens",
            { displayName: "", employmentPercent: "120", contractStart: "demain" },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatchObject({
      displayName: ["errors.required"],
      employmentPercent: ["technicians.errors.employment"],
      contractStart: ["technicians.errors.date"],
    });
    expect(await db().technician.count({ where: { associationId: tenants.a.associationId } })).toBe(2);
  });

  it("saves the record, half-day pattern and account link", async () => {
    const fields = {
      intent: "update",
      displayName: "Malik Renfort",
      phone: "06 00 00 00 01",
      employmentPercent: "50",
      holidayZone: "ALSACE_MOSELLE",
      contractStart: "2026-09-01",
      contractEnd: "2027-08-31",
      morning: ["1", "2", "3"],
      afternoon: ["1"],
    };
    const response = await respond(() =>
      technicianAction(args(postRequest("/", fields, cookie.admin), { technicianId: createdId })),
    );
    expect(response.status).toBe(302);
    const page = await (
      await respond(() => technicianLoader(args(getRequest("/", cookie.admin), { technicianId: createdId })))
    ).json();
    expect(page.technician).toMatchObject({
      employmentPercent: 50,
      holidayZone: "ALSACE_MOSELLE",
      contractEnd: "2027-08-31",
      morning: [1, 2, 3],
      afternoon: [1],
      userId: null,
    });
    const log = await db().auditLog.findFirstOrThrow({ where: { entityId: createdId, action: "technician.update" } });
    expect(log.after).toMatchObject({ employmentPercent: 50, pattern: "1:MA 2:M 3:M" });

    // Léa's account is already linked to Léa; a member's account is not a technician account.
    for (const userId of [tenants.a.users.technician.id, tenants.a.users.member.id, tenants.b.users.technician.id]) {
      const refused = await respond(() =>
        technicianAction(args(postRequest("/", { ...fields, userId }, cookie.admin), { technicianId: createdId })),
      );
      expect(refused.status).toBe(400);
      expect((await refused.json()).result.error.userId).toEqual(["technicians.errors.user"]);
    }
    expect((await db().technician.findUniqueOrThrow({ where: { id: createdId } })).userId).toBeNull();
    // A technician account of the association that no other record uses can be linked.
    const account = await db().user.create({
      data: {
        email: "malik@a.test",
        name: "Malik Renfort",
        passwordHash: "x",
        memberships: { create: { associationId: tenants.a.associationId, role: "technician" } },
      },
    });
    expect(
      (
        await respond(() =>
          technicianAction(
            args(postRequest("/", { ...fields, userId: account.id }, cookie.admin), { technicianId: createdId }),
          ),
        )
      ).status,
    ).toBe(302);
    expect((await db().technician.findUniqueOrThrow({ where: { id: createdId } })).userId).toBe(account.id);

    const badDates = await respond(() =>
      technicianAction(
        args(postRequest("/", { ...fields, contractEnd: "2026-01-01" }, cookie.admin), { technicianId: createdId }),
      ),
    );
    expect(badDates.status).toBe(400);
    expect(
      (await db().technician.findUniqueOrThrow({ where: { id: createdId } })).contractEnd?.toISOString().slice(0, 10),
    ).toBe("2027-08-31");
  });

  it("adds and deletes absences, half-days only for a single day", async () => {
    const post = (fields: Record<string, string>) =>
      respond(() => technicianAction(args(postRequest("/", fields, cookie.admin), { technicianId: createdId })));
    const refused = await post({
      intent: "addAbsence",
      kind: "LEAVE",
      startDate: "2026-10-19",
      endDate: "2026-10-23",
      portion: "MORNING",
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).result.error.portion).toEqual(["technicians.errors.portion"]);
    const reversed = await post({
      intent: "addAbsence",
      kind: "LEAVE",
      startDate: "2026-10-23",
      endDate: "2026-10-19",
    });
    expect(reversed.status).toBe(400);
    expect(await db().absence.count({ where: { technicianId: createdId } })).toBe(0);

    expect(
      (
        await post({
          intent: "addAbsence",
          kind: "TRAINING",
          startDate: "2026-10-20",
          endDate: "2026-10-20",
          portion: "AFTERNOON",
          note: "Formation réseau",
        })
      ).status,
    ).toBe(302);
    expect(
      (await post({ intent: "addAbsence", kind: "SICKNESS", startDate: "2026-11-02", endDate: "2026-11-04" })).status,
    ).toBe(302);
    const page = await (
      await respond(() => technicianLoader(args(getRequest("/", cookie.admin), { technicianId: createdId })))
    ).json();
    expect(page.absences).toEqual([
      expect.objectContaining({
        kind: "SICKNESS",
        startDate: "2026-11-02",
        endDate: "2026-11-04",
        portion: "FULL_DAY",
      }),
      expect.objectContaining({
        kind: "TRAINING",
        startDate: "2026-10-20",
        endDate: "2026-10-20",
        portion: "AFTERNOON",
        note: "Formation réseau",
      }),
    ]);

    // Another technician's absence cannot be deleted through this technician's page.
    const leaAbsence = await db().absence.create({
      data: {
        associationId: tenants.a.associationId,
        technicianId: tenants.a.technicianId,
        kind: "LEAVE",
        startDate: new Date("2026-12-21"),
        endDate: new Date("2026-12-23"),
      },
    });
    expect(
      await statusOf(() =>
        technicianAction(
          args(postRequest("/", { intent: "deleteAbsence", absenceId: leaAbsence.id }, cookie.admin), {
            technicianId: createdId,
          }),
        ),
      ),
    ).toBe(404);
    expect((await post({ intent: "deleteAbsence", absenceId: page.absences[0].id })).status).toBe(302);
    expect(await db().absence.count({ where: { technicianId: createdId } })).toBe(1);
    expect(await db().absence.count({ where: { id: leaAbsence.id } })).toBe(1);
  });

  it("answers 404 for another tenant's technician, without changing it", async () => {
    const foreign = { technicianId: tenants.b.technicianId };
    expect(await statusOf(() => technicianLoader(args(getRequest("/", cookie.admin), foreign)))).toBe(404);
    const update = {
      intent: "update",
      displayName: "Piraté",
      employmentPercent: "100",
      contractStart: "2026-01-01",
      morning: ["1"],
    };
    expect(await statusOf(() => technicianAction(args(postRequest("/", update, cookie.admin), foreign)))).toBe(404);
    expect(
      await statusOf(() =>
        technicianAction(
          args(
            postRequest(
              "/",
              { intent: "addAbsence", kind: "LEAVE", startDate: "2026-12-01", endDate: "2026-12-01" },
              cookie.admin,
            ),
            foreign,
          ),
        ),
      ),
    ).toBe(404);
    expect((await db().technician.findUniqueOrThrow({ where: { id: tenants.b.technicianId } })).displayName).toBe(
      "Léa Technicienne",
    );
    expect(await db().absence.count({ where: { technicianId: tenants.b.technicianId } })).toBe(0);
  });
});
