// Correcting a finished intervention (issue 11), and finding finished ones in the planning by state: a done or signed visit is never cancelled or moved;
// the treasurer or an admin appends an adjustment with its reason, linked to the intervention, kept
// in the audit log and shown in the member's movements; the signed report does not change. Runs on
// PGlite and, with TEST_DB=postgres, on PostgreSQL.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isHoliday } from "../../app/domain/calendar/holidays";
import { addDays, isoWeekday, type IsoDate } from "../../app/domain/calendar/local-date";
import { memberBalance } from "../../app/domain/ledger/balances.server";
import { saveReport } from "../../app/domain/reports/reports.server";
import { samplePng } from "../../scripts/sample-report-view";
import { calendarView } from "../../app/domain/scheduling/calendar-view.server";
import { correctIntervention } from "../../app/domain/scheduling/intervention-correction.server";
import { createRequest } from "../../app/domain/scheduling/member-requests.server";
import { cancelOwnRequest } from "../../app/domain/scheduling/member-request-answers.server";
import { planRequest } from "../../app/domain/scheduling/planning.server";
import { cancelIntervention, moveIntervention } from "../../app/domain/scheduling/staff-interventions.server";
import { createTimeEntry } from "../../app/domain/time/time-entries.server";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import {
  action as correctionAction,
  loader as correctionLoader,
} from "../../app/routes/planning.interventions.$interventionId_.correction";
import { getCurrentUser, type CurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const user = {} as Record<"admin" | "treasurer" | "member" | "technician", CurrentUser>;
const today = localDateOf(new Date(), "Europe/Paris");

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "treasurer", "member", "technician"] as const)
    user[role] = (await getCurrentUser(getRequest("/", await sessionCookieFor(tenants.a.users[role].email))))!;
});

/** A free half-day (Monday to Wednesday, no holiday) some weeks ahead, one per call. */
let week = 3;
function nextSlot() {
  let day: IsoDate = addDays(today, 7 * week++);
  while (isoWeekday(day) > 3 || isHoliday(day, "METROPOLE")) day = addDays(day, 1);
  return { technicianId: tenants.a.technicianId, date: day, slot: "MORNING" as const, startTime: "", endTime: "" };
}

async function plannedIntervention(subject: string) {
  const requested = await createRequest(user.member, {
    subject,
    details: "",
    urgency: "NORMAL",
    mode: "ON_SITE",
    siteAddress: "",
    expectedMinutes: 60,
  } as Parameters<typeof createRequest>[1]);
  if (!requested.ok) throw new Error("request refused");
  const planned = await planRequest(user.admin, requested.requestId, nextSlot(), "plan");
  if (!planned.ok) throw new Error(`plan refused: ${JSON.stringify(planned)}`);
  return { requestId: requested.requestId, interventionId: planned.interventionId };
}

async function doneIntervention(subject: string) {
  const ids = await plannedIntervention(subject);
  await createTimeEntry(user.technician, {
    clientId: crypto.randomUUID(),
    date: today,
    mode: "duration",
    durationHours: 1,
    durationMinutes: 10,
    kind: "ON_SITE",
    interventionId: ids.interventionId,
    notes: "",
  });
  await saveReport(user.technician, ids.interventionId, {
    intent: "close",
    workDone: "Poste réinstallé.",
    remainingWork: "",
    equipment: "",
  });
  return ids;
}

const sign = (interventionId: string) =>
  saveReport(user.technician, interventionId, {
    intent: "sign",
    workDone: "Poste réinstallé.",
    remainingWork: "",
    equipment: "",
    signerName: "Nadia",
    signature: `data:image/png;base64,${samplePng().toString("base64")}`,
  });

