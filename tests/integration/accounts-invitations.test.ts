import { beforeAll, describe, expect, it } from "vitest";
import { readMailContent } from "../../app/domain/accounts/mail-text";
import { action as usersAction, loader as usersLoader } from "../../app/routes/admin.utilisateurs";
import { action as colleaguesAction, loader as colleaguesLoader } from "../../app/routes/espace-membre.collegues";
import { action as acceptAction, loader as acceptLoader } from "../../app/routes/invitation.$token";
import { getCurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { verifyPassword } from "../../app/utils/password.server";
import { hashToken } from "../../app/utils/tokens.server";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
let adminCookie: string;
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const PASSWORD = "une phrase assez longue";

beforeAll(async () => {
  tenants = await seedTwoTenants();
  adminCookie = await sessionCookieFor(tenants.a.users.admin.email);
});

const invite = (fields: Record<string, string>, cookie = adminCookie) =>
  respond(() => usersAction(args(postRequest("/admin/utilisateurs", fields, cookie))));

async function invitationToken(email: string) {
  await drainOutbox();
  const mail = readLocalMailbox().find((candidate) => candidate.to.includes(email));
  expect(mail, `no email to ${email}`).toBeDefined();
  const match = readMailContent(mail!.raw).text.match(/http:\/\/localhost:3000\/invitation\/([A-Za-z0-9_-]+)/);
  expect(match).not.toBeNull();
  return match![1];
}

describe("users page", () => {
  it("lists only this association's users, and offers only its members", async () => {
    const response = await respond(() => usersLoader(args(getRequest("/admin/utilisateurs", adminCookie))));
    expect(response.status).toBe(200);
    const body = await response.json();
    const emails = body.users.map((user: { email: string }) => user.email).sort();
    expect(emails).toEqual(
      Object.values(tenants.a.users)
        .map((user) => user.email)
        .sort(),
    );
    expect(body.users.find((user: { email: string }) => user.email === tenants.a.users.member.email)).toMatchObject({
      role: "member",
      disabled: false,
      memberName: expect.any(String),
    });
    const memberIds = body.members.map((member: { id: string }) => member.id).sort();
    expect(memberIds).toEqual([...tenants.a.memberIds].sort());
  });
});

describe("inviting", () => {
  it("requires the organisation of a member contact, and writes nothing", async () => {
    const response = await invite({ email: "nouvelle@a.test", role: "member" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.memberId).toEqual(["errors.memberRequired"]);
    expect(await db().invitation.count()).toBe(0);
    expect(await db().outboxJob.count()).toBe(0);
  });

  it("answers 404 for another association's organisation", async () => {
    const response = await invite({ email: "nouvelle@a.test", role: "member", memberId: tenants.b.memberIds[0] });
    expect(response.status).toBe(404);
    expect(await db().invitation.count()).toBe(0);
  });

  it("refuses an address that already has an account in the association", async () => {
    const response = await invite({ email: tenants.a.users.treasurer.email.toUpperCase(), role: "technician" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.email).toEqual(["errors.emailTaken"]);
    expect(await db().invitation.count()).toBe(0);
  });

  it("creates a hashed, 7-day invitation and emails the link", async () => {
    const response = await invite({
      email: "Nouvelle@A.test",
      name: "Inès Nouvelle",
      role: "member",
      memberId: tenants.a.memberIds[2],
      isMemberAdmin: "on",
    });
    expect(response.status).toBe(302);
    const row = await db().invitation.findFirstOrThrow({ where: { email: "nouvelle@a.test" } });
    expect(row).toMatchObject({
      associationId: tenants.a.associationId,
      role: "member",
      memberId: tenants.a.memberIds[2],
      isMemberAdmin: true,
      invitedById: tenants.a.users.admin.id,
    });
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 7 * 24 * 3600_000)).toBeLessThan(5_000);
    const token = await invitationToken("nouvelle@a.test");
    expect(row.tokenHash).toBe(hashToken(token));

    const page = await respond(() => usersLoader(args(getRequest("/admin/utilisateurs", adminCookie))));
    expect((await page.json()).invitations.map((invitation: { email: string }) => invitation.email)).toContain(
      "nouvelle@a.test",
    );
  });
});

describe("accepting an invitation", () => {
  it("shows the association and answers 404 for an unknown link", async () => {
    const token = await invitationToken("nouvelle@a.test");
    const page = await respond(() => acceptLoader(args(getRequest("/"), { token })));
    expect(page.status).toBe(200);
    expect((await page.json()).invitation).toMatchObject({
      associationName: "Amie A",
      email: "nouvelle@a.test",
      hasAccount: false,
    });
    expect(await statusOf(() => acceptLoader(args(getRequest("/"), { token: "inconnu" })))).toBe(404);
    expect(await statusOf(() => acceptAction(args(postRequest("/", {}), { token: "inconnu" })))).toBe(404);
  });

  it("refuses different passwords and creates nothing", async () => {
    const token = await invitationToken("nouvelle@a.test");
    const response = await respond(() =>
      acceptAction(
        args(postRequest("/", { name: "Inès", password: PASSWORD, confirm: "pas pareil du tout" }), { token }),
      ),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).result.error.confirm).toEqual(["errors.passwordMismatch"]);
    expect(await db().user.findUnique({ where: { email: "nouvelle@a.test" } })).toBeNull();
  });

  it("creates the account and membership, logs in, and works only once", async () => {
    const token = await invitationToken("nouvelle@a.test");
    const response = await respond(() =>
      acceptAction(args(postRequest("/", { name: "Inès Nouvelle", password: PASSWORD, confirm: PASSWORD }), { token })),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/espace-membre");
    const cookie = response.headers
      .get("Set-Cookie")!
      .split(/,(?=\s*qp_)/)
      .find((part) => part.trim().startsWith("qp_session="))!
      .trim()
      .split(";")[0];
    const current = await getCurrentUser(getRequest("/", cookie));
    expect(current).toMatchObject({
      email: "nouvelle@a.test",
      name: "Inès Nouvelle",
      role: "member",
      memberId: tenants.a.memberIds[2],
      isMemberAdmin: true,
      associationId: tenants.a.associationId,
    });
    expect((await db().invitation.findFirstOrThrow({ where: { email: "nouvelle@a.test" } })).acceptedAt).not.toBeNull();

    expect(await statusOf(() => acceptLoader(args(getRequest("/"), { token })))).toBe(404);
    expect(
      await statusOf(() =>
        acceptAction(args(postRequest("/", { name: "X", password: PASSWORD, confirm: PASSWORD }), { token })),
      ),
    ).toBe(404);
    expect(await db().membership.count({ where: { user: { email: "nouvelle@a.test" } } })).toBe(1);
  });

  it("adds a membership to an existing account once its current password is confirmed", async () => {
    const email = tenants.b.users.technician.email;
    expect((await invite({ email, role: "treasurer" })).status).toBe(302);
    const token = await invitationToken(email);
    expect(
      (await (await respond(() => acceptLoader(args(getRequest("/"), { token })))).json()).invitation.hasAccount,
    ).toBe(true);

    const wrong = await respond(() =>
      acceptAction(args(postRequest("/", { password: "pas le bon mot de passe" }), { token })),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).result.error.password).toEqual(["invite.accept.wrongPassword"]);
    expect(await db().membership.count({ where: { userId: tenants.b.users.technician.id } })).toBe(1);

    const right = await respond(() => acceptAction(args(postRequest("/", { password: DEMO_PASSWORD }), { token })));
    expect(right.status).toBe(302);
    expect(right.headers.get("Location")).toBe("/tresorerie");
    const memberships = await db().membership.findMany({ where: { userId: tenants.b.users.technician.id } });
    expect(memberships.map((membership) => membership.role).sort()).toEqual(["technician", "treasurer"]);
    const user = await db().user.findUniqueOrThrow({ where: { id: tenants.b.users.technician.id } });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("answers 404 once the invitation has expired", async () => {
    expect((await invite({ email: "tardif@a.test", role: "technician" })).status).toBe(302);
    const token = await invitationToken("tardif@a.test");
    await db().invitation.updateMany({
      where: { email: "tardif@a.test" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await statusOf(() => acceptLoader(args(getRequest("/"), { token })))).toBe(404);
    expect(
      await statusOf(() =>
        acceptAction(args(postRequest("/", { name: "T", password: PASSWORD, confirm: PASSWORD }), { token })),
      ),
    ).toBe(404);
    expect(await db().user.findUnique({ where: { email: "tardif@a.test" } })).toBeNull();
  });
});

describe("disabling users", () => {
  const status = (intent: string, userId: string, cookie = adminCookie) =>
    respond(() => usersAction(args(postRequest("/admin/utilisateurs", { intent, userId }, cookie))));

  it("disables a user of the association and ends their sessions, then re-enables them", async () => {
    const memberCookie = await sessionCookieFor(tenants.a.users.member.email);
    expect((await status("disable", tenants.a.users.member.id)).status).toBe(302);
    expect((await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.member.id } })).disabledAt).not.toBeNull();
    expect(await db().session.count({ where: { userId: tenants.a.users.member.id } })).toBe(0);
    expect(await getCurrentUser(getRequest("/", memberCookie))).toBeNull();

    expect((await status("enable", tenants.a.users.member.id)).status).toBe(302);
    expect((await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.member.id } })).disabledAt).toBeNull();
  });

  it("never disables yourself", async () => {
    const response = await status("disable", tenants.a.users.admin.id);
    expect(response.status).toBe(302);
    expect((await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.admin.id } })).disabledAt).toBeNull();
    expect(await getCurrentUser(getRequest("/", adminCookie))).not.toBeNull();
  });

  it("answers 404 for a user of another association", async () => {
    expect((await status("disable", tenants.b.users.admin.id)).status).toBe(404);
    expect((await db().user.findUniqueOrThrow({ where: { id: tenants.b.users.admin.id } })).disabledAt).toBeNull();
  });
});

