// The technician's pages read in plain SQL (ADR 019, fourth pass) must give what Prisma's nested
// selects gave, field for field, on PGlite and on PostgreSQL: each SQL read against its Prisma
// reference (tests/support/prisma-reference-reads.ts), then each page's loader against the page
// shaped from the reference read. Days with visits, a day without (the next visit), a timer left
// running since the day before, a member with more contacts than a card shows, a cancelled visit,
// and the other association's technician.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../app/domain/calendar/local-date";
import { dateColumn } from "../../app/domain/calendar/date-columns";
import { zonedLocalTimeToInstant } from "../../app/domain/calendar/zoned-time";
import { readToday } from "../../app/domain/time/today-read.server";
import { todayViewOf } from "../../app/domain/time/technician-views.server";
import { loader as todayLoader } from "../../app/routes/technicien.aujourdhui";
import { db } from "../../app/utils/db.server";
import { runWithRequestMemo } from "../../app/utils/request-memo.server";
import { seedAssociation, type SeededAssociation } from "../../prisma/seed";
import { seedDemoInterventions } from "../../prisma/seed-interventions";
import { getRequest, sessionCookieFor } from "../support/http";
import { prismaCalendarRead, prismaTodayRead, prismaWeekRead } from "../support/prisma-reference-reads";
import { readWeek } from "../../app/domain/time/week-read.server";
import { weekViewOf } from "../../app/domain/time/technician-views.server";
import { loader as weekLoader } from "../../app/routes/technicien.temps._index";
import { readCalendar } from "../../app/domain/scheduling/calendar-read.server";
import { calendarViewOf } from "../../app/domain/scheduling/calendar-view.server";
import { loader as planningLoader } from "../../app/routes/planning._index";
import { actor } from "../../prisma/seed-interventions";

const today = "2026-11-24";
let a: SeededAssociation;
let b: SeededAssociation;
let visitId: string;

beforeAll(async () => {
  a = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), a, today);
  b = await seedAssociation(db(), { slug: "other", name: "Amie B", emailDomain: "b.test", today, memberCount: 3 });
  await seedDemoInterventions(db(), b, today);
  const { associationId, technicianId } = a;
  const visit = await db().intervention.findFirstOrThrow({
    where: { associationId, technicianId, localDate: dateColumn(today) },
  });
  visitId = visit.id;
  // More contacts than a card shows, created one after the other.
  for (const index of [1, 2, 3, 4, 5])
    await db().contact.create({
      data: {
        associationId,
        memberId: visit.memberId!,
        name: `Contact ${index}`,
        phone: `06 00 00 00 0${index}`,
        createdAt: new Date(Date.UTC(2026, 0, index)),
      },
    });
  // A cancelled visit tomorrow (never shown) and a timer left running since yesterday.
  await db().intervention.create({
    data: {
      associationId,
      technicianId,
      memberId: visit.memberId,
      title: "Annulée",
      localDate: dateColumn(addDays(today, 1)),
      startsAt: zonedLocalTimeToInstant(addDays(today, 1), "14:00", "Europe/Paris"),
      endsAt: zonedLocalTimeToInstant(addDays(today, 1), "15:00", "Europe/Paris"),
      plannedMinutes: 60,
      status: "CANCELLED",
    },
  });
  // A second technician, first by name, and absences across the week.
  const other = await db().technician.create({
    data: { associationId, displayName: "Aline Seconde", contractStart: dateColumn("2026-01-01") },
  });
  for (const [technician, start, end, portion] of [
    [technicianId, "2026-11-23", "2026-11-23", "MORNING"],
    [technicianId, "2026-11-26", "2026-12-02", "FULL_DAY"],
    [other.id, "2026-11-20", "2026-11-25", "FULL_DAY"],
  ] as const)
    await db().absence.create({
      data: {
        associationId,
        technicianId: technician,
        kind: "LEAVE",
        portion,
        startDate: dateColumn(start),
        endDate: dateColumn(end),
      },
    });
  await db().timeEntry.create({
    data: {
      associationId,
      technicianId,
      interventionId: visit.id,
      clientId: crypto.randomUUID(),
      kind: "ON_SITE",
      startedAt: zonedLocalTimeToInstant(addDays(today, -1), "16:12", "Europe/Paris"),
      localDate: dateColumn(addDays(today, -1)),
      rawMinutes: 0,
      accountedMinutes: 0,
    },
  });
});

const scopeOf = (seeded: SeededAssociation, role: "technician" | "member" = "technician") => ({
  associationId: seeded.associationId,
  userId: seeded.users[role].id,
});

