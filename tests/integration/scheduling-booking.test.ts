// The booking journey through the route modules: a member requests, staff plan, propose, move
// and cancel; emails carry .ics files; the late-cancellation rule writes the ledger.
import { beforeAll, describe, expect, it } from "vitest";
import { isHoliday } from "../../app/domain/calendar/holidays";
import {
  addDays,
  compareIsoDates,
  isoWeekday,
  type IsoDate,
  type IsoWeekday,
} from "../../app/domain/calendar/local-date";
import { localDateOf, zonedLocalTimeToInstant } from "../../app/domain/calendar/zoned-time";
import * as memberDetail from "../../app/routes/espace-membre.demandes.$requestId";
import * as memberList from "../../app/routes/espace-membre.demandes._index";
import * as memberNew from "../../app/routes/espace-membre.demandes.nouvelle";
import * as planRoute from "../../app/routes/planning.demandes.$requestId";
import * as inboxRoute from "../../app/routes/planning.demandes._index";
import * as interventionRoute from "../../app/routes/planning.interventions.$interventionId";
import * as directRoute from "../../app/routes/planning.interventions.nouvelle";
import * as calendarRoute from "../../app/routes/planning._index";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";
import { isoOf } from "~/domain/calendar/date-columns";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "technician", "member", "member2", "treasurer"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
});

const call = (
  route: { action?: unknown; loader?: unknown },
  kind: "loader" | "action",
  request: Request,
  params: Record<string, string> = {},
) => respond(() => (route[kind] as (args: object) => Promise<unknown>)({ request, params, context: {} }));

