// `npm run bench:balances`: seeds a large association (300 members, 5 technicians, 5 periods,
// ~200,000 ledger movements) and a small one in throwaway databases — PGlite in a temp
// directory and a fresh PostgreSQL database — then times the member balance page loader and
// the all-members table loader, and counts the SQL queries each call makes. The count must be
// the same for the small and the large association: no query per member or per movement.
//
//   npm run bench:balances                          both backends
//   BENCH_ONLY=pglite npm run bench:balances        one backend
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres   server to create the database on
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import pg from "pg";
import { PrismaClient } from "../app/generated/prisma/client.ts";
import {
  forgetDatabase,
  openDatabase,
  useDatabase as installDatabase,
  wrapPglite,
  type OpenDatabase,
} from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { startSession } from "../app/utils/session.server";
import { dateColumn } from "../app/domain/calendar/date-columns";

process.env.SESSION_SECRET ??= "bench-balances-secret";

const RUNS = 30;
const WARM_UP = 5;
const BASE = "http://localhost:3000";
const YEARS = [2022, 2023, 2024, 2025, 2026];

interface Counted {
  open: OpenDatabase;
  queries: () => number;
}

/** A Prisma client on the same database that emits an event per SQL statement it sends. */
function countingClient(adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]) {
  const prisma = new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
    transactionOptions: { maxWait: 15_000, timeout: 60_000 },
  });
  let count = 0;
  prisma.$on("query", () => void (count += 1));
  return { prisma, queries: () => count };
}

