// What the list pages send, pinned (issue 15, ADR 019 fifth pass): the member's requests,
// interventions and colleagues, the requests to plan and the organisations, on the demo data plus
// the cases the demo lacks (a cancelled request, another member's and another association's rows,
// a disabled colleague, pending, expired and accepted invitations, names with accents, wildcards
// in a search); and the staff lists of payments, technicians and periods with their filters, a
// deleted payment, one paid over two invoices, another association's rows and an association with
// none (issue 15, ADR 019 ninth pass). The snapshot was recorded with the Prisma reads these pages used before their reads
// moved to plain SQL; both databases must keep sending exactly it. Ids are masked, the clock is the
// e2e journeys' fixed instant and the rows' creation instants are set, so each run sends the same.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXED_DAY, fixTheClock } from "../support/fixed-clock-tests";

const today = FIXED_DAY;

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;

await fixTheClock();
const { db } = await import("../../app/utils/db.server");
const { runWithRequestMemo } = await import("../../app/utils/request-memo.server");
const { seedAssociation } = await import("../../prisma/seed");
const { seedDemoInterventions } = await import("../../prisma/seed-interventions");
const { LIFECYCLE_STATES } = await import("../../app/domain/scheduling/lifecycle");
const { getRequest, sessionCookieFor } = await import("../support/http");
const { masked } = await import("../support/masked-ids");
// Imported after the clock is fixed: it reaches the app's modules.
const { addStaffListCases } = await import("../support/staff-list-cases");

type Seeded = Awaited<ReturnType<typeof seedAssociation>>;
let seeded: Seeded;
let other: Seeded;
const cookies = new Map<string, string>();

async function loaderOutput(file: string, url: string, email: string) {
  const { loader } = (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: Loader };
  const request = getRequest(url, cookies.get(email)!);
  return masked(await runWithRequestMemo(() => loader({ request, params: {}, context: {} })));
}

/**
 * The staff lists' output, which holds no Date: the snapshot goes through JSON, so it is also
 * checked to be plain JSON values (no Date, no undefined, no bigint): a value whose type the new
 * read changed (a Date for a "YYYY-MM-DD", a count as a string) could not slip through.
 */
async function plainLoaderOutput(file: string, url: string, email: string) {
  const { loader } = (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: Loader };
  const request = getRequest(url, cookies.get(email)!);
  const output = await runWithRequestMemo(() => loader({ request, params: {}, context: {} }));
  expect(output).toStrictEqual(JSON.parse(JSON.stringify(output)));
  return masked(output);
}

/** Distinct, fixed creation instants in the order the seed made the rows (it runs on a ticking clock). */
async function fixCreationInstants() {
  for (const [table, order] of [
    ["InterventionRequest", `"createdAt", "subject", "expectedMinutes", "memberId"`],
    ["Invitation", `"createdAt", "email"`],
    ["Payment", `"createdAt", "id"`],
  ])
    await db().$executeRawUnsafe(`
      UPDATE "${table}" t SET "createdAt" = timestamp '2026-10-01 08:00' + n.rank * interval '37 minutes'
      FROM (SELECT id, row_number() OVER (ORDER BY ${order}) AS rank FROM "${table}") n WHERE n.id = t.id`);
}