async function memberRequest(
  subject: string,
  urgency = "NORMAL",
  who: "member" | "member2" = "member",
  extra: Record<string, string> = {},
) {
  const response = await call(
    memberNew,
    "action",
    postRequest(
      "/",
      {
        subject,
        details: "Rien ne s'imprime",
        urgency,
        mode: "ON_SITE",
        siteAddress: "",
        expectedMinutes: "120",
        ...extra,
      },
      cookie[who],
    ),
  );
  expect(response.status).toBe(302);
  return response.headers.get("Location")!.split("/").pop()!;
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

// The services read the real clock, so the tests that depend on "now" date their slots from
// today in Paris instead of from the fixture's day.
const PARIS = "Europe/Paris";

/** The first such weekday on or after `from` that is not a public holiday, nor the day after it. */
function nextWorkingWeekday(from: IsoDate, weekday: IsoWeekday): IsoDate {
  let date = addDays(from, (weekday - isoWeekday(from) + 7) % 7);
  while (isHoliday(date, "METROPOLE") || isHoliday(addDays(date, 1), "METROPOLE")) date = addDays(date, 7);
  return date;
}

/**
 * The seed's subscriptions cover the fixture's year only; a late cancellation is charged to the
 * member's subscription covering the intervention's day, so make sure there is one.
 */
async function ensureSubscriptionOn(memberId: string, date: IsoDate) {
  const day = new Date(`${date}T00:00:00Z`);
  const { associationId } = tenants.a;
  if (
    await db().subscription.findFirst({
      where: { associationId, memberId, startDate: { lte: day }, endDate: { gte: day } },
    })
  )
    return;
  const year = date.slice(0, 4);
  const [startDate, endDate] = [new Date(`${year}-01-01T00:00:00Z`), new Date(`${year}-12-31T00:00:00Z`)];
  const period = await db().period.upsert({
    where: { associationId_startDate: { associationId, startDate } },
    create: { associationId, label: year, startDate, endDate },
    update: {},
  });
  await db().subscription.create({
    data: { associationId, memberId, periodId: period.id, shareHalves: 2, priceCents: 0, startDate, endDate },
  });
}

describe("member requests", () => {
  it("refuses bad input with 400 and writes nothing", async () => {
    const before = await db().interventionRequest.count();
    const response = await call(
      memberNew,
      "action",
      postRequest("/", { subject: "", expectedMinutes: "5", preferredDate1: "2026-02-30" }, cookie.member),
    );
    expect(response.status).toBe(400);
    expect(await db().interventionRequest.count()).toBe(before);
  });

  it("creates a request with the organisation's address and preferred slots, visible only to that member", async () => {
    const id = await memberRequest("Imprimante", "NORMAL", "member", {
      preferredDate1: "2026-12-07",
      preferredPortion1: "MORNING",
    });
    const request = await db().interventionRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({
      memberId: tenants.a.memberIds[0],
      status: "REQUESTED",
      expectedMinutes: 120,
      preferredSlots: [{ date: "2026-12-07", portion: "MORNING" }],
    });
    expect(request.siteAddress).toMatch(/place de la Mairie/);
    const list = await (await call(memberList, "loader", getRequest("/", cookie.member))).json();
    expect(list.requests.map((item: { id: string }) => item.id)).toContain(id);
    const other = await (await call(memberList, "loader", getRequest("/", cookie.member2))).json();
    expect(other.requests.map((item: { id: string }) => item.id)).not.toContain(id);
    expect((await call(memberDetail, "loader", getRequest("/", cookie.member2), { requestId: id })).status).toBe(404);
    expect(
      (await call(memberDetail, "action", postRequest("/", { intent: "cancel" }, cookie.member2), { requestId: id }))
        .status,
    ).toBe(404);
  });

  it("shows the balance impact and refuses beyond the balance when the association blocks", async () => {
    const context = await (await call(memberNew, "loader", getRequest("/", cookie.member))).json();
    expect(context.hasSubscription).toBe(true);
    expect(context.availableMinutes).toBeGreaterThan(0);
    await db().association.update({ where: { id: tenants.a.associationId }, data: { overagePolicy: "BLOCK" } });
    const movement = await db().ledgerMovement.findFirstOrThrow({
      where: { memberId: tenants.a.memberIds[0], kind: "GRANT" },
    });
    await db().ledgerMovement.create({
      data: {
        ...movement,
        id: undefined,
        createdAt: undefined,
        kind: "ADJUSTMENT",
        minutes: -(context.availableMinutes - 60),
        reason: "test",
        idempotencyKey: "test-drain",
      },
    });
    const before = await db().interventionRequest.count();
    const response = await call(
      memberNew,
      "action",
      postRequest(
        "/",
        { subject: "Serveur", urgency: "NORMAL", mode: "REMOTE", expectedMinutes: "120" },
        cookie.member,
      ),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/bloque|n'accepte pas de réservation au-delà du solde/);
    expect(await db().interventionRequest.count()).toBe(before);
    await db().association.update({ where: { id: tenants.a.associationId }, data: { overagePolicy: "BILL" } });
    await db().ledgerMovement.deleteMany({ where: { idempotencyKey: "test-drain" } });
  });
});

describe("staff planning", () => {
  it("sorts the inbox by urgency then age", async () => {
    await memberRequest("Normale ancienne");
    await memberRequest("Bloquante", "BLOCKING", "member2");
    await memberRequest("Urgente", "URGENT");
    const inbox = await (await call(inboxRoute, "loader", getRequest("/", cookie.technician))).json();
    const urgencies: string[] = inbox.requests.map((request: { urgency: string }) => request.urgency);
    expect(urgencies.indexOf("BLOCKING")).toBe(0);
    expect(urgencies.lastIndexOf("URGENT")).toBeLessThan(urgencies.indexOf("NORMAL"));
  });

  it("suggests free slots, refuses a conflicting slot naming the rule and item, then plans and mails an .ics", async () => {
    const id = await memberRequest("Wi-Fi");
    const view = await (await call(planRoute, "loader", getRequest("/", cookie.technician), { requestId: id })).json();
    expect(view.suggestions.length).toBeGreaterThan(0);
    // A Monday at least a week ahead (so cancelling it is not late), the Tuesday after it,
    // the next Christmas and a Thursday (the technician works Monday to Wednesday).
    const today = localDateOf(new Date(), PARIS);
    const monday = nextWorkingWeekday(addDays(today, 7), 1);
    const tuesday = addDays(monday, 1);
    const christmas =
      compareIsoDates(today, `${today.slice(0, 4)}-12-25`) <= 0
        ? `${today.slice(0, 4)}-12-25`
        : `${Number(today.slice(0, 4)) + 1}-12-25`;
    const thursdayDate = nextWorkingWeekday(addDays(today, 7), 4);
    // The seed's first future intervention, 09:00–12:00 in Paris.
    const seeded = await db().intervention.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, status: "PLANNED" },
      orderBy: { startsAt: "asc" },
    });
    const clash = await call(
      planRoute,
      "action",
      postRequest(
        "/",
        { intent: "plan", technicianId: tenants.a.technicianId, date: isoOf(seeded.localDate), slot: "MORNING" },
        cookie.technician,
      ),
      { requestId: id },
    );
    expect(clash.status).toBe(409);
    const body = await clash.json();
    expect(body.conflicts).toEqual([
      expect.objectContaining({
        rule: "overlap",
        intervention: expect.objectContaining({ id: seeded.id, title: seeded.title }),
      }),
    ]);
    const holiday = await call(
      planRoute,
      "action",
      postRequest(
        "/",
        { intent: "plan", technicianId: tenants.a.technicianId, date: christmas, slot: "MORNING" },
        cookie.admin,
      ),
      { requestId: id },
    );
    expect((await holiday.json()).conflicts).toEqual(expect.arrayContaining([{ rule: "holiday", name: "Noël" }]));
    const thursday = await call(
      planRoute,
      "action",
      postRequest(
        "/",
        { intent: "plan", technicianId: tenants.a.technicianId, date: thursdayDate, slot: "MORNING" },
        cookie.admin,
      ),
      { requestId: id },
    );
    expect((await thursday.json()).conflicts).toEqual([{ rule: "non-working-day" }]);
    expect(await db().intervention.count({ where: { requestId: id } })).toBe(0);

    await db().outboxJob.deleteMany({});
    const planned = await call(
      planRoute,
      "action",
      postRequest(
        "/",
        {
          intent: "plan",
          technicianId: tenants.a.technicianId,
          date: monday,
          slot: "CUSTOM",
          startTime: "14:00",
          endTime: "16:00",
        },
        cookie.technician,
      ),
      { requestId: id },
    );
    expect(planned.status).toBe(302);
    const intervention = await db().intervention.findFirstOrThrow({ where: { requestId: id } });
    expect(intervention).toMatchObject({
      status: "PLANNED",
      plannedMinutes: 120,
      startsAt: zonedLocalTimeToInstant(monday, "14:00", PARIS),
      endsAt: zonedLocalTimeToInstant(monday, "16:00", PARIS),
      icsSequence: 0,
    });
    expect((await db().interventionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNED");

    const [job] = await db().outboxJob.findMany({ where: { kind: "email" } });
    const payload = job.payload as {
      to: string[];
      subject: string;
      attachments: { contentType: string; contentBase64: string }[];
    };
    expect(payload.to).toEqual(expect.arrayContaining(["membre@a.test", "contact1@a.test", "technicien@a.test"]));
    expect(payload.subject).toMatch(/Intervention planifiée/);
    const ics = Buffer.from(payload.attachments[0].contentBase64, "base64").toString("utf8");
    expect(payload.attachments[0].contentType).toContain("method=REQUEST");
    const lines = unfold(ics).split("\r\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "METHOD:REQUEST",
        `UID:${intervention.icsUid}`,
        "SEQUENCE:0",
        `DTSTART;TZID=Europe/Paris:${monday.replace(/-/g, "")}T140000`,
        "TZID:Europe/Paris",
      ]),
    );
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    // The technician reads English: from now on they get their own message, in English.
    await db().user.update({ where: { email: "technicien@a.test" }, data: { locale: "en" } });
    // Moving keeps the UID and raises the sequence.
    const moved = await call(
      interventionRoute,
      "action",
      postRequest(
        "/",
        {
          intent: "move",
          technicianId: tenants.a.technicianId,
          date: tuesday,
          slot: "AFTERNOON",
          reason: "Client absent le lundi",
        },
        cookie.admin,
      ),
      { interventionId: intervention.id },
    );
    expect(moved.status).toBe(302);
    const after = await db().intervention.findUniqueOrThrow({ where: { id: intervention.id } });
    // Issue 11: a half-day chosen for a shorter visit keeps the visit's duration, not the whole half-day.
    expect(after).toMatchObject({ icsSequence: 1, portion: "AFTERNOON", plannedMinutes: intervention.plannedMinutes });
    const movedJob = await db().outboxJob.findFirstOrThrow({
      where: { dedupeKey: `intervention:${intervention.id}:moved:1` },
    });
    const movedIcs = unfold(
      Buffer.from(
        (movedJob.payload as { attachments: { contentBase64: string }[] }).attachments[0].contentBase64,
        "base64",
      ).toString("utf8"),
    );
    expect(movedIcs).toContain(`UID:${intervention.icsUid}`);
    expect(movedIcs).toContain("SEQUENCE:1");
    expect((movedJob.payload as { to: string[]; subject: string }).to).not.toContain("technicien@a.test");
    expect((movedJob.payload as { subject: string }).subject).toMatch(/^Intervention déplacée : /);
    const english = (
      await db().outboxJob.findFirstOrThrow({ where: { dedupeKey: `intervention:${intervention.id}:moved:1:en` } })
    ).payload as { to: string[]; subject: string; attachments: { contentBase64: string }[] };
    expect(english.to).toEqual(["technicien@a.test"]);
    expect(english.subject).toMatch(/^Intervention moved: .*, on [A-Z][a-z]+day,? \d+ [A-Z][a-z]+ \d{4}$/);
    const englishIcs = unfold(Buffer.from(english.attachments[0].contentBase64, "base64").toString("utf8"));
    expect(englishIcs).toContain(`UID:${intervention.icsUid}`);
    expect(englishIcs).toContain("SEQUENCE:1");
    await db().user.update({ where: { email: "technicien@a.test" }, data: { locale: "fr" } });

    // The member sees it planned, with its history.
    const detail = await (await call(memberDetail, "loader", getRequest("/", cookie.member), { requestId: id })).json();
    expect(detail.request.status).toBe("PLANNED");
    expect(detail.history.map((entry: { action: string }) => entry.action)).toEqual([
      "request.created",
      "request.planned",
      "intervention.moved",
    ]);

    // Staff cancel (not late: more than 48 h ahead) → CANCEL .ics, nothing consumed.
    const cancelled = await call(
      interventionRoute,
      "action",
      postRequest("/", { intent: "cancel", reason: "Matériel pas livré" }, cookie.technician),
      { interventionId: intervention.id },
    );
    expect(cancelled.status).toBe(302);
    expect(await db().ledgerMovement.count({ where: { interventionId: intervention.id } })).toBe(0);
    const cancelJob = await db().outboxJob.findFirstOrThrow({
      where: { dedupeKey: `intervention:${intervention.id}:cancelled:2` },
    });
    const cancelIcs = unfold(
      Buffer.from(
        (cancelJob.payload as { attachments: { contentBase64: string }[] }).attachments[0].contentBase64,
        "base64",
      ).toString("utf8"),
    );
    expect(cancelIcs).toContain("METHOD:CANCEL");
    expect(cancelIcs).toContain("STATUS:CANCELLED");
  });

  it("proposes a slot the member accepts, and one the member declines", async () => {
    const id = await memberRequest("Sauvegarde");
    const proposed = await call(
      planRoute,
      "action",
      postRequest(
        "/",
        { intent: "propose", technicianId: tenants.a.technicianId, date: "2026-12-09", slot: "MORNING" },
        cookie.technician,
      ),
      { requestId: id },
    );
    expect(proposed.status).toBe(302);
    expect((await db().interventionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");
    const declined = await call(
      memberDetail,
      "action",
      postRequest("/", { intent: "decline", reason: "Fermé ce jour-là" }, cookie.member),
      { requestId: id },
    );
    expect(declined.status).toBe(302);
    expect((await db().interventionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("REQUESTED");
    expect(await db().intervention.count({ where: { requestId: id } })).toBe(0);

    await call(
      planRoute,
      "action",
      postRequest(
        "/",
        { intent: "propose", technicianId: tenants.a.technicianId, date: "2026-12-14", slot: "AFTERNOON" },
        cookie.technician,
      ),
      { requestId: id },
    );
    const accepted = await call(memberDetail, "action", postRequest("/", { intent: "accept" }, cookie.member), {
      requestId: id,
    });
    expect(accepted.status).toBe(302);
    expect(await db().intervention.findFirstOrThrow({ where: { requestId: id } })).toMatchObject({
      status: "PLANNED",
      portion: "AFTERNOON",
    });
  });

  it("counts a late cancellation unless waived, and warns the member before", async () => {
    const make = async (title: string, hoursAhead: number) => {
      const startsAt = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + hoursAhead * 3_600_000);
      const localDate = localDateOf(startsAt, PARIS);
      await ensureSubscriptionOn(tenants.a.memberIds[0], localDate);
      const request = await db().interventionRequest.create({
        data: {
          associationId: tenants.a.associationId,
          memberId: tenants.a.memberIds[0],
          createdById: tenants.a.users.member.id,
          subject: title,
          expectedMinutes: 90,
          status: "PLANNED",
        },
      });
      const intervention = await db().intervention.create({
        data: {
          associationId: tenants.a.associationId,
          memberId: tenants.a.memberIds[0],
          technicianId: tenants.a.technicianId,
          requestId: request.id,
          title,
          localDate: new Date(`${localDate}T00:00:00Z`),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          plannedMinutes: 90,
        },
      });
      return { request, intervention };
    };
    const first = await make("Tardive", 20);
    const warned = await call(memberDetail, "action", postRequest("/", { intent: "cancel" }, cookie.member), {
      requestId: first.request.id,
    });
    expect(warned.status).toBe(400);
    expect((await db().intervention.findUniqueOrThrow({ where: { id: first.intervention.id } })).status).toBe(
      "PLANNED",
    );
    const detail = await (
      await call(memberDetail, "loader", getRequest("/", cookie.member), { requestId: first.request.id })
    ).json();
    expect(detail.lateIfCancelledNow).toBe(true);
    const confirmed = await call(
      memberDetail,
      "action",
      postRequest("/", { intent: "cancel", confirmLate: "on" }, cookie.member),
      { requestId: first.request.id },
    );
    expect(confirmed.status).toBe(302);
    expect(await db().ledgerMovement.findMany({ where: { interventionId: first.intervention.id } })).toEqual([
      expect.objectContaining({
        kind: "CONSUMPTION",
        minutes: -90,
        idempotencyKey: `late-cancel:${first.intervention.id}`,
      }),
    ]);

    const second = await make("Excusée", 10);
    const waived = await call(
      interventionRoute,
      "action",
      postRequest("/", { intent: "cancel", reason: "Panne de courant", waiveLateCancellation: "on" }, cookie.admin),
      { interventionId: second.intervention.id },
    );
    expect(waived.status).toBe(302);
    expect(await db().intervention.findUniqueOrThrow({ where: { id: second.intervention.id } })).toMatchObject({
      status: "CANCELLED",
      lateCancellation: true,
      lateCancellationWaived: true,
    });
    expect(await db().ledgerMovement.count({ where: { interventionId: second.intervention.id } })).toBe(0);
  });

  it("creates a recurring series, skipping and reporting conflicting occurrences", async () => {
    // First Monday of the month from December 2026: 7 Dec, 4 Jan, 1 Feb, 1 Mar. Block 4 January with an absence.
    await db().absence.create({
      data: {
        associationId: tenants.a.associationId,
        technicianId: tenants.a.technicianId,
        kind: "LEAVE",
        startDate: new Date("2027-01-04T00:00:00Z"),
        endDate: new Date("2027-01-04T00:00:00Z"),
      },
    });
    const response = await call(
      directRoute,
      "action",
      postRequest(
        "/",
        {
          title: "Vérification des sauvegardes",
          memberId: tenants.a.memberIds[2],
          technicianId: tenants.a.technicianId,
          date: "2026-12-01",
          slot: "CUSTOM",
          startTime: "09:00",
          endTime: "10:00",
          recurrence: "FREQ=MONTHLY;BYDAY=1MO",
          untilDate: "2027-03-31",
          mode: "REMOTE",
        },
        cookie.technician,
      ),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.skipped).toEqual([{ date: "2027-01-04", conflicts: [expect.objectContaining({ rule: "absence" })] }]);
    const series = await db().intervention.findMany({
      where: { title: "Vérification des sauvegardes" },
      orderBy: { startsAt: "asc" },
    });
    expect(series.map((item) => item.localDate.toISOString().slice(0, 10))).toEqual([
      "2026-12-07",
      "2027-02-01",
      "2027-03-01",
    ]);
    expect(new Set(series.map((item) => item.seriesId)).size).toBe(1);
  });

  it("shows week and month views for one technician and all technicians for admins", async () => {
    const week = await (
      await call(calendarRoute, "loader", getRequest("/planning?vue=semaine&date=2026-11-25", cookie.technician))
    ).json();
    expect(week.days).toHaveLength(7);
    expect(week.from).toBe("2026-11-23");
    expect(week.technicianId).toBe(tenants.a.technicianId);
    expect(week.days.find((day: { date: string }) => day.date === "2026-11-24").items.length).toBeGreaterThan(0);
    const month = await (
      await call(
        calendarRoute,
        "loader",
        getRequest("/planning?vue=mois&date=2026-12-15&technicien=tous", cookie.admin),
      )
    ).json();
    expect(month.days).toHaveLength(31);
    expect(month.technicianId).toBe("tous");
    expect(month.days.find((day: { date: string }) => day.date === "2026-12-25").holiday).toBe("Noël");
  });
});
