import { beforeAll, describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/connexion";
import { action as forgotAction } from "../../app/routes/mot-de-passe-oublie";
import { action as resetAction, loader as resetLoader } from "../../app/routes/reinitialiser.$token";
import { readMailContent } from "../../app/domain/accounts/mail-text";
import { requestPasswordReset } from "../../app/domain/accounts/password-reset.server";
import { getCurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { verifyPassword } from "../../app/utils/password.server";
import { hashToken, newToken } from "../../app/utils/tokens.server";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const NEW_PASSWORD = "un cheval bleu mange des pommes";

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

/** The reset link's token from the newest email sent to this address. */
async function tokenFromMailbox(email: string) {
  await drainOutbox();
  const mail = readLocalMailbox().find((candidate) => candidate.to.includes(email));
  expect(mail, `no email to ${email}`).toBeDefined();
  const match = readMailContent(mail!.raw).text.match(/http:\/\/localhost:3000\/reinitialiser\/([A-Za-z0-9_-]+)/);
  expect(match).not.toBeNull();
  return match![1];
}

describe("forgotten password", () => {
  it("throttles repeated requests for one address with 429, whether the account exists or not", async () => {
    const ask = (email: string) => {
      const request = postRequest("/mot-de-passe-oublie", { email });
      request.headers.set("X-Quote-Part-Remote-Address", "192.0.2.50");
      return respond(() => forgotAction(args(request)));
    };
    for (const email of [tenants.b.users.admin.email, "inconnu@b.test"]) {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await ask(email)).status);
      expect(statuses, email).toEqual([200, 200, 200, 429]);
    }
    // Three tokens for the real account, none beyond the limit (the outbox does the work: issue 10).
    await drainOutbox();
    expect(await db().passwordResetToken.count({ where: { userId: tenants.b.users.admin.id } })).toBe(3);
    await db().passwordResetToken.deleteMany({ where: { userId: tenants.b.users.admin.id } });
  });

  it("answers the same for an existing and an unknown address, and only writes a token for the account", async () => {
    const known = await respond(() =>
      forgotAction(args(postRequest("/mot-de-passe-oublie", { email: tenants.a.users.treasurer.email }))),
    );
    const unknown = await respond(() =>
      forgotAction(args(postRequest("/mot-de-passe-oublie", { email: "personne@a.test" }))),
    );
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await known.json()).toEqual(await unknown.json());
    await drainOutbox();
    expect(await db().passwordResetToken.count()).toBe(1);
    expect(await db().passwordResetToken.count({ where: { userId: tenants.a.users.treasurer.id } })).toBe(1);
  });

  it("sends nothing to a disabled account", async () => {
    await db().user.update({ where: { id: tenants.b.users.member2.id }, data: { disabledAt: new Date() } });
    const response = await respond(() =>
      forgotAction(args(postRequest("/mot-de-passe-oublie", { email: tenants.b.users.member2.email }))),
    );
    expect(response.status).toBe(200);
    expect(await db().passwordResetToken.count({ where: { userId: tenants.b.users.member2.id } })).toBe(0);
  });

  it("explains a malformed address and writes nothing", async () => {
    const before = await db().passwordResetToken.count();
    const response = await respond(() =>
      forgotAction(args(postRequest("/mot-de-passe-oublie", { email: "pas-une-adresse" }))),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).result.error.email).toEqual(["errors.email"]);
    expect(await db().passwordResetToken.count()).toBe(before);
  });

  it("emails a French link whose token is stored only as its SHA-256, valid for one hour", async () => {
    const token = await tokenFromMailbox(tenants.a.users.treasurer.email);
    const rows = await db().passwordResetToken.findMany({ where: { userId: tenants.a.users.treasurer.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashToken(token));
    expect(rows[0].tokenHash).not.toContain(token);
    const lifetime = rows[0].expiresAt.getTime() - rows[0].createdAt.getTime();
    expect(Math.abs(lifetime - 3600_000)).toBeLessThan(5_000);
    const mail = readLocalMailbox().find((candidate) => candidate.to.includes(tenants.a.users.treasurer.email))!;
    expect(mail.subject).toContain("mot de passe");
    expect(readMailContent(mail.raw).text).toContain("valable une heure");
  });
});

