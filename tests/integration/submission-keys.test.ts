// Issue 10: double submits recorded twice. 50 identical concurrent POSTs (same one-time key)
// create one object, and every one of them answers as the first did.
import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import * as memberNew from "../../app/routes/espace-membre.demandes.nouvelle";
import * as newPayment from "../../app/routes/paiements.nouveau";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};
const today = localDateOf(new Date(), "Europe/Paris");

beforeAll(async () => {
  tenants = await seedTwoTenants(today);
  for (const role of ["member", "treasurer"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
});

const post = (route: { action: unknown }, fields: Record<string, string>, who: string) =>
  respond(() =>
    (route.action as (args: object) => Promise<unknown>)({
      request: postRequest("/", fields, cookie[who]),
      params: {},
      context: {},
    }),
  );

async function fifty(route: { action: unknown }, fields: Record<string, string>, who: string) {
  const responses = await Promise.all(Array.from({ length: 50 }, () => post(route, fields, who)));
  return {
    statuses: new Set(responses.map((response) => response.status)),
    locations: new Set(responses.map((response) => response.headers.get("Location"))),
  };
}

describe("one-time submission keys", () => {
  it("50 identical concurrent request forms create one request, and all answer with its page", async () => {
    const subject = `Imprimante en double ${crypto.randomUUID()}`;
    const { statuses, locations } = await fifty(
      memberNew,
      { subject, urgency: "NORMAL", mode: "REMOTE", expectedMinutes: "60", submissionKey: crypto.randomUUID() },
      "member",
    );
    expect(await db().interventionRequest.count({ where: { subject } })).toBe(1);
    expect([...statuses]).toEqual([302]);
    expect(locations.size).toBe(1);
    expect([...locations][0]).toMatch(/^\/espace-membre\/demandes\/.+/);
  });

  it("50 identical concurrent manual payments record one payment", async () => {
    const reference = `Virement ${crypto.randomUUID().slice(0, 8)}`;
    const fields = {
      memberId: tenants.a.memberIds[2],
      method: "BANK_TRANSFER",
      receivedOn: today,
      amount: "12,34",
      reference,
      submissionKey: crypto.randomUUID(),
    };
    const { statuses, locations } = await fifty(newPayment, fields, "treasurer");
    expect(await db().payment.count({ where: { reference } })).toBe(1);
    expect([...statuses]).toEqual([302]);
    expect(locations.size).toBe(1);
  });

  it("a new key creates a new object; a refused form frees its key for the corrected one", async () => {
    const subject = `Deux demandes ${crypto.randomUUID()}`;
    const base = { subject, urgency: "NORMAL", mode: "REMOTE", expectedMinutes: "60" };
    const key = crypto.randomUUID();
    expect((await post(memberNew, { ...base, expectedMinutes: "5", submissionKey: key }, "member")).status).toBe(400);
    expect((await post(memberNew, { ...base, submissionKey: key }, "member")).status).toBe(302);
    expect((await post(memberNew, { ...base, submissionKey: crypto.randomUUID() }, "member")).status).toBe(302);
    expect(await db().interventionRequest.count({ where: { subject } })).toBe(2);
  });

  it("keys belong to their user: another member's identical key is another submission", async () => {
    const subject = `Clé partagée ${crypto.randomUUID()}`;
    const key = crypto.randomUUID();
    cookie.member2 = await sessionCookieFor(tenants.a.users.member2.email);
    await post(
      memberNew,
      { subject, urgency: "NORMAL", mode: "REMOTE", expectedMinutes: "60", submissionKey: key },
      "member",
    );
    await post(
      memberNew,
      { subject, urgency: "NORMAL", mode: "REMOTE", expectedMinutes: "60", submissionKey: key },
      "member2",
    );
    expect(await db().interventionRequest.count({ where: { subject } })).toBe(2);
  });
});
