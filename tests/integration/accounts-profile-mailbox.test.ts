import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loader as rootLoader } from "../../app/root";
import { loader as mailboxLoader } from "../../app/routes/admin.courriels";
import { action as languageAction } from "../../app/routes/langue";
import { action as profileAction, loader as profileLoader } from "../../app/routes/profil";
import { db } from "../../app/utils/db.server";
import { drainOutbox, enqueueEmail } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const args = (request: Request) => ({ request, params: {}, context: {} });

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

async function rootData(cookie?: string) {
  return (await respond(() => rootLoader(args(getRequest("/", cookie))))).json();
}

describe("profile", () => {
  it("saves the name and the language, and the whole interface follows", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.technician.email);
    expect((await rootData(cookie)).locale).toBe("fr");
    const response = await respond(() =>
      profileAction(args(postRequest("/profil", { name: "Léa T.", locale: "en" }, cookie))),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/profil");
    expect((await rootData(cookie)).locale).toBe("en");
    expect(await (await respond(() => profileLoader(args(getRequest("/profil", cookie))))).json()).toMatchObject({
      name: "Léa T.",
      locale: "en",
    });
  });

  it("refuses an unknown language or an empty name, and writes nothing", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.member.email);
    const response = await respond(() =>
      profileAction(args(postRequest("/profil", { name: " ", locale: "de" }, cookie))),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.name).toEqual(["errors.required"]);
    expect(body.error.locale).toBeDefined();
    const user = await db().user.findUniqueOrThrow({ where: { id: tenants.a.users.member.id } });
    expect(user).toMatchObject({ name: "Nadia Ressourcerie", locale: "fr" });
  });

  it("shows the colleagues page in the navigation of member admins only", async () => {
    const admin = await rootData(await sessionCookieFor(tenants.a.users.member.email));
    expect(admin.navigation.map((item: { to: string }) => item.to)).toContain("/espace-membre/collegues");
    await db().membership.updateMany({ where: { userId: tenants.a.users.member2.id }, data: { isMemberAdmin: false } });
    const plain = await rootData(await sessionCookieFor(tenants.a.users.member2.email));
    expect(plain.navigation.map((item: { to: string }) => item.to)).not.toContain("/espace-membre/collegues");
  });
});

describe("language switch for visitors", () => {
  it("sets the cookie and goes back to the same page", async () => {
    const response = await respond(() =>
      languageAction(args(postRequest("/langue", { locale: "en", redirectTo: "/connexion" }))),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/connexion");
    const cookie = response.headers.get("Set-Cookie")!.split(";")[0];
    expect(cookie).toMatch(/^qp_locale=/);
    expect((await rootData(cookie)).locale).toBe("en");
  });

  it("never redirects to another site", async () => {
    const response = await respond(() =>
      languageAction(args(postRequest("/langue", { locale: "fr", redirectTo: "//evil.example" }))),
    );
    expect(response.headers.get("Location")).toBe("/");
  });
});

describe("development mailbox", () => {
  const smtp = process.env.SMTP_URL;
  afterEach(() => {
    if (smtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = smtp;
  });

  it("shows this association's mail, newest first, with the text decoded", async () => {
    await db().$transaction(async (tx) => {
      await enqueueEmail(
        tx,
        {
          to: "x@a.test",
          subject: "Première – réunion du bureau de l'association des 7 vallées à Étoile",
          text: "Bonjour Élodie,\nÀ jeudi.",
        },
        { associationId: tenants.a.associationId },
      );
      await enqueueEmail(
        tx,
        { to: "y@b.test", subject: "Secret de B", text: "Rien pour A." },
        { associationId: tenants.b.associationId },
      );
    });
    await drainOutbox();
    await db().$transaction((tx) =>
      enqueueEmail(
        tx,
        { to: "z@a.test", subject: "Seconde", text: "Lien : https://exemple.fr/" + "a".repeat(100) },
        { associationId: tenants.a.associationId },
      ),
    );
    await drainOutbox();

    const cookie = await sessionCookieFor(tenants.a.users.admin.email);
    const response = await respond(() => mailboxLoader(args(getRequest("/admin/courriels", cookie))));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.mails.map((mail: { subject: string }) => mail.subject)).toEqual([
      "Seconde",
      "Première – réunion du bureau de l'association des 7 vallées à Étoile",
    ]);
    expect(body.mails[1].text).toBe("Bonjour Élodie,\nÀ jeudi.");
    expect(body.mails[0].text).toBe("Lien : https://exemple.fr/" + "a".repeat(100));
    expect(body.mails[1].to).toContain("x@a.test");
    expect(body.directory).toBe(process.env.MAIL_DIR);
  });

  it("does not exist when SMTP is configured, and is for the board only", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.admin.email);
    process.env.SMTP_URL = "smtp://localhost:2525";
    expect(await statusOf(() => mailboxLoader(args(getRequest("/admin/courriels", cookie))))).toBe(404);
    delete process.env.SMTP_URL;
    const treasurer = await sessionCookieFor(tenants.a.users.treasurer.email);
    expect(await statusOf(() => mailboxLoader(args(getRequest("/admin/courriels", treasurer))))).toBe(403);
  });
});
