// Issue 10's listed failures, one test each, through the real route modules.
import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import * as login from "../../app/routes/connexion";
import * as forgot from "../../app/routes/mot-de-passe-oublie";
import * as health from "../../app/routes/healthz";
import * as mailbox from "../../app/routes/admin.courriels";
import * as memberNew from "../../app/routes/espace-membre.demandes.nouvelle";
import * as newPayment from "../../app/routes/paiements.nouveau";
import * as newEntry from "../../app/routes/technicien.temps.nouveau";
import * as profile from "../../app/routes/profil";
import * as newMember from "../../app/routes/structures.nouvelle";
import { getCurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { drainOutbox, enqueueEmail } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";
import { DEMO_PASSWORD } from "../../prisma/seed";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};
const today = localDateOf(new Date(), "Europe/Paris");
type Route = { action?: unknown; loader?: unknown };
const call = (route: Route, kind: "action" | "loader", request: Request) =>
  respond(() => (route[kind] as (args: object) => Promise<unknown>)({ request, params: {}, context: {} }));

beforeAll(async () => {
  tenants = await seedTwoTenants(today);
  for (const role of ["admin", "treasurer", "technician", "member"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
});

describe("1. bounded form parsing", () => {
  it("answers a sparse index on the login form with a small 400, at once", async () => {
    const started = performance.now();
    const response = await call(
      login,
      "action",
      postRequest("/connexion", { email: "a@a.test", password: "x", "x[100000000]": "1" }),
    );
    expect(response.status).toBe(400);
    expect((await response.arrayBuffer()).byteLength).toBeLessThan(1000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("never echoes unknown fields back", async () => {
    const response = await call(
      login,
      "action",
      postRequest("/connexion", { email: "pas-une-adresse", password: "x", intrus: "z".repeat(50_000) }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("zzzz");
  });
});

describe("2. return addresses after login", () => {
  it.each(["/\t/evil.example", "/\\evil.example", "//evil.example", "/\r\n/x"])(
    "%j sends the user home",
    async (redirectTo) => {
      const response = await call(
        login,
        "action",
        postRequest("/connexion", { email: tenants.a.users.admin.email, password: DEMO_PASSWORD, redirectTo }),
      );
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/admin");
    },
  );
});

describe("3. a NUL byte in a text field", () => {
  const nul = "Texte\u0000avec\u0007contrôle";
  it.each([
    [
      "request subject",
      memberNew,
      "member",
      { subject: nul, urgency: "NORMAL", mode: "REMOTE", expectedMinutes: "60" },
    ],
    [
      "time-entry notes",
      newEntry,
      "technician",
      {
        clientId: crypto.randomUUID(),
        date: "2026-11-24",
        mode: "duration",
        durationHours: "1",
        kind: "POOLED",
        notes: nul,
      },
    ],
    ["profile name", profile, "member", { name: nul, locale: "fr" }],
    ["member name", newMember, "admin", { name: nul, status: "ACTIVE" }],
    [
      "payment reference",
      newPayment,
      "treasurer",
      { memberId: "", method: "CHEQUE", receivedOn: "2026-11-20", amount: "10,00", reference: nul },
    ],
  ] as const)("%s: never a 500, and no NUL stored", async (_name, route, role, fields) => {
    const response = await call(
      route,
      "action",
      postRequest("/", { ...fields, memberId: "memberId" in fields ? tenants.a.memberIds[0] : "" }, cookie[role]),
    );
    expect(response.status).toBeLessThan(500);
    const rows = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "InterventionRequest" WHERE subject LIKE 'Texte%'`,
    );
    expect(rows[0].n).toBeLessThanOrEqual(1);
  });
});

describe("4. dates out of range", () => {
  it.each(["0000-01-01", "9999-12-31", "1999-12-31", "2100-01-01"])(
    "a payment dated %s is refused with the range message",
    async (receivedOn) => {
      const response = await call(
        newPayment,
        "action",
        postRequest(
          "/",
          { memberId: tenants.a.memberIds[0], method: "CHEQUE", receivedOn, amount: "10,00" },
          cookie.treasurer,
        ),
      );
      expect(response.status).toBe(400);
      expect((await response.json()).error.receivedOn).toContain("errors.dateRange");
    },
  );

  it("a preferred date in 9999 is refused on the request form", async () => {
    const response = await call(
      memberNew,
      "action",
      postRequest(
        "/",
        {
          subject: "Date lointaine",
          urgency: "NORMAL",
          mode: "REMOTE",
          expectedMinutes: "60",
          preferredDate1: "9999-01-01",
        },
        cookie.member,
      ),
    );
    expect(response.status).toBe(400);
  });
});

describe("7. password reset takes the same path for every address", () => {
  it("writes one outbox job and nothing else, known or unknown", async () => {
    const effects = async (email: string) => {
      const tokens = await db().passwordResetToken.count();
      const jobs = await db().outboxJob.findMany({ select: { id: true } });
      const response = await call(forgot, "action", postRequest("/mot-de-passe-oublie", { email }));
      const newJobs = await db().outboxJob.findMany({
        where: { id: { notIn: jobs.map((job) => job.id) } },
        select: { kind: true },
      });
      return {
        status: response.status,
        location: response.headers.get("Location"),
        tokens: (await db().passwordResetToken.count()) - tokens,
        kinds: newJobs.map((job) => job.kind),
      };
    };
    const known = await effects(tenants.a.users.technician.email);
    const unknown = await effects("personne-inconnue@a.test");
    expect(known).toEqual(unknown);
    expect(known.kinds).toEqual(["password-reset"]);
    expect(known.tokens).toBe(0);
    // The worker then sends the link to the known address only.
    await drainOutbox();
    expect(await db().passwordResetToken.count({ where: { userId: tenants.a.users.technician.id } })).toBe(1);
  });
});

describe("8. the development mailbox", () => {
  it("masks other people's secret links and pages the list", async () => {
    await drainOutbox();
    await db().$transaction(async (tx) => {
      for (let index = 0; index < 25; index++) {
        await enqueueEmail(
          tx,
          {
            to: "quelqu.un@a.test",
            subject: `Lien ${index}`,
            text: "Choisissez : http://localhost:3000/reinitialiser/SECRET-TOKEN-123",
          },
          { associationId: tenants.a.associationId },
        );
      }
    });
    await drainOutbox();
    const first = await (await call(mailbox, "loader", getRequest("/admin/courriels", cookie.admin))).json();
    expect(first.mails).toHaveLength(20);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(first)).not.toContain("SECRET-TOKEN-123");
    expect(first.mails[0].text).toContain("/reinitialiser/••••••");
    const second = await (await call(mailbox, "loader", getRequest("/admin/courriels?page=2", cookie.admin))).json();
    expect(second.page).toBe(2);
  });
});

describe("10. session idle timeout", () => {
  it("ends a session unused for 8 hours, keeps one in use", async () => {
    const fresh = await sessionCookieFor(tenants.a.users.member.email);
    expect(await getCurrentUser(getRequest("/", fresh))).not.toBeNull();
    const idle = await sessionCookieFor(tenants.a.users.member.email);
    const user = await getCurrentUser(getRequest("/", idle));
    await db().session.update({
      where: { id: user!.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 8 * 3600_000 - 60_000) },
    });
    expect(await getCurrentUser(getRequest("/", idle))).toBeNull();
    expect(await db().session.count({ where: { id: user!.sessionId } })).toBe(0);
  });
});

describe("12. /healthz", () => {
  it("reports the outbox backlog and its oldest job's age", async () => {
    await drainOutbox();
    await db().outboxJob.create({
      data: {
        kind: "email",
        payload: {},
        dedupeKey: `health-${crypto.randomUUID()}`,
        createdAt: new Date(Date.now() - 120_000),
      },
    });
    const body = await (await call(health, "loader", getRequest("/healthz"))).json();
    expect(body.outbox.backlog).toBeGreaterThanOrEqual(1);
    expect(body.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(119);
  });
});