describe("Today", () => {
  // A working day with visits; the day after the seed's visits (only the next one); a Sunday.
  it.each([today, addDays(today, 2), "2026-11-29", "2027-03-01"])("reads as Prisma did on %s", async (day) => {
    for (const scope of [
      scopeOf(a),
      scopeOf(b),
      scopeOf(a, "member"),
      { ...scopeOf(b), associationId: a.associationId },
    ])
      expect(await readToday(scope, day, addDays(day, 1))).toEqual(await prismaTodayRead(scope, day, addDays(day, 1)));
  });

  it("gives the page the reference read gives, through the loader", async () => {
    const cookie = await sessionCookieFor(a.users.technician.email);
    const page = await runWithRequestMemo(() =>
      todayLoader({ request: getRequest("/technicien/aujourdhui", cookie), params: {}, context: {} }),
    );
    // The loader's day is the real one (no fixed clock here): the reference is read for the same day.
    const expected = todayViewOf(await prismaTodayRead(scopeOf(a), page.today, page.tomorrow), page.today);
    const { startClientId, renderedAt, name, timeZone, ...view } = page;
    const user = await db().user.findUniqueOrThrow({ where: { id: a.users.technician.id } });
    expect({ name, timeZone }).toEqual({ name: user.name, timeZone: "Europe/Paris" });
    expect(startClientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(renderedAt))).toBe(false);
    expect(view).toEqual(expected);
    // On the seed's day: today's visits, the first three contacts, the timer running since yesterday.
    const seeded = todayViewOf(await readToday(scopeOf(a), today, addDays(today, 1)), today);
    const card = seeded.interventions.find((item) => item.id === visitId);
    expect(card?.member?.contacts.map((contact) => contact.name)).toEqual(["Contact 1", "Contact 2", "Contact 3"]);
    expect(seeded.interventions.map((item) => item.title)).not.toContain("Annulée");
    expect(seeded.running?.startedAt).toEqual(zonedLocalTimeToInstant(addDays(today, -1), "16:12", "Europe/Paris"));
  });
});

describe("planning", () => {
  it.each([
    ["2026-11-23", "2026-11-29", null],
    ["2026-11-01", "2026-12-31", null],
    ["2026-11-23", "2026-11-29", "CANCELLED"],
    ["2026-11-01", "2026-12-31", "PLANNED"],
  ] as const)("reads as Prisma did from %s to %s (%s)", async (from, to, state) => {
    for (const associationId of [a.associationId, b.associationId])
      expect(await readCalendar(associationId, from, to, state)).toEqual(
        await prismaCalendarRead(associationId, from, to, state),
      );
  });

  it.each([
    ["technician", "/planning"],
    ["technician", "/planning?vue=mois&date=2026-11-24"],
    ["admin", "/planning?technicien=tous&vue=semaine&date=2026-11-24"],
    ["admin", "/planning?vue=jour&date=2026-11-26&etat=CANCELLED"],
  ] as const)("gives the %s the page of the reference read: %s", async (role, path) => {
    const cookie = await sessionCookieFor(a.users[role].email);
    const page = await runWithRequestMemo(() =>
      planningLoader({ request: getRequest(path, cookie), params: {}, context: {} }),
    );
    const user = await actor(db(), a.users[role].id, a.associationId);
    const search = new URL(path, "http://localhost").searchParams;
    const query = {
      view: search.get("vue"),
      date: search.get("date"),
      technicianId: search.get("technicien"),
      state: search.get("etat"),
    };
    const { today: _today, canManage: _canManage, ...view } = page;
    const reference = await prismaCalendarRead(a.associationId, page.from, page.to, page.state);
    expect(view).toEqual(calendarViewOf(user, query, reference));
    expect(view.days.some((day) => day.absences.length > 0)).toBe(true);
  });
});

describe("time entries", () => {
  beforeAll(async () => {
    // An entry of the week with no visit (a member helped remotely), and a travel on the visit of
    // the seed's day, so that the visit's charge adds both (written as stored, minutes given).
    const member = await db().member.findFirstOrThrow({ where: { associationId: a.associationId } });
    const at = (date: string, time: string) => zonedLocalTimeToInstant(date, time, "Europe/Paris");
    for (const entry of [
      { date: "2026-11-23", kind: "REMOTE", memberId: member.id, from: "14:00", to: "14:20", raw: 20, accounted: 30 },
      { date: today, kind: "TRAVEL", interventionId: visitId, from: "07:40", to: "07:58", raw: 18, accounted: 9 },
    ] as const)
      await db().timeEntry.create({
        data: {
          associationId: a.associationId,
          technicianId: a.technicianId,
          clientId: crypto.randomUUID(),
          kind: entry.kind,
          memberId: "memberId" in entry ? entry.memberId : null,
          interventionId: "interventionId" in entry ? entry.interventionId : null,
          startedAt: at(entry.date, entry.from),
          endedAt: at(entry.date, entry.to),
          localDate: dateColumn(entry.date),
          rawMinutes: entry.raw,
          accountedMinutes: entry.accounted,
        },
      });
  });

  it.each(["2026-11-23", "2026-11-16", "2026-11-30", "2027-01-04"] as const)(
    "reads as Prisma did for the week of %s",
    async (monday) => {
      for (const scope of [scopeOf(a), scopeOf(b), scopeOf(a, "member")])
        expect(await readWeek(scope, monday, addDays(monday, 6))).toEqual(
          await prismaWeekRead(scope, monday, addDays(monday, 6)),
        );
    },
  );

  it.each(["fr", "en"] as const)("gives the page the reference read gives, in %s", async (locale) => {
    await db().user.update({ where: { id: a.users.technician.id }, data: { locale } });
    const cookie = await sessionCookieFor(a.users.technician.email);
    const page = await runWithRequestMemo(() =>
      weekLoader({ request: getRequest("/technicien/temps?semaine=2026-11-23", cookie), params: {}, context: {} }),
    );
    const { timeZone, ...view } = page;
    expect(timeZone).toBe("Europe/Paris");
    const reference = await prismaWeekRead(scopeOf(a), "2026-11-23", "2026-11-29");
    expect(view).toEqual(weekViewOf(reference, "2026-11-23", locale));
    expect(Object.keys(view.visits).length).toBeGreaterThan(0);
    expect(view.days.flatMap((day) => day.entries).length).toBeGreaterThan(2);
  });
});
