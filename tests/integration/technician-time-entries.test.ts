// Time entries of the technician's phone: local times across daylight-saving changes, accounted
// minutes and ledger movements (with correcting deltas on edit), pooled splits, locked periods,
// audit trail, timers, and the idempotent offline sync (also under concurrency). Dates avoid the
// seed's logged mornings (Mondays to Wednesdays before 2026-11-23).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { startTimer, stopTimer } from "../../app/domain/time/timers.server";
import { localDateOf, zonedLocalTimeToInstant } from "../../app/domain/calendar/zoned-time";
import { DomainError } from "../../app/domain/domain-error";
import { action as editAction } from "../../app/routes/technicien.temps.$entryId";
import { action as newAction } from "../../app/routes/technicien.temps.nouveau";
import { action as syncAction } from "../../app/routes/technicien.temps.sync";
import { action as todayAction, loader as todayLoader } from "../../app/routes/technicien.aujourdhui";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
let cookie: string;
let actor: { id: string; associationId: string; timeZone: string };

beforeAll(async () => {
  tenants = await seedTwoTenants();
  cookie = await sessionCookieFor(tenants.a.users.technician.email);
  actor = { id: tenants.a.users.technician.id, associationId: tenants.a.associationId, timeZone: "Europe/Paris" };
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const post = (path: string, fields: Record<string, string>) => postRequest(path, fields, cookie);
const remote = (overrides: Record<string, string> = {}) => ({
  clientId: crypto.randomUUID(),
  date: "2026-11-12",
  mode: "times",
  startTime: "09:00",
  endTime: "10:00",
  kind: "REMOTE",
  memberId: tenants.a.memberIds[0],
  notes: "Mise à jour du serveur",
  ...overrides,
});
const entryBy = (clientId: string) =>
  db().timeEntry.findUnique({
    where: { associationId_clientId: { associationId: tenants.a.associationId, clientId } },
  });
const syncRequest = (entries: unknown[]) =>
  new Request("http://localhost:3000/technicien/temps/sync", {
    method: "POST",
    body: JSON.stringify({ entries }),
    headers: { "Content-Type": "application/json", Cookie: cookie },
  });

describe("creating entries from the form", () => {
  it("counts the real minutes across the Paris daylight-saving changes", async () => {
    const spring = remote({ date: "2026-03-29", startTime: "01:30", endTime: "03:30" });
    const autumn = remote({ date: "2026-10-25", startTime: "01:30", endTime: "03:30" });
    expect((await respond(() => newAction(args(post("/technicien/temps/nouveau", spring))))).status).toBe(302);
    expect((await respond(() => newAction(args(post("/technicien/temps/nouveau", autumn))))).status).toBe(302);
    expect(await entryBy(spring.clientId)).toMatchObject({
      rawMinutes: 60,
      accountedMinutes: 60,
      startedAt: new Date("2026-03-29T00:30:00Z"),
      endedAt: new Date("2026-03-29T01:30:00Z"),
    });
    expect(await entryBy(autumn.clientId)).toMatchObject({
      rawMinutes: 180,
      accountedMinutes: 180,
      startedAt: new Date("2026-10-24T23:30:00Z"),
      endedAt: new Date("2026-10-25T02:30:00Z"),
    });
  });

  it("keeps the raw time and writes the rounded cost to the member's ledger", async () => {
    const fields = remote({ startTime: "14:00", endTime: "14:20" });
    await respond(() => newAction(args(post("/technicien/temps/nouveau", fields))));
    const entry = (await entryBy(fields.clientId))!;
    expect(entry).toMatchObject({ rawMinutes: 20, accountedMinutes: 30, memberId: tenants.a.memberIds[0] });
    const movements = await db().ledgerMovement.findMany({ where: { timeEntryId: entry.id } });
    expect(movements).toMatchObject([
      { kind: "CONSUMPTION", minutes: -30, idempotencyKey: `time:${entry.id}`, memberId: tenants.a.memberIds[0] },
    ]);
  });

  it("refuses bad input with 400 and writes nothing", async () => {
    const before = await db().timeEntry.count();
    const response = await respond(() =>
      newAction(args(post("/technicien/temps/nouveau", remote({ startTime: "", memberId: "" })))),
    );
    expect(response.status).toBe(400);
    const tooLong = await respond(() =>
      newAction(args(post("/technicien/temps/nouveau", remote({ startTime: "06:00", endTime: "18:30" })))),
    );
    expect(tooLong.status).toBe(409);
    expect(JSON.stringify(await tooLong.json())).toContain("12 heures");
    expect(await db().timeEntry.count()).toBe(before);
  });

  it("refuses an entry overlapping another one, naming it", async () => {
    const first = remote({ date: "2026-11-13", startTime: "09:00", endTime: "11:00" });
    await respond(() => newAction(args(post("/technicien/temps/nouveau", first))));
    const overlap = await respond(() =>
      newAction(
        args(post("/technicien/temps/nouveau", remote({ date: "2026-11-13", startTime: "10:30", endTime: "12:00" }))),
      ),
    );
    expect(overlap.status).toBe(409);
    expect(JSON.stringify(await overlap.json())).toContain("chevauche");
  });
});

describe("editing and deleting", () => {
  it("appends correcting deltas, never rewrites movements, and logs before and after", async () => {
    const fields = remote({ date: "2026-11-06", startTime: "09:00", endTime: "10:30" });
    await respond(() => newAction(args(post("/technicien/temps/nouveau", fields))));
    const entry = (await entryBy(fields.clientId))!;
    expect(
      (
        await respond(() =>
          editAction(
            args(post(`/technicien/temps/${entry.id}`, { ...fields, endTime: "09:40" }), { entryId: entry.id }),
          ),
        )
      ).status,
    ).toBe(302);
    expect(await db().timeEntry.findUnique({ where: { id: entry.id } })).toMatchObject({
      rawMinutes: 40,
      accountedMinutes: 45,
    });
    let movements = await db().ledgerMovement.findMany({
      where: { timeEntryId: entry.id },
      orderBy: { createdAt: "asc" },
    });
    expect(movements.map((movement) => [movement.kind, movement.minutes])).toEqual([
      ["CONSUMPTION", -90],
      ["ADJUSTMENT", 45],
    ]);
    expect(
      (
        await respond(() =>
          editAction(args(post(`/technicien/temps/${entry.id}`, { intent: "delete" }), { entryId: entry.id })),
        )
      ).status,
    ).toBe(302);
    movements = await db().ledgerMovement.findMany({ where: { timeEntryId: entry.id } });
    expect(movements.reduce((sum, movement) => sum + movement.minutes, 0)).toBe(0);
    const audit = await db().auditLog.findMany({
      where: { entityType: "TimeEntry", entityId: entry.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual(["time.create", "time.update", "time.delete"]);
    expect(audit.every((row) => row.actorUserId === tenants.a.users.technician.id)).toBe(true);
    expect(audit[1].before).toMatchObject({ rawMinutes: 90, accountedMinutes: 90 });
    expect(audit[1].after).toMatchObject({ rawMinutes: 40, accountedMinutes: 45 });
    expect(audit[2].after).toMatchObject({ deletedAt: expect.any(String) });
  });

  it("answers 404 for another tenant's entry", async () => {
    const foreign = await db().timeEntry.findFirstOrThrow({ where: { associationId: tenants.b.associationId } });
    expect(
      (
        await respond(() =>
          editAction(args(post(`/technicien/temps/${foreign.id}`, { intent: "delete" }), { entryId: foreign.id })),
        )
      ).status,
    ).toBe(404);
    expect(await db().timeEntry.findUnique({ where: { id: foreign.id } })).toMatchObject({ deletedAt: null });
  });
});

describe("pooled work", () => {
  it("splits the accounted minutes across every active subscription, pro rata, adding up exactly", async () => {
    const fields = remote({ date: "2026-11-19", startTime: "08:00", endTime: "09:37", kind: "POOLED", memberId: "" });
    expect((await respond(() => newAction(args(post("/technicien/temps/nouveau", fields))))).status).toBe(302);
    const entry = (await entryBy(fields.clientId))!;
    expect(entry).toMatchObject({ rawMinutes: 97, accountedMinutes: 105, memberId: null });
    const movements = await db().ledgerMovement.findMany({
      where: { timeEntryId: entry.id },
      include: { subscription: true },
    });
    const subscriptions = await db().subscription.findMany({
      where: { associationId: tenants.a.associationId, status: "ACTIVE" },
    });
    expect(movements).toHaveLength(subscriptions.length);
    expect(
      movements.every(
        (movement) =>
          movement.kind === "POOLED_CONSUMPTION" &&
          movement.idempotencyKey === `pooled:${entry.id}:${movement.subscriptionId}`,
      ),
    ).toBe(true);
    expect(movements.reduce((sum, movement) => sum + movement.minutes, 0)).toBe(-105);
    const halves = subscriptions.reduce((sum, subscription) => sum + subscription.shareHalves, 0);
    for (const movement of movements)
      expect(Math.abs(-movement.minutes * halves - 105 * movement.subscription.shareHalves)).toBeLessThan(halves);
  });
});

describe("locked periods", () => {
  it("refuses to create, edit or delete an entry dated in a closed period, with the reason", async () => {
    const fields = remote({ date: "2026-11-20", startTime: "09:00", endTime: "10:00" });
    await respond(() => newAction(args(post("/technicien/temps/nouveau", fields))));
    const entry = (await entryBy(fields.clientId))!;
    await db().period.update({ where: { id: tenants.a.periodId }, data: { lockedAt: new Date() } });
    try {
      const entries = await db().timeEntry.count();
      const movements = await db().ledgerMovement.count();
      const created = await respond(() =>
        newAction(
          args(post("/technicien/temps/nouveau", remote({ date: "2026-11-20", startTime: "14:00", endTime: "15:00" }))),
        ),
      );
      expect(created.status).toBe(409);
      expect(JSON.stringify(await created.json())).toContain(
        "Période clôturée (2026) : demandez un ajustement au bureau.",
      );
      expect(
        (
          await respond(() =>
            editAction(
              args(post(`/technicien/temps/${entry.id}`, { ...fields, endTime: "11:00" }), { entryId: entry.id }),
            ),
          )
        ).status,
      ).toBe(409);
      expect(
        (
          await respond(() =>
            editAction(args(post(`/technicien/temps/${entry.id}`, { intent: "delete" }), { entryId: entry.id })),
          )
        ).status,
      ).toBe(409);
      expect(await db().timeEntry.count()).toBe(entries);
      expect(await db().ledgerMovement.count()).toBe(movements);
      expect(await db().timeEntry.findUnique({ where: { id: entry.id } })).toMatchObject({
        rawMinutes: 60,
        deletedAt: null,
      });
    } finally {
      await db().period.update({ where: { id: tenants.a.periodId }, data: { lockedAt: null } });
    }
  });
});

describe("offline sync", () => {
  it("creates an entry once for the same clientId sent twice, and once when sent concurrently", async () => {
    const fields = remote({ date: "2026-11-05", startTime: "09:00", endTime: "09:30" });
    const first = await (await respond(() => syncAction(args(syncRequest([fields]))))).json();
    const second = await (await respond(() => syncAction(args(syncRequest([fields]))))).json();
    expect(first.results).toMatchObject([{ clientId: fields.clientId, status: "created" }]);
    expect(second.results).toMatchObject([
      { clientId: fields.clientId, status: "duplicate", entryId: first.results[0].entryId },
    ]);

    const racing = remote({ date: "2026-11-05", startTime: "14:00", endTime: "15:00" });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => respond(() => syncAction(args(syncRequest([racing]))))),
    );
    const statuses = (await Promise.all(answers.map((answer) => answer.json())))
      .map((body) => body.results[0].status)
      .sort();
    expect(statuses).toEqual(["created", "duplicate", "duplicate", "duplicate", "duplicate"]);
    for (const clientId of [fields.clientId, racing.clientId]) {
      expect(await db().timeEntry.count({ where: { clientId } })).toBe(1);
      const entry = (await entryBy(clientId))!;
      expect(await db().ledgerMovement.count({ where: { timeEntryId: entry.id } })).toBe(1);
      expect(await db().auditLog.count({ where: { entityId: entry.id } })).toBe(1);
    }
  });

  it("answers each entry with its own result, with the reason for a refusal", async () => {
    const good = remote({ date: "2026-10-30", startTime: "09:00", endTime: "10:00" });
    const overlapping = remote({ date: "2026-10-30", startTime: "09:30", endTime: "10:30" });
    const invalid = { clientId: crypto.randomUUID(), date: "2026-11-11", kind: "ON_SITE" };
    const body = await (await respond(() => syncAction(args(syncRequest([good, overlapping, invalid]))))).json();
    expect(body.results.map((result: { status: string }) => result.status)).toEqual([
      "created",
      "rejected",
      "rejected",
    ]);
    expect(body.results[1].message).toContain("chevauche");
    expect(body.results[2].message).toContain("Saisie incomplète");
    expect(await entryBy(overlapping.clientId)).toBeNull();
  });
});

describe("timers", () => {
  it("runs one timer at a time, names the running one, and asks before saving past the working day", async () => {
    const interventions = await db().intervention.findMany({
      where: { associationId: tenants.a.associationId, status: "PLANNED" },
      orderBy: { startsAt: "asc" },
      take: 2,
    });
    const monday = new Date("2026-11-02T08:00:00Z"); // 09:00 in Paris; the pattern ends at 17:00
    const started = await startTimer(actor, interventions[0].id, crypto.randomUUID(), monday);
    expect(started).toMatchObject({ endedAt: null, rawMinutes: 0, kind: "ON_SITE" });
    expect(await startTimer(actor, interventions[0].id, started.clientId, monday)).toMatchObject({ id: started.id });
    const refusal = await startTimer(actor, interventions[1].id, crypto.randomUUID(), monday).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).values.title).toContain(interventions[0].title);

    const late = new Date("2026-11-02T19:30:00Z"); // 20:30 in Paris
    const asked = await stopTimer(actor, { confirm: false }, late);
    expect(asked).toMatchObject({
      status: "confirm",
      reason: "AFTER_WORKDAY",
      proposedEnd: new Date("2026-11-02T16:00:00Z"),
      rawMinutes: 480,
    });
    expect(await db().timeEntry.findUnique({ where: { id: started.id } })).toMatchObject({ endedAt: null });
    const stopped = await stopTimer(actor, { confirm: true, endDate: "2026-11-02", endTime: "17:45" }, late);
    expect(stopped).toMatchObject({
      status: "stopped",
      entry: { rawMinutes: 525, accountedMinutes: 540, endedAt: new Date("2026-11-02T16:45:00Z") },
    });
    expect(await db().ledgerMovement.findMany({ where: { timeEntryId: started.id } })).toMatchObject([
      { kind: "CONSUMPTION", minutes: -540 },
    ]);
  });

  it("never saves a timer longer than 12 hours", async () => {
    const intervention = await db().intervention.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, status: "PLANNED" },
    });
    const start = new Date("2026-11-03T06:00:00Z");
    await startTimer(actor, intervention.id, crypto.randomUUID(), start);
    const nextDay = new Date("2026-11-04T09:00:00Z");
    expect(await stopTimer(actor, { confirm: false }, nextDay)).toMatchObject({
      status: "confirm",
      reason: "TOO_LONG",
    });
    const tooLong = await stopTimer(actor, { confirm: true, endDate: "2026-11-03", endTime: "19:30" }, nextDay).catch(
      (error: unknown) => error,
    );
    expect(tooLong).toMatchObject({ code: "TOO_LONG" });
    expect(await stopTimer(actor, { confirm: true, endDate: "2026-11-03", endTime: "17:00" }, nextDay)).toMatchObject({
      status: "stopped",
      entry: { rawMinutes: 600 },
    });
  });

  it("starts and stops from the Today page, and refuses a second timer with the running one's name", async () => {
    // The page reads the real clock: give the technician an intervention today in Paris.
    const today = localDateOf(new Date(), "Europe/Paris");
    const todays = await db().intervention.create({
      data: {
        associationId: tenants.a.associationId,
        memberId: tenants.a.memberIds[1],
        technicianId: tenants.a.technicianId,
        title: "Dépannage du jour",
        localDate: new Date(`${today}T00:00:00Z`),
        startsAt: zonedLocalTimeToInstant(today, "14:00", "Europe/Paris"),
        endsAt: zonedLocalTimeToInstant(today, "15:00", "Europe/Paris"),
        plannedMinutes: 60,
      },
    });
    const page = await (await respond(() => todayLoader(args(getRequest("/technicien/aujourdhui", cookie))))).json();
    expect(page.technician).toMatchObject({ name: "Léa Technicienne" });
    expect(page.interventions.map((item: { id: string }) => item.id)).toContain(todays.id);
    const target = page.interventions[0] ?? page.next;
    const start = await respond(() =>
      todayAction(
        args(
          post("/technicien/aujourdhui", { intent: "start", interventionId: target.id, clientId: crypto.randomUUID() }),
        ),
      ),
    );
    expect(start.status).toBe(302);
    const second = await respond(() =>
      todayAction(
        args(
          post("/technicien/aujourdhui", { intent: "start", interventionId: target.id, clientId: crypto.randomUUID() }),
        ),
      ),
    );
    expect(second.status).toBe(409);
    expect((await second.json()).error).toContain(`Un chrono tourne déjà : « ${target.title}`);
    // The page names the running timer's visit and member (read with the minutes logged today in one statement).
    const running = await (await respond(() => todayLoader(args(getRequest("/technicien/aujourdhui", cookie))))).json();
    expect(running.running).toMatchObject({
      interventionId: target.id,
      intervention: { title: target.title, member: { name: target.member.name } },
    });
    expect(running.loggedTodayMinutes).toBe(page.loggedTodayMinutes);
    const stop = await respond(() => todayAction(args(post("/technicien/aujourdhui", { intent: "stop" }))));
    expect([200, 302]).toContain(stop.status);
    if (stop.status === 200) expect((await stop.json()).confirm).toBeTruthy();
  });
});
