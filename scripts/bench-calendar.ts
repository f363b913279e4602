// `npm run bench:calendar`: seeds a large association (300 members, 5 technicians working Monday
// to Friday, two interventions a day each over a year: ~2,600 interventions) in a throwaway
// PostgreSQL database, then times the median of: the free-slot search, the month calendar
// loader (one technician, and all of them), and a year-long iCal feed. Target: < 50 ms each.
//
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres   server to create the database on
import crypto from "node:crypto";
import pg from "pg";
import { addDays, isoWeekday } from "../app/domain/calendar/local-date";
import { isHoliday } from "../app/domain/calendar/holidays";
import { calendarView } from "../app/domain/scheduling/calendar-view.server";
import { feedCalendar } from "../app/domain/scheduling/feeds.server";
import { suggestSlots } from "../app/domain/scheduling/planning.server";
import { instantOfLocalMinute } from "../app/domain/scheduling/conflicts";
import type { CurrentUser } from "../app/utils/auth.server";
import { openDatabase, useDatabase as installDatabase } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { newToken } from "../app/utils/tokens.server";
import { dateColumn } from "../app/domain/calendar/date-columns";

const RUNS = 30;
const WARM_UP = 5;
const TODAY = "2026-11-23";
const NOW = new Date(`${TODAY}T07:00:00Z`);

const serverUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `qp_bench_cal_${crypto.randomBytes(5).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const database = installDatabase(await openDatabase(url.toString()));

try {
  await database.withRawSql((raw) => applyMigrations(raw));
  const prisma = database.prisma;
  const started = performance.now();
  const association = await prisma.association.create({
    data: { slug: "grande", name: "Grande Amie", legalName: "Grande Amie" },
  });
  const associationId = association.id;
  await prisma.member.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      associationId,
      name: `Structure ${String(i + 1).padStart(3, "0")}`,
    })),
  });
  const members = await prisma.member.findMany({ where: { associationId }, select: { id: true } });
  const users = await Promise.all(
    ["admin", "tech1", "tech2", "tech3", "tech4", "tech5"].map((local) =>
      prisma.user.create({ data: { email: `${local}@grande.test`, name: local } }),
    ),
  );
  await prisma.membership.createMany({
    data: users.map((user, i) => ({
      associationId,
      userId: user.id,
      role: i === 0 ? ("admin" as const) : ("technician" as const),
    })),
  });
  const technicians: { id: string }[] = [];
  for (let i = 1; i <= 5; i++) {
    technicians.push(
      await prisma.technician.create({
        data: {
          associationId,
          userId: users[i].id,
          displayName: `Tech ${i}`,
          contractStart: dateColumn("2024-01-01"),
          patternDays: { create: [1, 2, 3, 4, 5].map((weekday) => ({ associationId, weekday })) },
        },
      }),
    );
  }
  // A year around today: every working day, morning 09:00–11:30 and afternoon 14:00–16:00.
  const interventions = [];
  for (let day = addDays(TODAY, -180); day <= addDays(TODAY, 185); day = addDays(day, 1)) {
    if (isoWeekday(day) > 5 || isHoliday(day, "METROPOLE")) continue;
    for (const [t, technician] of technicians.entries()) {
      for (const [start, end] of [
        [540, 690],
        [840, 960],
      ]) {
        interventions.push({
          associationId,
          technicianId: technician.id,
          memberId: members[(interventions.length * 7 + t) % members.length].id,
          title: `Maintenance ${interventions.length}`,
          localDate: dateColumn(day),
          startsAt: instantOfLocalMinute(day, start, "Europe/Paris"),
          endsAt: instantOfLocalMinute(day, end, "Europe/Paris"),
          plannedMinutes: end - start,
          status: day < TODAY ? ("DONE" as const) : ("PLANNED" as const),
        });
      }
    }
  }
  for (let i = 0; i < interventions.length; i += 2000)
    await prisma.intervention.createMany({ data: interventions.slice(i, i + 2000) });
  await prisma.absence.createMany({
    data: technicians.map((technician, i) => ({
      associationId,
      technicianId: technician.id,
      kind: "LEAVE" as const,
      startDate: dateColumn(addDays(TODAY, 7 + i)),
      endDate: dateColumn(addDays(TODAY, 11 + i)),
    })),
  });
  const adminToken = newToken();
  const techToken = newToken();
  await prisma.calendarFeedToken.createMany({
    data: [
      { associationId, userId: users[0].id, tokenHash: adminToken.tokenHash },
      { associationId, userId: users[1].id, tokenHash: techToken.tokenHash },
    ],
  });
  await prisma.$executeRawUnsafe("ANALYZE");
  console.log(
    `Seeded ${interventions.length} interventions, 300 members, 5 technicians in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL ${name}).`,
  );

  const adminUser: CurrentUser = {
    id: users[0].id,
    email: users[0].email,
    name: "admin",
    locale: "fr",
    role: "admin",
    associationId,
    associationName: "Grande Amie",
    timeZone: "Europe/Paris",
    memberId: null,
    isMemberAdmin: false,
    sessionId: "bench",
  };
  const technicianUser: CurrentUser = { ...adminUser, id: users[1].id, role: "technician" };

  const measure = async (label: string, run: () => Promise<unknown>) => {
    let last: unknown;
    for (let i = 0; i < WARM_UP; i++) last = await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      last = await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `${label.padEnd(52)} median ${median.toFixed(1).padStart(6)} ms   p95 ${times[Math.ceil(times.length * 0.95) - 1].toFixed(1).padStart(6)} ms   ${median < 50 ? "OK" : "OVER 50 ms"}`,
    );
    return last;
  };

  const slots = (await measure("free-slot search (5 slots of 3 h 30, busy tech)", () =>
    suggestSlots(associationId, technicians[0].id, 210, NOW),
  )) as unknown[];
  await measure("free-slot search (5 slots of 1 h)", () => suggestSlots(associationId, technicians[0].id, 60, NOW));
  await measure("month calendar loader, one technician", () =>
    calendarView(technicianUser, { view: "mois", date: "2026-12-10" }, NOW),
  );
  await measure("month calendar loader, all technicians (admin)", () =>
    calendarView(adminUser, { view: "mois", date: "2026-12-10", technicianId: "tous" }, NOW),
  );
  await measure("week calendar loader, all technicians (admin)", () =>
    calendarView(adminUser, { view: "semaine", date: "2026-12-10", technicianId: "tous" }, NOW),
  );
  const techFeed = (await measure("year-long iCal feed, one technician", () =>
    feedCalendar(techToken.token, NOW),
  )) as string;
  const adminFeed = (await measure("year-long iCal feed, all technicians (admin)", () =>
    feedCalendar(adminToken.token, NOW),
  )) as string;
  console.log(
    `(${slots.length} slots found; technician feed ${(techFeed.match(/BEGIN:VEVENT/g) ?? []).length} events, admin feed ${(adminFeed.match(/BEGIN:VEVENT/g) ?? []).length} events, ${(adminFeed.length / 1024).toFixed(0)} KiB)`,
  );
} finally {
  await database.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