async function addEdgeCases(a: Seeded, b: Seeded) {
  const { associationId } = a;
  const [first, second] = a.memberIds;
  // A cancelled request and another member's request the first member must not see.
  for (const [memberId, subject, status, urgency] of [
    [first!, "Imprimante annulée", "CANCELLED", "URGENT"],
    [second!, "Réseau de l'autre structure", "REQUESTED", "BLOCKING"],
    [first!, "Écran qui clignote", "REQUESTED", "URGENT"],
  ] as const)
    await db().interventionRequest.create({
      data: { associationId, memberId, createdById: a.users.member.id, subject, status, urgency, expectedMinutes: 90 },
    });
  // Colleagues: a disabled one, one of another organisation; invitations pending, expired, accepted, elsewhere.
  const colleague = async (email: string, name: string, memberId: string, disabled: boolean) =>
    db().user.create({
      data: {
        email,
        name,
        disabledAt: disabled ? new Date("2026-11-01T10:00:00Z") : null,
        memberships: { create: { associationId, role: "member", memberId } },
      },
    });
  await colleague("ancien@a.test", "Ancien Collègue", first!, true);
  await colleague("alice@a.test", "alice minuscule", first!, false);
  await colleague("autre@a.test", "Autre Structure", second!, false);
  let token = 0;
  const invite = (email: string, memberId: string | null, expiresAt: string, acceptedAt: string | null = null) =>
    db().invitation.create({
      data: {
        associationId,
        email,
        name: email.split("@")[0]!,
        role: memberId ? "member" : "technician",
        memberId,
        tokenHash: `hash-${++token}`,
        expiresAt: new Date(expiresAt),
        acceptedAt: acceptedAt ? new Date(acceptedAt) : null,
      },
    });
  await invite("nouvelle@a.test", first!, "2026-12-01T09:00:00Z");
  await invite("seconde@a.test", first!, "2026-11-30T09:00:00Z");
  await invite("perimee@a.test", first!, "2026-11-20T09:00:00Z");
  await invite("acceptee@a.test", first!, "2026-12-01T09:00:00Z", "2026-11-22T09:00:00Z");
  await invite("ailleurs@a.test", second!, "2026-12-01T09:00:00Z");
  await invite("technicienne@a.test", null, "2026-12-01T09:00:00Z");
  // Organisations: accents and case, a member that left, wildcards in names.
  for (const [name, status] of [
    ["Éco-lieu des Baronnies", "ACTIVE"],
    ["école de Die", "ACTIVE"],
    ["Atelier 100% bois", "LEFT"],
    ["Ferme_du_Val", "PROSPECT"],
  ] as const)
    await db().member.create({ data: { associationId, name, city: "Die", status } });
  // The other association's organisations and requests are never listed.
  await db().interventionRequest.create({
    data: {
      associationId: b.associationId,
      memberId: b.memberIds[0]!,
      createdById: b.users.member.id,
      subject: "Chez l'autre association",
      urgency: "BLOCKING",
      expectedMinutes: 60,
    },
  });
}

beforeAll(async () => {
  seeded = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), seeded, today);
  other = await seedAssociation(db(), {
    slug: "other",
    name: "Amie B",
    emailDomain: "b.test",
    today,
    memberCount: 3,
  });
  await seedDemoInterventions(db(), other, today);
  await addEdgeCases(seeded, other);
  await addStaffListCases(seeded, other, today);
  await fixCreationInstants();
  for (const email of [...Object.values(seeded.users).map((user) => user.email), "admin@vide.test"])
    cookies.set(email, await sessionCookieFor(email));
});

const states = ["", ...LIFECYCLE_STATES.map((state) => `?etat=${state}`), "?etat=INCONNU"];

