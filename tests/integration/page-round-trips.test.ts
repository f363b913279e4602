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
import { seedVisitHistory } from "../../prisma/seed-history";
import { getRequest, sessionCookieFor } from "../support/http";

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
type Role = "member" | "technician" | "treasurer" | "admin";

// Budgets per page, session included: every link of each role's navigation (the profile once).
// Issue 15 aims at 4 everywhere; a page above it is listed with what it makes today, so any new
// query shows up here first. Before → after of ADR 019's second (and fourth) pass in the comments.
const pages: { role: Role; path: string; file: string; budget: number }[] = [
  { role: "member", path: "/espace-membre", file: "espace-membre._index.tsx", budget: 2 }, // 13 → 4 → 2
  { role: "member", path: "/espace-membre/demandes", file: "espace-membre.demandes._index.tsx", budget: 2 },
  { role: "member", path: "/espace-membre/interventions", file: "espace-membre.interventions._index.tsx", budget: 2 },
  { role: "member", path: "/espace-membre/solde", file: "espace-membre.solde.tsx", budget: 2 }, // 9 → 4 → 2
  { role: "member", path: "/espace-membre/factures", file: "espace-membre.factures._index.tsx", budget: 3 }, // 7 → 3
  { role: "member", path: "/espace-membre/releve", file: "espace-membre.releve.tsx", budget: 2 }, // 8 → 3 → 2
  { role: "member", path: "/espace-membre/collegues", file: "espace-membre.collegues.tsx", budget: 2 }, // 3 → 2
  { role: "member", path: "/profil", file: "profil.tsx", budget: 1 },
  // The session and one statement, whether the day has visits or the page shows the next one (fourth pass).
  { role: "technician", path: "/technicien/aujourdhui", file: "technicien.aujourdhui.tsx", budget: 2 }, // 5 → 3 → 2
  { role: "technician", path: "/technicien/temps", file: "technicien.temps._index.tsx", budget: 2 }, // 5 → 4 → 2
  { role: "technician", path: "/planning", file: "planning._index.tsx", budget: 2 }, // 5 → 2
  { role: "technician", path: "/planning/demandes", file: "planning.demandes._index.tsx", budget: 2 },
  { role: "technician", path: "/structures", file: "structures._index.tsx", budget: 2 },
  { role: "treasurer", path: "/tresorerie", file: "tresorerie._index.tsx", budget: 4 }, // 15 → 4
  { role: "treasurer", path: "/structures", file: "structures._index.tsx", budget: 2 },
  { role: "treasurer", path: "/souscriptions", file: "souscriptions._index.tsx", budget: 2 }, // 9 → 4 → 2
  { role: "treasurer", path: "/soldes", file: "soldes._index.tsx", budget: 2 }, // 5 → 2
  { role: "treasurer", path: "/factures", file: "factures._index.tsx", budget: 2 }, // 5 → 2
  { role: "treasurer", path: "/paiements", file: "paiements._index.tsx", budget: 2 }, // 3 → 2
  { role: "treasurer", path: "/paiements/impayes", file: "paiements.impayes.tsx", budget: 2 }, // 5 → 2
  { role: "treasurer", path: "/capacite", file: "capacite.tsx", budget: 3 }, // 7 → 3
  { role: "admin", path: "/admin", file: "admin._index.tsx", budget: 2 }, // 8 → 2
  { role: "admin", path: "/planning", file: "planning._index.tsx", budget: 2 }, // 5 → 2
  { role: "admin", path: "/techniciens", file: "techniciens._index.tsx", budget: 2 },
  { role: "admin", path: "/admin/periodes", file: "admin.periodes.tsx", budget: 2 }, // 3 → 2
  { role: "admin", path: "/admin/parametres", file: "admin.parametres.tsx", budget: 2 },
  { role: "admin", path: "/admin/utilisateurs", file: "admin.utilisateurs.tsx", budget: 2 }, // 4 → 2
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
    runWithRequestMemo(() =>
      Promise.all(
        [root, loader].map((load) => load({ request: getRequest(page.path, cookie), params: {}, context: {} })),
      ),
    );
  await run(); // warm: modules loaded
  // lastSeenAt is written when a minute has passed since the last write (session.server.ts). On a
  // loaded machine, with ten times the data, a minute can pass between the warm run and the counted
  // one, which then counted that write (5 instead of 2 once). Freshly seen, the count is the page's.
  await db().session.updateMany({ data: { lastSeenAt: new Date() } });
  return (await roundTripsOf(run)).trips;
}

async function growTenfold() {
  const { associationId, technicianId } = seeded;
  const first = await db().member.findFirstOrThrow({ where: { id: seeded.memberIds[0] } });
  const extra = Array.from({ length: 300 - seeded.memberIds.length }, (_, index) => ({
    associationId,
    name: `Structure ${index + 1}`,
    city: "Die",
  }));
  await db().member.createMany({ data: extra });
  const memberIds = (await db().member.findMany({ where: { associationId }, select: { id: true } })).map(
    (member) => member.id,
  );
  // Five years of history: two visits a working day, each with its time entry and its request.
  // One in four visits is the demo member's, so its own pages grow too.
  const interventions = await seedVisitHistory(db(), {
    associationId,
    technicianId,
    from: "2021-11-24",
    days: 5 * 365,
    memberFor: (day, hour) => ((day + hour) % 4 === 0 ? first.id : memberIds[(day * 7 + hour) % memberIds.length]),
  });
  await db().interventionRequest.createMany({
    data: interventions.map((intervention) => ({
      associationId,
      memberId: intervention.memberId,
      createdById: seeded.users.member.id,
      subject: "Poste lent",
      expectedMinutes: 120,
      status: "DONE" as const,
    })),
  });
  return interventions.length;
}

beforeAll(async () => {
  countQueries(true);
  seeded = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), seeded, today);
  await seedFinance(seeded, today);
  for (const role of ["member", "technician", "treasurer", "admin"] as const)
    cookies.set(role, await sessionCookieFor(seeded.users[role].email));
});

afterAll(() => countQueries(false));

describe("SQL round trips per page", () => {
  const before = new Map<string, number>();

  it.each(pages)("$role $path stays within $budget", async (page) => {
    const trips = await tripsOfPage(page);
    before.set(`${page.role} ${page.path}`, trips);
    expect(trips, `${page.path}: ${trips} round trips`).toBeLessThanOrEqual(page.budget);
  });

  it("makes as many round trips with ten times the data", async () => {
    expect(await growTenfold()).toBeGreaterThan(2500);
    for (const page of pages) {
      const key = `${page.role} ${page.path}`;
      expect(await tripsOfPage(page), key).toBe(before.get(key));
    }
    // The figures, for the benchmark table and the closing note.
    console.info([...before].map(([page, trips]) => `${page}: ${trips}`).join("\n"));
  });
});
