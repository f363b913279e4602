// Query-count guard (issue 15): the SQL round trips of each role's main pages, counted by the
// app's own counter at the driver adapter (app/utils/query-count.server.ts), must stay within the
// page's budget, and must not grow when the data grows tenfold (300 members, 5 years).
// A count, not a time: stable on any machine. Speed itself is measured by `npm run bench:pages`.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/utils/db.server";
import { countQueries, roundTripsOf } from "../../app/utils/query-count.server";
import { runWithRequestMemo } from "../../app/utils/request-memo.server";
import { seedAssociation, type SeededAssociation } from "../../prisma/seed";
import { seedDemoInterventions } from "../../prisma/seed-interventions";
import { seedFinance } from "../../prisma/seed-finance";
import { getRequest, sessionCookieFor } from "../support/http";

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
type Role = "member" | "technician" | "treasurer" | "admin";

// Budgets per page, session included. Issue 15 aims at 4 everywhere; pages above it are listed
// with what they make today, so any new query shows up here first.
const pages: { role: Role; path: string; file: string; budget: number }[] = [
  { role: "member", path: "/espace-membre", file: "espace-membre._index.tsx", budget: 13 },
  { role: "member", path: "/espace-membre/demandes", file: "espace-membre.demandes._index.tsx", budget: 2 },
  { role: "member", path: "/espace-membre/interventions", file: "espace-membre.interventions._index.tsx", budget: 2 },
  { role: "member", path: "/espace-membre/solde", file: "espace-membre.solde.tsx", budget: 9 },
  { role: "member", path: "/espace-membre/factures", file: "espace-membre.factures._index.tsx", budget: 7 },
  { role: "member", path: "/profil", file: "profil.tsx", budget: 1 },
  { role: "technician", path: "/technicien/aujourdhui", file: "technicien.aujourdhui.tsx", budget: 6 },
  { role: "technician", path: "/technicien/temps", file: "technicien.temps._index.tsx", budget: 3 },
  { role: "technician", path: "/planning", file: "planning._index.tsx", budget: 5 },
  { role: "treasurer", path: "/tresorerie", file: "tresorerie._index.tsx", budget: 11 },
  { role: "admin", path: "/admin", file: "admin._index.tsx", budget: 8 },
];

const today = "2026-11-24";
let seeded: SeededAssociation;
const cookies = new Map<Role, string>();

async function loaderOf(file: string) {
  return ((await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: Loader }).loader;
}

/** A page request as the server runs it: the root loader and the page's loader, sharing the request memo. */
async function tripsOfPage(page: (typeof pages)[number]) {
  const root = ((await import("../../app/root")) as unknown as { loader: Loader }).loader;
  const loader = await loaderOf(page.file);
  const cookie = cookies.get(page.role)!;
  const run = () =>
    runWithRequestMemo(() => Promise.all([root, loader].map((load) => load({ request: getRequest(page.path, cookie), params: {}, context: {} }))));
  await run(); // warm: modules loaded, lastSeenAt fresh
  return (await roundTripsOf(run)).trips;
}

async function growTenfold() {
  const { associationId, technicianId } = seeded;
  const first = await db().member.findFirstOrThrow({ where: { id: seeded.memberIds[0] } });
  const extra = Array.from({ length: 300 - seeded.memberIds.length }, (_, index) => ({ associationId, name: `Structure ${index + 1}`, city: "Die" }));
  await db().member.createMany({ data: extra });
  const memberIds = (await db().member.findMany({ where: { associationId }, select: { id: true } })).map((member) => member.id);
  // Five years of history: two visits a working day, each with its time entry and its request.
  const interventions = [];
  const start = Date.UTC(2021, 10, 24);
  for (let day = 0; day < 5 * 365; day++) {
    const date = new Date(start + day * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const hour of [8, 13]) {
      interventions.push({
        associationId,
        technicianId,
        // One in four visits is the demo member's, so its own pages grow too.
        memberId: (day + hour) % 4 === 0 ? first.id : memberIds[(day * 7 + hour) % memberIds.length],
        title: "Maintenance",
        siteAddress: "1 place de la Mairie, 26150 Die",
        localDate: new Date(date.toISOString().slice(0, 10)),
        startsAt: new Date(date.getTime() + hour * 3_600_000),
        endsAt: new Date(date.getTime() + (hour + 3) * 3_600_000),
        plannedMinutes: 180,
        status: "DONE" as const,
      });
    }
  }
  await db().intervention.createMany({ data: interventions });
  await db().timeEntry.createMany({
    data: interventions.map((intervention, index) => ({
      associationId,
      technicianId,
      memberId: intervention.memberId,
      clientId: `grow-${index}`,
      kind: "ON_SITE" as const,
      startedAt: intervention.startsAt,
      endedAt: new Date(intervention.startsAt.getTime() + 150 * 60_000),
      localDate: intervention.localDate,
      rawMinutes: 150,
      accountedMinutes: 150,
    })),
  });
  await db().interventionRequest.createMany({
    data: interventions.map((intervention) => ({ associationId, memberId: intervention.memberId, createdById: seeded.users.member.id, subject: "Poste lent", expectedMinutes: 120, status: "DONE" as const })),
  });
  return interventions.length;
}

beforeAll(async () => {
  countQueries(true);
  seeded = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), seeded, today);
  await seedFinance(seeded, today);
  for (const role of ["member", "technician", "treasurer", "admin"] as const) cookies.set(role, await sessionCookieFor(seeded.users[role].email));
});

afterAll(() => countQueries(false));

describe("SQL round trips per page", () => {
  const before = new Map<string, number>();

  it.each(pages)("$role $path stays within $budget", async (page) => {
    const trips = await tripsOfPage(page);
    before.set(page.path, trips);
    expect(trips, `${page.path}: ${trips} round trips`).toBeLessThanOrEqual(page.budget);
  });

  it("makes as many round trips with ten times the data", async () => {
    expect(await growTenfold()).toBeGreaterThan(2500);
    for (const page of pages) expect(await tripsOfPage(page), page.path).toBe(before.get(page.path));
    // The figures, for the benchmark table and the closing note.
    console.info([...before].map(([page, trips]) => `${page}: ${trips}`).join("\n"));
  });
});