async function openPglite(): Promise<Counted & { cleanup: () => Promise<void> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "qp-bench-"));
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = await PGlite.create(directory);
  const base = await wrapPglite(pglite);
  await base.withRawSql((raw) => applyMigrations(raw));
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { prisma, queries } = countingClient(new PrismaPGlite(pglite));
  const open = {
    ...base,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await base.close();
    },
  };
  return {
    open,
    queries,
    cleanup: async () => {
      await open.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function openPostgres(serverUrl: string): Promise<Counted & { cleanup: () => Promise<void> }> {
  const name = `qp_bench_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const base = await openDatabase(url.toString());
  await base.withRawSql((raw) => applyMigrations(raw));
  await base.prisma.$disconnect();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { prisma, queries } = countingClient(new PrismaPg({ connectionString: url.toString(), max: 10 }));
  const open = { ...base, prisma, close: () => prisma.$disconnect() };
  return {
    open,
    queries,
    cleanup: async () => {
      await open.close();
      if (process.env.BENCH_KEEP_DB) console.log(`Database kept: ${url}`);
      else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function chunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/** One association: members with a subscription per period, grants, consumption, interventions. */
async function seedAssociation(
  prisma: PrismaClient,
  options: { slug: string; members: number; technicians: number; years: number[]; movementsTarget: number },
) {
  const association = await prisma.association.create({
    data: { slug: options.slug, name: options.slug, legalName: options.slug },
  });
  const associationId = association.id;
  const periods = [];
  for (const year of options.years) {
    periods.push(
      await prisma.period.create({
        data: {
          associationId,
          label: String(year),
          startDate: dateColumn(`${year}-01-01`),
          endDate: dateColumn(`${year}-12-31`),
        },
      }),
    );
  }
  await prisma.member.createMany({
    data: Array.from({ length: options.members }, (_, i) => ({
      associationId,
      name: `Structure ${String(i + 1).padStart(3, "0")}`,
    })),
  });
  const members = await prisma.member.findMany({ where: { associationId }, orderBy: { name: "asc" } });
  await prisma.technician.createMany({
    data: Array.from({ length: options.technicians }, (_, i) => ({
      associationId,
      displayName: `Tech ${i + 1}`,
      contractStart: dateColumn("2020-01-01"),
    })),
  });
  const technicians = await prisma.technician.findMany({ where: { associationId } });
  await prisma.subscription.createMany({
    data: periods.flatMap((period) =>
      members.map((member, i) => ({
        associationId,
        memberId: member.id,
        periodId: period.id,
        shareHalves: 2 + (i % 4),
        priceCents: 200000,
        startDate: period.startDate,
        endDate: period.endDate,
      })),
    ),
  });
  const subscriptions = await prisma.subscription.findMany({ where: { associationId } });
  const current = periods.at(-1)!;

  // Interventions of the current period: ten done per member, two planned in the future.
  const interventions = members.flatMap((member, i) =>
    Array.from({ length: 12 }, (_, k) => {
      const day =
        k < 10
          ? `2026-${String(1 + (k % 10)).padStart(2, "0")}-${String(5 + (i % 20)).padStart(2, "0")}`
          : `2026-12-${String(k === 10 ? 14 : 16).padStart(2, "0")}`;
      return {
        associationId,
        memberId: member.id,
        technicianId: technicians[(i + k) % technicians.length].id,
        title: `Intervention ${k + 1}`,
        localDate: dateColumn(day),
        startsAt: new Date(`${day}T08:00:00Z`),
        endsAt: new Date(`${day}T11:00:00Z`),
        plannedMinutes: 180,
        status: k < 10 ? ("DONE" as const) : ("PLANNED" as const),
      };
    }),
  );
  await chunked(interventions, 2000, (chunk) => prisma.intervention.createMany({ data: chunk }));
  const doneByMember = new Map<string, string[]>();
  for (const row of await prisma.intervention.findMany({
    where: { associationId, status: "DONE" },
    select: { id: true, memberId: true },
  })) {
    doneByMember.set(row.memberId!, [...(doneByMember.get(row.memberId!) ?? []), row.id]);
  }

  const perSubscription = Math.max(
    1,
    Math.floor((options.movementsTarget - subscriptions.length) / subscriptions.length),
  );
  const periodOf = new Map(periods.map((period) => [period.id, period]));
  const movements = subscriptions.flatMap((subscription) => {
    const period = periodOf.get(subscription.periodId)!;
    const year = period.startDate.getUTCFullYear();
    const grant = subscription.shareHalves * 9 * 210;
    const done = subscription.periodId === current.id ? (doneByMember.get(subscription.memberId) ?? []) : [];
    const base = {
      associationId,
      subscriptionId: subscription.id,
      memberId: subscription.memberId,
      periodId: subscription.periodId,
    };
    return [
      {
        ...base,
        kind: "GRANT" as const,
        minutes: grant,
        occurredOn: period.startDate,
        idempotencyKey: `grant:${subscription.id}`,
      },
      ...Array.from({ length: perSubscription }, (_, k) => ({
        ...base,
        kind: k % 17 === 0 ? ("POOLED_CONSUMPTION" as const) : ("CONSUMPTION" as const),
        minutes: -(5 + ((k * 7) % 20)),
        // Current period: only up to early November, so the projection has a pace to work from.
        occurredOn: dateColumn(
          `${year}-${String(1 + (k % 10)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`,
        ),
        interventionId: done[k] ?? null,
      })),
    ];
  });
  await chunked(movements, 5000, (chunk) => prisma.ledgerMovement.createMany({ data: chunk }));

  const user = async (email: string, role: "admin" | "member", memberId?: string) => {
    const created = await prisma.user.create({
      data: { email, name: email, memberships: { create: { associationId, role, memberId } } },
      include: { memberships: true },
    });
    const cookie = await startSession(new Request(BASE), { ...created.memberships[0], userId: created.id });
    return cookie.split(";")[0];
  };
  return {
    movements: movements.length,
    adminCookie: await user(`admin@${options.slug}.test`, "admin"),
    memberCookie: await user(`membre@${options.slug}.test`, "member", members[0].id),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(name: string, queries: () => number, call: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i += 1) await call();
  const times: number[] = [];
  const counts = new Set<number>();
  for (let i = 0; i < RUNS; i += 1) {
    const before = queries();
    const start = performance.now();
    const result = await call();
    times.push(performance.now() - start);
    counts.add(queries() - before);
    if (result instanceof Response && result.status !== 200) throw new Error(`${name}: HTTP ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return { name, median: percentile(times, 50), p95: percentile(times, 95), queries: [...counts].join("/") };
}

async function benchBackend(kind: "pglite" | "postgres") {
  const database =
    kind === "pglite"
      ? await openPglite()
      : await openPostgres(process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  installDatabase(database.open);
  try {
    const { prisma } = database.open;
    let started = performance.now();
    const large = await seedAssociation(prisma, {
      slug: "grande",
      members: 300,
      technicians: 5,
      years: YEARS,
      movementsTarget: 200_000,
    });
    console.log(
      `[${kind}] seeded the large association: ${large.movements} movements in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    const small = await seedAssociation(prisma, {
      slug: "petite",
      members: 3,
      technicians: 1,
      years: [2026],
      movementsTarget: 30,
    });
    console.log(`[${kind}] seeded the small association: ${small.movements} movements`);
    await prisma.$executeRawUnsafe("ANALYZE");

    const { loader: memberLoader } = await import("../app/routes/espace-membre.solde");
    const { loader: tableLoader } = await import("../app/routes/soldes._index");
    const call = (loader: (args: LoaderFunctionArgs) => Promise<unknown>, path: string, cookie: string) => () =>
      loader({ request: new Request(`${BASE}${path}`, { headers: { Cookie: cookie } }), params: {}, context: {} });

    const results = [
      await measure(
        "member balance page, large",
        database.queries,
        call(memberLoader, "/espace-membre/solde", large.memberCookie),
      ),
      await measure(
        "member balance page, small",
        database.queries,
        call(memberLoader, "/espace-membre/solde", small.memberCookie),
      ),
      await measure(
        "all-members table, large",
        database.queries,
        call(tableLoader, "/soldes?tri=restant&ordre=desc", large.adminCookie),
      ),
      await measure(
        "all-members table, small",
        database.queries,
        call(tableLoader, "/soldes?tri=restant&ordre=desc", small.adminCookie),
      ),
    ];
    console.log(`\n[${kind}] ${RUNS} runs after ${WARM_UP} warm-up calls (queries include the session lookup)`);
    console.table(
      results.map((r) => ({
        loader: r.name,
        "median ms": r.median.toFixed(1),
        "p95 ms": r.p95.toFixed(1),
        "SQL queries/call": r.queries,
      })),
    );
    return results;
  } finally {
    forgetDatabase();
    await database.cleanup();
  }
}

const only = process.env.BENCH_ONLY;
for (const kind of ["pglite", "postgres"] as const) {
  if (only && only !== kind) continue;
  await benchBackend(kind);
}
