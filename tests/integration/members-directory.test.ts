import { beforeAll, describe, expect, it } from "vitest";
import { action as memberAction, loader as memberLoader } from "../../app/routes/structures.$memberId";
import { loader as listLoader } from "../../app/routes/structures._index";
import { action as createAction, loader as newLoader } from "../../app/routes/structures.nouvelle";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "treasurer", "technician", "member"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const validMember = {
  name: "Atelier vélo Le Rayon",
  siret: "732 829 320 00074",
  addressLine1: "2 rue du Quai",
  postalCode: "26150",
  city: "Die",
  billingEmail: "Compta@Rayon.example",
  phone: "04 75 22 00 00",
  isProfessional: "on",
  status: "PROSPECT",
  notes: "Rencontré au forum des associations.",
};

describe("member directory", () => {
  it("lists the association's members, searchable by name and filtered by status", async () => {
    const all = await (await respond(() => listLoader(args(getRequest("/structures", cookie.admin))))).json();
    expect(all.members.map((member: { name: string }) => member.name)).toEqual([
      "Association Lire Ensemble",
      "Coopérative Les Champs",
      "Ressourcerie du Val",
    ]);
    const search = await (
      await respond(() => listLoader(args(getRequest("/structures?q=champs", cookie.treasurer))))
    ).json();
    expect(search.members.map((member: { name: string }) => member.name)).toEqual(["Coopérative Les Champs"]);
    await db().member.update({ where: { id: tenants.a.memberIds[2] }, data: { status: "LEFT" } });
    const left = await (
      await respond(() => listLoader(args(getRequest("/structures?statut=LEFT", cookie.technician))))
    ).json();
    expect(left.members.map((member: { id: string }) => member.id)).toEqual([tenants.a.memberIds[2]]);
    expect(left.canManage).toBe(false);
    await db().member.update({ where: { id: tenants.a.memberIds[2] }, data: { status: "ACTIVE" } });
  });

  it("lets technicians read a member with its contacts, but not change it", async () => {
    const page = await (
      await respond(() => memberLoader(args(getRequest("/", cookie.technician), { memberId: tenants.a.memberIds[0] })))
    ).json();
    expect(page.member.phone).toBe("04 75 21 10 00");
    expect(page.member.contacts).toHaveLength(1);
    expect(page.canManage).toBe(false);
    expect(
      await statusOf(() =>
        memberAction(
          args(postRequest("/", { intent: "save-member", ...validMember }, cookie.technician), {
            memberId: tenants.a.memberIds[0],
          }),
        ),
      ),
    ).toBe(403);
    expect(await statusOf(() => createAction(args(postRequest("/", validMember, cookie.treasurer))))).toBe(403);
  });

  it("refuses member users everywhere", async () => {
    expect(await statusOf(() => listLoader(args(getRequest("/", cookie.member))))).toBe(403);
    expect(await statusOf(() => newLoader(args(getRequest("/", cookie.member))))).toBe(403);
    expect(
      await statusOf(() => memberLoader(args(getRequest("/", cookie.member), { memberId: tenants.a.memberIds[0] }))),
    ).toBe(403);
  });

  it("answers 404 for another association's member, on every verb", async () => {
    const foreign = { memberId: tenants.b.memberIds[0] };
    expect(await statusOf(() => memberLoader(args(getRequest("/", cookie.admin), foreign)))).toBe(404);
    expect(
      await statusOf(() =>
        memberAction(args(postRequest("/", { intent: "save-member", ...validMember }, cookie.admin), foreign)),
      ),
    ).toBe(404);
    expect(
      await statusOf(() =>
        memberAction(args(postRequest("/", { intent: "add-contact", name: "Intrus" }, cookie.admin), foreign)),
      ),
    ).toBe(404);
    expect((await db().member.findUniqueOrThrow({ where: { id: foreign.memberId } })).name).not.toBe(validMember.name);
    expect(await db().contact.count({ where: { name: "Intrus" } })).toBe(0);
  });
});

