// Intervention reports: saved unsigned, signed on the phone (PNG checked), then immutable; the PDF
// for staff and for the member's own organisation only; one email with the PDF when signed.
import { beforeAll, describe, expect, it } from "vitest";
import { samplePng } from "../../scripts/sample-report-view";
import { loader as memberPdf } from "../../app/routes/espace-membre.interventions.$interventionId.fiche[.]pdf";
import {
  action as reportAction,
  loader as reportLoader,
} from "../../app/routes/technicien.interventions.$interventionId.fiche";
import { loader as staffPdf } from "../../app/routes/technicien.interventions.$interventionId.fiche[.]pdf";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
let technician: string;
let interventionId: string;
let otherMemberInterventionId: string;

const args = (request: Request, interventionId: string) => ({ request, params: { interventionId }, context: {} });
const signature = `data:image/png;base64,${samplePng().toString("base64")}`;
const fields = {
  workDone: "Remplacement du disque de l'accueil.",
  remainingWork: "Changer la box.",
  equipment: "Poste accueil",
};

beforeAll(async () => {
  tenants = await seedTwoTenants();
  technician = await sessionCookieFor(tenants.a.users.technician.email);
  // A done intervention of the member user's organisation (with logged time), and one of another member.
  interventionId = (
    await db().intervention.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, memberId: tenants.a.memberIds[0], status: "DONE" },
    })
  ).id;
  otherMemberInterventionId = (
    await db().intervention.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, memberId: tenants.a.memberIds[1], status: "DONE" },
    })
  ).id;
});

describe("intervention report", () => {
  it("saves unsigned, refuses a signature that is not a PNG, then signs once and freezes", async () => {
    const saved = await respond(() =>
      reportAction(args(postRequest("/", { intent: "save", ...fields }, technician), interventionId)),
    );
    expect(saved.status).toBe(302);
    expect(await db().interventionReport.findUnique({ where: { interventionId } })).toMatchObject({
      ...fields,
      signedAt: null,
    });

    const missing = await respond(() =>
      reportAction(args(postRequest("/", { intent: "sign", ...fields }, technician), interventionId)),
    );
    expect(missing.status).toBe(400);
    const gif = `data:image/png;base64,${Buffer.from("GIF89a not a png at all, only pretending to be one for this test").toString("base64")}`;
    const fake = await respond(() =>
      reportAction(
        args(
          postRequest("/", { intent: "sign", ...fields, signerName: "Nadia", signature: gif }, technician),
          interventionId,
        ),
      ),
    );
    expect(fake.status).toBe(409);
    expect(JSON.stringify(await fake.json())).toContain("PNG");
    expect(await db().interventionReport.findUnique({ where: { interventionId } })).toMatchObject({
      signedAt: null,
      signaturePng: null,
    });

    const signed = await respond(() =>
      reportAction(
        args(
          postRequest("/", { intent: "sign", ...fields, signerName: "Nadia Ressourcerie", signature }, technician),
          interventionId,
        ),
      ),
    );
    expect(signed.status).toBe(302);
    const report = await db().interventionReport.findUniqueOrThrow({ where: { interventionId } });
    expect(report).toMatchObject({ signerName: "Nadia Ressourcerie", signedAt: expect.any(Date) });
    expect(Buffer.from(report.signaturePng!).equals(samplePng())).toBe(true);

    const edit = await respond(() =>
      reportAction(
        args(postRequest("/", { intent: "save", ...fields, workDone: "Autre chose" }, technician), interventionId),
      ),
    );
    expect(edit.status).toBe(409);
    expect(JSON.stringify(await edit.json())).toContain("signée");
    const resign = await respond(() =>
      reportAction(
        args(
          postRequest("/", { intent: "sign", ...fields, signerName: "Quelqu'un d'autre", signature }, technician),
          interventionId,
        ),
      ),
    );
    expect(resign.status).toBe(409);
    expect(await db().interventionReport.findUniqueOrThrow({ where: { interventionId } })).toMatchObject({
      workDone: fields.workDone,
      signerName: "Nadia Ressourcerie",
      signedAt: report.signedAt,
    });
    expect(
      (await db().auditLog.findMany({ where: { entityId: report.id }, orderBy: { createdAt: "asc" } })).map(
        (row) => row.action,
      ),
    ).toEqual(["report.save", "report.sign"]);

    const page = await (await respond(() => reportLoader(args(getRequest("/", technician), interventionId)))).json();
    expect(page.report).toMatchObject({ signerName: "Nadia Ressourcerie" });
    expect(page.rawMinutes).toBeGreaterThan(0);
  });

  it("emails the signed PDF exactly once, to the organisation's address (no request, the signer is not a contact)", async () => {
    const jobs = await db().outboxJob.findMany({ where: { dedupeKey: `report:${interventionId}` } });
    expect(jobs).toHaveLength(1);
    await drainOutbox();
    const mails = readLocalMailbox().filter((mail) => mail.subject.startsWith("Fiche d'intervention"));
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toContain("compta1@a.test");
    expect(mails[0].raw).toContain("application/pdf");
  });

  it("lets staff download the PDF, and the member only its own organisation's signed reports", async () => {
    const admin = await sessionCookieFor(tenants.a.users.admin.email);
    const staff = await respond(() => staffPdf(args(getRequest("/", admin), interventionId)));
    expect(staff.status).toBe(200);
    expect(staff.headers.get("Content-Type")).toBe("application/pdf");
    const bytes = Buffer.from(await staff.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const member = await sessionCookieFor(tenants.a.users.member.email);
    const own = await respond(() => memberPdf(args(getRequest("/", member), interventionId)));
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Disposition")).toContain("fiche-intervention-");

    // Another member's report (even signed) is a 404, and so is an unsigned one.
    await respond(() =>
      reportAction(
        args(
          postRequest("/", { intent: "sign", ...fields, signerName: "Hugo Champs", signature }, technician),
          otherMemberInterventionId,
        ),
      ),
    );
    expect((await respond(() => memberPdf(args(getRequest("/", member), otherMemberInterventionId)))).status).toBe(404);
    const member2 = await sessionCookieFor(tenants.a.users.member2.email);
    expect((await respond(() => memberPdf(args(getRequest("/", member2), otherMemberInterventionId)))).status).toBe(
      200,
    );
    const unsignedId = (
      await db().intervention.findFirstOrThrow({
        where: {
          associationId: tenants.a.associationId,
          memberId: tenants.a.memberIds[0],
          status: "DONE",
          id: { not: interventionId },
        },
      })
    ).id;
    await respond(() => reportAction(args(postRequest("/", { intent: "save", ...fields }, technician), unsignedId)));
    expect((await respond(() => memberPdf(args(getRequest("/", member), unsignedId)))).status).toBe(404);
    expect((await respond(() => staffPdf(args(getRequest("/", technician), unsignedId)))).status).toBe(200);
  });

  it("answers 404 for another tenant's intervention and writes nothing", async () => {
    const foreign = (await db().intervention.findFirstOrThrow({ where: { associationId: tenants.b.associationId } }))
      .id;
    expect(
      (await respond(() => reportAction(args(postRequest("/", { intent: "save", ...fields }, technician), foreign))))
        .status,
    ).toBe(404);
    expect(await db().interventionReport.count({ where: { interventionId: foreign } })).toBe(0);
  });
});