describe("correcting a done or signed intervention by an adjustment", () => {
  it("appends an adjustment linked to the intervention, audited, shown to the member; cancel and move stay refused", async () => {
    const { requestId, interventionId } = await doneIntervention("Poste lent");
    expect(
      await cancelIntervention(user.admin, interventionId, { reason: "Non", waiveLateCancellation: false }),
    ).toMatchObject({ ok: false, state: "DONE" });
    expect(await moveIntervention(user.admin, interventionId, { ...nextSlot(), reason: "Non" })).toMatchObject({
      ok: false,
      state: "DONE",
    });
    expect(await cancelOwnRequest(user.member, requestId, { reason: "", confirmLate: true })).toMatchObject({
      ok: false,
      state: "DONE",
    });

    expect(
      await correctIntervention(user.treasurer, interventionId, {
        direction: "add",
        hours: 0,
        minutes: 30,
        reason: "Déplacement inutile : le poste était déjà réparé",
      }),
    ).toEqual({ minutes: 30 });
    const movement = await db().ledgerMovement.findFirstOrThrow({ where: { interventionId, kind: "ADJUSTMENT" } });
    expect(movement).toMatchObject({
      minutes: 30,
      reason: "Déplacement inutile : le poste était déjà réparé",
      createdById: user.treasurer.id,
      memberId: tenants.a.memberIds[0],
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "intervention.corrected", entityId: interventionId },
    });
    expect(audit).toMatchObject({
      actorUserId: user.treasurer.id,
      entityType: "Intervention",
      reason: "Déplacement inutile : le poste était déjà réparé",
    });
    expect(
      await db().intervention.findUniqueOrThrow({ where: { id: interventionId }, select: { status: true } }),
    ).toEqual({ status: "DONE" });

    const balance = await memberBalance(
      { associationId: tenants.a.associationId, memberId: tenants.a.memberIds[0] },
      tenants.a.memberIds[0],
    );
    const shown = balance.movements.find((row) => row.id === movement.id);
    expect(shown).toMatchObject({
      kind: "ADJUSTMENT",
      minutes: 30,
      reason: "Déplacement inutile : le poste était déjà réparé",
      intervention: { id: interventionId },
    });
  });

  it("corrects a signed intervention without touching its signed snapshot, by an admin too", async () => {
    const { interventionId } = await doneIntervention("Imprimante signée");
    await sign(interventionId);
    const before = await db().interventionReport.findUniqueOrThrow({
      where: { interventionId },
      select: { snapshotHash: true, snapshot: true },
    });
    expect(
      await correctIntervention(user.admin, interventionId, {
        direction: "remove",
        hours: 0,
        minutes: 15,
        reason: "Oubli de la pause",
      }),
    ).toEqual({ minutes: -15 });
    expect(
      await db().interventionReport.findUniqueOrThrow({
        where: { interventionId },
        select: { snapshotHash: true, snapshot: true },
      }),
    ).toEqual(before);
    expect(
      await db().intervention.findUniqueOrThrow({ where: { id: interventionId }, select: { status: true } }),
    ).toEqual({ status: "SIGNED" });
  });

  it("refuses to correct a visit that is not finished, and writes nothing", async () => {
    const { interventionId } = await plannedIntervention("Pas encore faite");
    await expect(
      correctIntervention(user.treasurer, interventionId, {
        direction: "add",
        hours: 1,
        minutes: 0,
        reason: "Essai",
      }),
    ).rejects.toMatchObject({
      code: "NOT_FINISHED",
      status: 409,
      values: { state: { keys: ["lifecycle.state.PLANNED"] } },
    });
    expect(await db().ledgerMovement.count({ where: { interventionId, kind: "ADJUSTMENT" } })).toBe(0);
  });

  it("through the page: a reason is mandatory, the technician and the member may not, another association's intervention is a 404", async () => {
    const { interventionId } = await doneIntervention("Sauvegarde");
    const params = { interventionId };
    const treasurer = await sessionCookieFor(tenants.a.users.treasurer.email);
    const path = `/planning/interventions/${interventionId}/correction`;
    const missing = await respond(() =>
      correctionAction({
        request: postRequest(path, { direction: "add", hours: "0", minutes: "20", reason: "" }, treasurer),
        params,
        context: {},
      }),
    );
    expect(missing.status).toBe(400);
    expect(await db().ledgerMovement.count({ where: { interventionId, kind: "ADJUSTMENT" } })).toBe(0);
    const saved = await respond(() =>
      correctionAction({
        request: postRequest(
          path,
          { direction: "add", hours: "0", minutes: "20", reason: "Temps de trajet oublié" },
          treasurer,
        ),
        params,
        context: {},
      }),
    );
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`/planning/interventions/${interventionId}`);
    expect(await db().ledgerMovement.count({ where: { interventionId, kind: "ADJUSTMENT" } })).toBe(1);

    for (const role of ["technician", "member"] as const) {
      const cookie = await sessionCookieFor(tenants.a.users[role].email);
      expect(
        await statusOf(() =>
          correctionAction({
            request: postRequest(path, { direction: "add", hours: "1", minutes: "0", reason: "Non" }, cookie),
            params,
            context: {},
          }),
        ),
      ).toBe(403);
    }
    const foreign = await db().intervention.findFirstOrThrow({
      where: { associationId: tenants.b.associationId },
      select: { id: true },
    });
    expect(
      await statusOf(() =>
        correctionLoader({
          request: getRequest(`/planning/interventions/${foreign.id}/correction`, treasurer),
          params: { interventionId: foreign.id },
          context: {},
        }),
      ),
    ).toBe(404);
  });
});

describe("the planning calendar filters by state", () => {
  it("shows only the state asked for, and cancelled visits only when asked", async () => {
    const done = await doneIntervention("Visite terminée à filtrer");
    const planned = await plannedIntervention("Visite prévue à filtrer");
    const doneDay = (
      await db().intervention.findUniqueOrThrow({ where: { id: done.interventionId }, select: { localDate: true } })
    ).localDate
      .toISOString()
      .slice(0, 10);
    const plannedDay = (
      await db().intervention.findUniqueOrThrow({ where: { id: planned.interventionId }, select: { localDate: true } })
    ).localDate
      .toISOString()
      .slice(0, 10);
    const idsOn = async (date: string, state?: string) =>
      (
        await calendarView(user.admin, { view: "jour", date, technicianId: tenants.a.technicianId, state })
      ).days.flatMap((day) => day.items.map((item) => item.id));
    expect(await idsOn(doneDay)).toContain(done.interventionId);
    expect(await idsOn(doneDay, "DONE")).toEqual([done.interventionId]);
    expect(await idsOn(doneDay, "PLANNED")).toEqual([]);
    expect(await idsOn(plannedDay, "PLANNED")).toEqual([planned.interventionId]);
    await cancelIntervention(user.admin, planned.interventionId, {
      reason: "Plus besoin",
      waiveLateCancellation: true,
    });
    expect(await idsOn(plannedDay)).not.toContain(planned.interventionId);
    expect(await idsOn(plannedDay, "CANCELLED")).toEqual([planned.interventionId]);
    expect((await calendarView(user.admin, { view: "jour", date: plannedDay, state: "NOT_A_STATE" })).state).toBeNull();
  });
});