describe("the list pages send what they sent before their reads moved to plain SQL", () => {
  it.each(states)("the member's requests %s", async (query) => {
    for (const user of [seeded.users.member, seeded.users.member2])
      expect(
        await loaderOutput("espace-membre.demandes._index.tsx", `/espace-membre/demandes${query}`, user.email),
      ).toMatchSnapshot(user === seeded.users.member ? "first member" : "second member");
  });

  it("the member's interventions and colleagues", async () => {
    for (const user of [seeded.users.member, seeded.users.member2]) {
      const interventions = "espace-membre.interventions._index.tsx";
      expect(await loaderOutput(interventions, "/espace-membre/interventions", user.email)).toMatchSnapshot();
      const colleagues = "espace-membre.collegues.tsx";
      expect(await loaderOutput(colleagues, "/espace-membre/collegues", user.email)).toMatchSnapshot();
    }
  });

  it("the board's users page: every account, pending invitations, organisations to invite into", async () => {
    expect(
      await loaderOutput("admin.utilisateurs.tsx", "/admin/utilisateurs", seeded.users.admin.email),
    ).toMatchSnapshot();
  });

  it.each(states)("the requests to plan %s", async (query) => {
    for (const user of [seeded.users.technician, seeded.users.admin])
      expect(
        await loaderOutput("planning.demandes._index.tsx", `/planning/demandes${query}`, user.email),
      ).toMatchSnapshot(user.email);
  });

  it("searches % and _ as the characters typed, not as wildcards", async () => {
    const names = async (query: string) =>
      (
        (await loaderOutput("structures._index.tsx", `/structures${query}`, seeded.users.treasurer.email)) as {
          members: { name: string }[];
        }
      ).members.map((member) => member.name);
    expect(await names("?q=%25")).toEqual(["Atelier 100% bois"]);
    expect(await names("?q=_du_")).toEqual(["Ferme_du_Val"]);
    expect(await names("?q=100%25%20b")).toEqual(["Atelier 100% bois"]);
    expect(await names("?q=%5C")).toEqual([]);
  });

  const searches = ["", "?q=eco", "?q=%C3%89CO", "?q=%25", "?q=_", "?q=de%20d", "?statut=LEFT", "?q=e&statut=ACTIVE"];
  it.each(searches)("the organisations %s", async (query) => {
    for (const user of [seeded.users.technician, seeded.users.treasurer])
      expect(await loaderOutput("structures._index.tsx", `/structures${query}`, user.email)).toMatchSnapshot(
        user.email,
      );
  });
});

describe("the staff lists send what they sent before their reads moved to plain SQL", () => {
  const payments = () => {
    const [first, second] = seeded.memberIds;
    return [
      "",
      "?supprimes=1",
      `?structure=${second}`,
      `?structure=${second}&supprimes=1`,
      `?structure=${first}&moyen=CHEQUE`,
      `?structure=${other.memberIds[0]}`,
      "?structure=inconnue",
      "?moyen=BANK_TRANSFER",
      "?moyen=STRIPE_SEPA&etat=PROCESSING",
      "?moyen=INCONNU&etat=INCONNU",
      "?etat=FAILED",
      "?etat=SUCCEEDED&supprimes=1",
      "?du=2026-11-01",
      "?au=2026-02-28",
      "?du=2026-03-01&au=2026-11-10",
      "?du=2026-11-10&au=2026-11-10&supprimes=1",
      "?du=2026-12-01",
      "?du=01/03/2026&au=demain",
    ];
  };

  it("the payments, with each filter", async () => {
    for (const query of payments())
      expect(
        await plainLoaderOutput("paiements._index.tsx", `/paiements${query}`, seeded.users.treasurer.email),
      ).toMatchSnapshot(query.replace(/c[a-z0-9]{24}/g, "<id>"));
  });

  it("ignores a date that is not in the calendar, as it ignores one it cannot read", async () => {
    // Prisma's read rolled 30 February over to 2 March and answered a month 13 with a server error.
    const rowsOf = async (query: string) =>
      (
        (await plainLoaderOutput("paiements._index.tsx", `/paiements${query}`, seeded.users.treasurer.email)) as {
          rows: unknown[];
        }
      ).rows;
    const unfiltered = await rowsOf("");
    expect(unfiltered.length).toBeGreaterThan(3);
    for (const query of ["?du=2026-02-30&au=2026-11-31", "?du=2026-13-01", "?au=2026-00-10"])
      expect(await rowsOf(query), query).toEqual(unfiltered);
    expect(await rowsOf("?du=2026-02-28")).not.toEqual(unfiltered);
  });

  it("the technicians and the periods", async () => {
    for (const email of [seeded.users.admin.email, "admin@vide.test"]) {
      expect(await plainLoaderOutput("techniciens._index.tsx", "/techniciens", email)).toMatchSnapshot(email);
      expect(await plainLoaderOutput("admin.periodes.tsx", "/admin/periodes", email)).toMatchSnapshot(email);
    }
  });

  it("an association without payments", async () => {
    expect(await plainLoaderOutput("paiements._index.tsx", "/paiements", "admin@vide.test")).toMatchSnapshot();
  });
});
