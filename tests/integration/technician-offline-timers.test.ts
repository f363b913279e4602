// Timers tapped on the phone without network: the instants recorded on the phone reach the
// server through the sync endpoint exactly once, whether sent twice, concurrently, or after the
// timer was already stopped online. Dates avoid the seed's logged mornings and the other files.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { startTimer } from "../../app/domain/time/timers.server";
import { action as syncAction } from "../../app/routes/technicien.temps.sync";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
let cookie: string;
let interventionId: string;
let actor: { id: string; associationId: string; timeZone: string };

beforeAll(async () => {
  tenants = await seedTwoTenants();
  cookie = await sessionCookieFor(tenants.a.users.technician.email);
  actor = { id: tenants.a.users.technician.id, associationId: tenants.a.associationId, timeZone: "Europe/Paris" };
  interventionId = (
    await db().intervention.findFirstOrThrow({ where: { associationId: tenants.a.associationId, status: "PLANNED" } })
  ).id;
});

type TimerResult = { clientId: string; status: string; entryId?: string; message?: string };

async function syncTimers(timers: unknown[]): Promise<TimerResult[]> {
  const request = new Request("http://localhost:3000/technicien/temps/sync", {
    method: "POST",
    body: JSON.stringify({ timers }),
    headers: { "Content-Type": "application/json", Cookie: cookie },
  });
  const response = await respond(() => syncAction({ request, params: {}, context: {} }));
  expect(response.status).toBe(200);
  return (await response.json()).timers;
}

const entryBy = (clientId: string) =>
  db().timeEntry.findUnique({
    where: { associationId_clientId: { associationId: tenants.a.associationId, clientId } },
  });

async function expectStoredOnce(clientId: string) {
  expect(await db().timeEntry.count({ where: { clientId } })).toBe(1);
  const entry = (await entryBy(clientId))!;
  // One audit line per tap: nothing was recorded twice. (Ledger movements follow the visit's
  // accounting, which may re-balance earlier entries of the same intervention.)
  expect(await db().auditLog.count({ where: { entityId: entry.id, action: "time.timer.start" } })).toBe(1);
  expect(await db().auditLog.count({ where: { entityId: entry.id, action: "time.timer.stop" } })).toBe(1);
  return entry;
}

describe("a timer started and stopped offline", () => {
  it("becomes one entry with the phone's instants, and a replay answers duplicate", async () => {
    const taps = {
      clientId: crypto.randomUUID(),
      interventionId,
      startedAt: "2026-11-19T08:03:20.000Z",
      endedAt: "2026-11-19T09:40:05.000Z",
    };
    const first = await syncTimers([taps]);
    expect(first, first[0].message).toMatchObject([{ clientId: taps.clientId, status: "created" }]);
    expect(await syncTimers([taps])).toMatchObject([{ clientId: taps.clientId, status: "duplicate" }]);
    const entry = await expectStoredOnce(taps.clientId);
    expect(entry).toMatchObject({
      startedAt: new Date(taps.startedAt),
      endedAt: new Date(taps.endedAt),
      rawMinutes: 97,
      interventionId,
      technicianId: tenants.a.technicianId,
    });
  });

  it("is stored once when the same taps are sent five times at once", async () => {
    const taps = {
      clientId: crypto.randomUUID(),
      interventionId,
      startedAt: "2026-11-19T13:00:00.000Z",
      endedAt: "2026-11-19T13:45:00.000Z",
    };
    const answers = await Promise.all(Array.from({ length: 5 }, () => syncTimers([taps])));
    expect(answers.map((timers) => timers[0].status).sort()).toEqual([
      "created",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
    ]);
    expect(new Set(answers.map((timers) => timers[0].entryId)).size).toBe(1);
    expect(await expectStoredOnce(taps.clientId)).toMatchObject({ rawMinutes: 45 });
  });
});