describe("reset link", () => {
  it("shows the form for a valid link and 404 for an unknown one", async () => {
    const token = await tokenFromMailbox(tenants.a.users.treasurer.email);
    expect(await statusOf(() => resetLoader(args(getRequest(`/reinitialiser/${token}`), { token })))).toBe(200);
    const unknown = await respond(() => resetLoader(args(getRequest("/reinitialiser/x"), { token: "inconnu" })));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ valid: false });
  });

  it("refuses two different passwords on the confirmation field and changes nothing", async () => {
    const token = await tokenFromMailbox(tenants.a.users.treasurer.email);
    const response = await respond(() =>
      resetAction(
        args(postRequest(`/reinitialiser/${token}`, { password: NEW_PASSWORD, confirm: "autre chose encore" }), {
          token,
        }),
      ),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).result.error.confirm).toEqual(["errors.passwordMismatch"]);
    const user = await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.treasurer.id } });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(
      (await db().passwordResetToken.findFirstOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt,
    ).toBeNull();
  });

  it("changes the password, ends every session, and works only once", async () => {
    const email = tenants.a.users.treasurer.email;
    const token = await tokenFromMailbox(email);
    const cookie = await sessionCookieFor(email);
    expect(await getCurrentUser(getRequest("/", cookie))).not.toBeNull();

    const response = await respond(() =>
      resetAction(
        args(postRequest(`/reinitialiser/${token}`, { password: NEW_PASSWORD, confirm: NEW_PASSWORD }), { token }),
      ),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/connexion");
    expect(response.headers.get("Set-Cookie")).toContain("qp_toast");

    expect(await getCurrentUser(getRequest("/", cookie))).toBeNull();
    expect(await db().session.count({ where: { userId: tenants.a.users.treasurer.id } })).toBe(0);

    const oldLogin = await respond(() =>
      loginAction(args(postRequest("/connexion", { email, password: DEMO_PASSWORD }))),
    );
    expect(oldLogin.status).toBe(400);
    const newLogin = await respond(() =>
      loginAction(args(postRequest("/connexion", { email, password: NEW_PASSWORD }))),
    );
    expect(newLogin.status).toBe(302);

    // Single use: the same link now answers 404, on GET and POST.
    expect(await statusOf(() => resetLoader(args(getRequest(`/reinitialiser/${token}`), { token })))).toBe(404);
    const again = await respond(() =>
      resetAction(
        args(
          postRequest(`/reinitialiser/${token}`, { password: "encore un autre mot", confirm: "encore un autre mot" }),
          { token },
        ),
      ),
    );
    expect(again.status).toBe(404);
    const user = await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.treasurer.id } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
  });

  it("expires after one hour", async () => {
    const email = tenants.a.users.technician.email;
    await requestPasswordReset(email, { now: new Date(Date.now() - 61 * 60 * 1000) });
    const token = await tokenFromMailbox(email);
    expect(await statusOf(() => resetLoader(args(getRequest(`/reinitialiser/${token}`), { token })))).toBe(404);
    const response = await respond(() =>
      resetAction(
        args(postRequest(`/reinitialiser/${token}`, { password: NEW_PASSWORD, confirm: NEW_PASSWORD }), { token }),
      ),
    );
    expect(response.status).toBe(404);
    const user = await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.technician.id } });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("lets only one of two simultaneous submissions use a link", async () => {
    const { token, tokenHash } = newToken();
    await db().passwordResetToken.create({
      data: { userId: tenants.a.users.admin.id, tokenHash, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const submit = (password: string) =>
      statusOf(() =>
        resetAction(args(postRequest(`/reinitialiser/${token}`, { password, confirm: password }), { token })),
      );
    const statuses = await Promise.all([submit("premier mot de passe"), submit("second mot de passe")]);
    expect(statuses.sort()).toEqual([302, 404]);
  });
});