describe("creating and editing a member", () => {
  it("refuses an invalid SIRET with 400 and writes nothing", async () => {
    const [members, audits] = [await db().member.count(), await db().auditLog.count()];
    const response = await respond(() =>
      createAction(
        args(postRequest("/structures/nouvelle", { ...validMember, siret: "73282932000075" }, cookie.admin)),
      ),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.siret).toEqual(["members.errors.siret"]);
    const badSiren = await respond(() =>
      createAction(
        args(postRequest("/structures/nouvelle", { ...validMember, siret: "", siren: "123456789" }, cookie.admin)),
      ),
    );
    expect(badSiren.status).toBe(400);
    expect((await badSiren.json()).error.siren).toEqual(["members.errors.siren"]);
    const mismatch = await respond(() =>
      createAction(args(postRequest("/structures/nouvelle", { ...validMember, siren: "552100554" }, cookie.admin))),
    );
    expect((await mismatch.json()).error.siret).toEqual(["members.errors.siretMismatch"]);
    expect(await db().member.count()).toBe(members);
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("creates a member, deriving the SIREN from the SIRET, and audits it", async () => {
    const response = await respond(() =>
      createAction(args(postRequest("/structures/nouvelle", validMember, cookie.admin))),
    );
    expect(response.status).toBe(302);
    const member = await db().member.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, name: validMember.name },
    });
    expect(response.headers.get("Location")).toBe(`/structures/${member.id}`);
    expect(member).toMatchObject({
      siret: "73282932000074",
      siren: "732829320",
      billingEmail: "compta@rayon.example",
      isProfessional: true,
      status: "PROSPECT",
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: member.id, action: "member.create" } });
    expect(audit.actorUserId).toBe(tenants.a.users.admin.id);
  });

  it("needs only the legal name: every other field is optional", async () => {
    const response = await respond(() =>
      createAction(args(postRequest("/structures/nouvelle", { name: "Collectif sans papiers" }, cookie.admin))),
    );
    expect(response.status).toBe(302);
    const member = await db().member.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, name: "Collectif sans papiers" },
    });
    expect(member).toMatchObject({
      siren: null,
      siret: null,
      billingEmail: "",
      status: "ACTIVE",
      isProfessional: false,
    });
    const contact = await respond(() =>
      memberAction(
        args(postRequest("/", { intent: "add-contact", name: "Sans e-mail" }, cookie.admin), { memberId: member.id }),
      ),
    );
    expect(contact.status).toBe(302);
  });

  it("updates a member and keeps the before/after in the audit log", async () => {
    const memberId = tenants.a.memberIds[0];
    const response = await respond(() =>
      memberAction(
        args(
          postRequest(
            "/",
            {
              intent: "save-member",
              ...validMember,
              name: "Ressourcerie du Val (SCIC)",
              status: "ACTIVE",
              isProfessional: "",
            },
            cookie.admin,
          ),
          { memberId },
        ),
      ),
    );
    expect(response.status).toBe(302);
    const member = await db().member.findUniqueOrThrow({ where: { id: memberId } });
    expect(member).toMatchObject({ name: "Ressourcerie du Val (SCIC)", isProfessional: false, status: "ACTIVE" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: memberId, action: "member.update" } });
    expect(audit.before).toMatchObject({ name: "Ressourcerie du Val" });
    expect(audit.after).toMatchObject({ name: "Ressourcerie du Val (SCIC)" });
  });

  it("adds and removes contacts, and refuses to remove another member's contact", async () => {
    const memberId = tenants.a.memberIds[1];
    const invalid = await respond(() =>
      memberAction(
        args(postRequest("/", { intent: "add-contact", name: "", email: "pas-un-mail" }, cookie.admin), { memberId }),
      ),
    );
    expect(invalid.status).toBe(400);
    const added = await respond(() =>
      memberAction(
        args(
          postRequest(
            "/",
            {
              intent: "add-contact",
              name: "Inès Gestion",
              email: "ines@champs.example",
              jobTitle: "Gérante",
              receivesInvoices: "on",
            },
            cookie.admin,
          ),
          { memberId },
        ),
      ),
    );
    expect(added.status).toBe(302);
    const contact = await db().contact.findFirstOrThrow({ where: { memberId, name: "Inès Gestion" } });
    expect(contact).toMatchObject({
      associationId: tenants.a.associationId,
      email: "ines@champs.example",
      receivesInvoices: true,
      jobTitle: "Gérante",
    });

    const otherMemberContact = await db().contact.findFirstOrThrow({ where: { memberId: tenants.a.memberIds[0] } });
    expect(
      await statusOf(() =>
        memberAction(
          args(postRequest("/", { intent: "remove-contact", contactId: otherMemberContact.id }, cookie.admin), {
            memberId,
          }),
        ),
      ),
    ).toBe(404);
    expect(await db().contact.count({ where: { id: otherMemberContact.id } })).toBe(1);

    expect(
      await statusOf(() =>
        memberAction(
          args(postRequest("/", { intent: "remove-contact", contactId: contact.id }, cookie.admin), { memberId }),
        ),
      ),
    ).toBe(302);
    expect(await db().contact.count({ where: { id: contact.id } })).toBe(0);
  });
});