describe("a timer started online and stopped offline", () => {
  it("ends at the tapped instant, once, even when the stop is sent concurrently", async () => {
    const clientId = crypto.randomUUID();
    await startTimer(actor, interventionId, clientId, new Date("2026-11-20T08:00:00Z"));
    const stop = {
      clientId,
      interventionId,
      startedAt: "2026-11-20T08:00:00.000Z",
      endedAt: "2026-11-20T08:50:30.000Z",
    };
    const answers = await Promise.all(Array.from({ length: 4 }, () => syncTimers([stop])));
    expect(answers.map((timers) => timers[0].status).sort()).toEqual([
      "duplicate",
      "duplicate",
      "duplicate",
      "stopped",
    ]);
    expect(await expectStoredOnce(clientId)).toMatchObject({ endedAt: new Date(stop.endedAt), rawMinutes: 51 });
  });
});

describe("a timer started offline and still running when the network returns", () => {
  it("runs on the server from the tapped start; its later stop ends it", async () => {
    const clientId = crypto.randomUUID();
    const start = { clientId, interventionId, startedAt: "2026-11-20T12:30:00.000Z", endedAt: null };
    expect(await syncTimers([start])).toMatchObject([{ status: "started" }]);
    expect(await syncTimers([start])).toMatchObject([{ status: "duplicate" }]);
    expect(await entryBy(clientId)).toMatchObject({ startedAt: new Date(start.startedAt), endedAt: null });
    expect(await syncTimers([{ ...start, endedAt: "2026-11-20T13:00:00.000Z" }])).toMatchObject([
      { status: "stopped" },
    ]);
    expect(await expectStoredOnce(clientId)).toMatchObject({ rawMinutes: 30 });
  });
});

describe("a timer started and stopped offline within half a minute", () => {
  // Online, such a timer is discarded with "less than a minute: nothing was saved"; offline it
  // used to come back refused as "Saisie incomplète : {details}" and stay stuck on the phone.
  it("is discarded: nothing is recorded, the phone is told why, and a replay says the same", async () => {
    const taps = {
      clientId: crypto.randomUUID(),
      interventionId,
      startedAt: "2026-11-19T15:00:00.000Z",
      endedAt: "2026-11-19T15:00:20.000Z",
    };
    const first = await syncTimers([taps]);
    expect(first).toEqual([
      { clientId: taps.clientId, status: "discarded", message: "Moins d'une minute : rien n'a été enregistré." },
    ]);
    expect(await db().timeEntry.count({ where: { clientId: taps.clientId, deletedAt: null } })).toBe(0);
    expect(await syncTimers([taps])).toMatchObject([{ clientId: taps.clientId, status: "discarded" }]);
    expect(await syncTimers([{ ...taps, endedAt: null }])).toMatchObject([{ status: "discarded" }]);
    expect(await db().timeEntry.count({ where: { clientId: taps.clientId, deletedAt: null } })).toBe(0);
  });
});

describe("refusals", () => {
  it("says why, and keeps nothing: a tap in the future, a stop before the start, another tenant's intervention, bad input", async () => {
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    const other = (await db().intervention.findFirstOrThrow({ where: { associationId: tenants.b.associationId } })).id;
    const items = [
      { clientId: crypto.randomUUID(), interventionId, startedAt: "2026-11-12T08:00:00.000Z", endedAt: future },
      {
        clientId: crypto.randomUUID(),
        interventionId,
        startedAt: "2026-11-12T08:00:00.000Z",
        endedAt: "2026-11-12T07:00:00.000Z",
      },
      {
        clientId: crypto.randomUUID(),
        interventionId: other,
        startedAt: "2026-11-12T08:00:00.000Z",
        endedAt: "2026-11-12T09:00:00.000Z",
      },
      { clientId: crypto.randomUUID(), interventionId, startedAt: "hier" },
    ];
    const results = await syncTimers(items);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect(results[0].message).toContain("futur");
    expect(results[1].message).toContain("doit suivre");
    expect(results[3].message).toContain("Saisie incomplète");
    for (const item of items) expect(await entryBy(item.clientId)).toBeNull();
  });
});
