// The signed report's e-mail goes to the person who asked for the intervention, to the signer
// when they are a contact with an address, and to the organisation's address: each once.
import { beforeAll, describe, expect, it } from "vitest";
import { samplePng } from "../../scripts/sample-report-view";
import { action as reportAction } from "../../app/routes/technicien.interventions.$interventionId.fiche";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

describe("signed report e-mail", () => {
  it("reaches the requester, the signer and the organisation", async () => {
    const { associationId, memberIds, users } = tenants.a;
    const intervention = await db().intervention.findFirstOrThrow({
      where: { associationId, memberId: memberIds[0], status: "DONE", report: null },
    });
    const request = await db().interventionRequest.create({
      data: {
        associationId,
        memberId: memberIds[0],
        createdById: users.member.id,
        subject: intervention.title,
        expectedMinutes: 60,
        status: "PLANNED",
      },
    });
    await db().intervention.update({ where: { id: intervention.id }, data: { requestId: request.id } });
    const contact = await db().contact.findFirstOrThrow({ where: { memberId: memberIds[0], email: { not: "" } } });
    const member = await db().member.findUniqueOrThrow({ where: { id: memberIds[0] } });

    const technician = await sessionCookieFor(users.technician.email);
    const signed = await respond(() =>
      reportAction({
        request: postRequest(
          "/",
          {
            intent: "sign",
            workDone: "Sauvegarde remise en route.",
            signerName: contact.name.toUpperCase(),
            signature: `data:image/png;base64,${samplePng().toString("base64")}`,
          },
          technician,
        ),
        params: { interventionId: intervention.id },
        context: {},
      }),
    );
    expect(signed.status).toBe(302);
    await drainOutbox();
    const mails = readLocalMailbox().filter(
      (mail) => mail.subject.includes(intervention.title) && mail.subject.startsWith("Fiche d'intervention"),
    );
    expect(mails).toHaveLength(1);
    const to = mails[0].to.split(/,\s*/).map((address) => address.replace(/.*<|>.*/g, "").trim());
    expect(to.sort()).toEqual([users.member.email, contact.email, member.billingEmail].sort());
  });
});