describe("colleagues of a member organisation", () => {
  it("lists only the colleagues of the same organisation", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.member.email);
    const body = await (
      await respond(() => colleaguesLoader(args(getRequest("/espace-membre/collegues", cookie))))
    ).json();
    expect(body.users.map((user: { email: string }) => user.email)).toEqual([tenants.a.users.member.email]);
  });

  it("invites into the member's own organisation whatever the form says", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.member.email);
    const response = await respond(() =>
      colleaguesAction(
        args(
          postRequest(
            "/espace-membre/collegues",
            {
              email: "collegue@a.test",
              name: "Sam",
              role: "admin",
              memberId: tenants.a.memberIds[1],
              isMemberAdmin: "on",
            },
            cookie,
          ),
        ),
      ),
    );
    expect(response.status).toBe(302);
    const row = await db().invitation.findFirstOrThrow({ where: { email: "collegue@a.test" } });
    expect(row).toMatchObject({
      associationId: tenants.a.associationId,
      role: "member",
      memberId: tenants.a.memberIds[0],
      isMemberAdmin: false,
    });
    expect(await invitationToken("collegue@a.test")).toBeTruthy();
  });

  it("is refused to a member contact who does not manage access", async () => {
    await db().membership.updateMany({ where: { userId: tenants.a.users.member2.id }, data: { isMemberAdmin: false } });
    const cookie = await sessionCookieFor(tenants.a.users.member2.email);
    expect(await statusOf(() => colleaguesLoader(args(getRequest("/espace-membre/collegues", cookie))))).toBe(403);
    expect(
      await statusOf(() =>
        colleaguesAction(args(postRequest("/espace-membre/collegues", { email: "x@a.test" }, cookie))),
      ),
    ).toBe(403);
  });
});
