import { describe, expect, it, beforeAll } from "vitest";
import { action as loginAction } from "../../app/routes/connexion";
import { action as logoutAction } from "../../app/routes/deconnexion";
import { loader as healthLoader } from "../../app/routes/healthz";
import { getCurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { countQueries, roundTripsOf } from "../../app/utils/query-count.server";
import { runWithRequestMemo } from "../../app/utils/request-memo.server";
import { findSession } from "../../app/utils/session.server";
import { seedDemoIfEmpty, demoAccounts, DEMO_PASSWORD } from "../../prisma/seed";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

const args = (request: Request) => ({ request, params: {}, context: {} });

describe("login", () => {
  beforeAll(async () => {
    expect(await seedDemoIfEmpty(db(), "2026-11-23")).toBe(true);
  });

  it("seeds the demo association only once", async () => {
    expect(await seedDemoIfEmpty(db(), "2026-11-23")).toBe(false);
    expect(await db().association.count()).toBe(1);
    expect(await db().member.count()).toBe(12);
  });

  it("lands each demo account on its own home", async () => {
    const homes: Record<string, string> = {
      admin: "/admin",
      treasurer: "/tresorerie",
      technician: "/technicien/aujourdhui",
      member: "/espace-membre",
    };
    for (const account of demoAccounts) {
      const response = await respond(() =>
        loginAction(args(postRequest("/connexion", { email: account.email, password: DEMO_PASSWORD }))),
      );
      expect(response.status, account.email).toBe(302);
      expect(response.headers.get("Location")).toBe(homes[account.role]);
      const cookie = response.headers.get("Set-Cookie")!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    }
  });

  it("refuses a wrong password with the same message as an unknown account, and writes no session", async () => {
    const sessionsBefore = await db().session.count();
    const wrong = await respond(() =>
      loginAction(args(postRequest("/connexion", { email: "admin@demo.quote-part.test", password: "nope-nope-nope" }))),
    );
    const unknown = await respond(() =>
      loginAction(
        args(postRequest("/connexion", { email: "personne@demo.quote-part.test", password: "nope-nope-nope" })),
      ),
    );
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const wrongBody = await wrong.json();
    const unknownBody = await unknown.json();
    expect(wrongBody.error[""]).toEqual(unknownBody.error[""]);
    expect(await db().session.count()).toBe(sessionsBefore);
  });

  it("explains a malformed email on the field", async () => {
    const response = await respond(() =>
      loginAction(args(postRequest("/connexion", { email: "pas-une-adresse", password: "x" }))),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.email).toEqual(["errors.email"]);
  });

  it("throttles repeated failures per account and address with 429", async () => {
    const email = "tresorier@demo.quote-part.test";
    const attempt = () => {
      const request = postRequest("/connexion", { email, password: "wrong-password" });
      request.headers.set("X-Quote-Part-Remote-Address", "203.0.113.9");
      return statusOf(() => loginAction(args(request)));
    };
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push(await attempt());
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
    // Even the right password is refused while throttled.
    const right = postRequest("/connexion", { email, password: DEMO_PASSWORD });
    right.headers.set("X-Quote-Part-Remote-Address", "203.0.113.9");
    expect(await statusOf(() => loginAction(args(right)))).toBe(429);
    // Another address is not blocked by this account's failures elsewhere.
    const elsewhere = postRequest("/connexion", { email, password: DEMO_PASSWORD });
    elsewhere.headers.set("X-Quote-Part-Remote-Address", "198.51.100.7");
    expect(await statusOf(() => loginAction(args(elsewhere)))).toBe(302);
  });

  it("logs out by deleting the session, and a disabled user loses their sessions", async () => {
    const cookie = await sessionCookieFor("membre@demo.quote-part.test");
    expect(await getCurrentUser(getRequest("/", cookie))).not.toBeNull();
    const response = await respond(() => logoutAction(args(postRequest("/deconnexion", {}, cookie))));
    expect(response.status).toBe(302);
    expect(await getCurrentUser(getRequest("/", cookie))).toBeNull();

    const cookie2 = await sessionCookieFor("membre2@demo.quote-part.test");
    await db().user.update({ where: { email: "membre2@demo.quote-part.test" }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser(getRequest("/", cookie2))).toBeNull();
  });

  it("reads the session once per page request, and logging out or disabling ends it on the next request", async () => {
    // What scripts/http-pipeline.ts does for each GET: one memo per request, shared by its loaders.
    const page = (cookie: string) =>
      runWithRequestMemo(() =>
        Promise.all([getCurrentUser(getRequest("/", cookie)), getCurrentUser(getRequest("/profil", cookie))]),
      );
    countQueries(true);
    try {
      const cookie = await sessionCookieFor("technicien@demo.quote-part.test");
      const { result, trips } = await roundTripsOf(() => page(cookie));
      expect(result.map((user) => user?.email)).toEqual([
        "technicien@demo.quote-part.test",
        "technicien@demo.quote-part.test",
      ]);
      expect(trips).toBe(1);
      expect(await respond(() => logoutAction(args(postRequest("/deconnexion", {}, cookie))))).toHaveProperty(
        "status",
        302,
      );
      expect(await page(cookie)).toEqual([null, null]);

      const cookie2 = await sessionCookieFor("tresorier@demo.quote-part.test");
      expect((await page(cookie2))[0]).not.toBeNull();
      await db().user.update({ where: { email: "tresorier@demo.quote-part.test" }, data: { disabledAt: new Date() } });
      expect(await page(cookie2)).toEqual([null, null]);
      await db().user.update({ where: { email: "tresorier@demo.quote-part.test" }, data: { disabledAt: null } });
    } finally {
      countQueries(false);
    }
  });

  it("reads the session's instants as Prisma wrote them, whatever the server's time zone", async () => {
    // The session read runs outside Prisma (OpenDatabase.readRows): a `timestamp` read in local time would
    // move expiry and idle time by the zone's offset.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const cookie = await sessionCookieFor("admin@demo.quote-part.test");
      const session = await findSession(getRequest("/", cookie));
      const stored = await db().session.findUniqueOrThrow({ where: { id: session!.id } });
      expect(session!.expiresAt.toISOString()).toBe(stored.expiresAt.toISOString());
      expect(session!.lastSeenAt.toISOString()).toBe(stored.lastSeenAt.toISOString());
      expect(session!.disabledAt).toBeNull();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("renews the session id at login", async () => {
    const before = await sessionCookieFor("admin@demo.quote-part.test");
    const request = postRequest("/connexion", { email: "admin@demo.quote-part.test", password: DEMO_PASSWORD }, before);
    const response = await respond(() => loginAction(args(request)));
    const after = response.headers.get("Set-Cookie")!.split(";")[0];
    expect(after).not.toBe(before);
    expect(await getCurrentUser(getRequest("/", before))).toBeNull();
    expect(await getCurrentUser(getRequest("/", after))).not.toBeNull();
  });

  it("reports the database in /healthz", async () => {
    const response = await respond(() => healthLoader());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.database.status).toBe("ok");
  });
});
