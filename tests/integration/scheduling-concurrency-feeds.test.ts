// Two admins planning the same slot at once: the technician's row lock makes exactly one win
// (real concurrency on PostgreSQL: TEST_DB=postgres). And the iCal feeds, over HTTP routes.
import { beforeAll, describe, expect, it } from "vitest";
import { isHoliday } from "../../app/domain/calendar/holidays";
import { addDays, isoWeekday } from "../../app/domain/calendar/local-date";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import * as feedRoute from "../../app/routes/calendrier.$token";
import * as planRoute from "../../app/routes/planning.demandes.$requestId";
import * as feedSettings from "../../app/routes/profil_.calendrier";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};
// Feeds cover a window around the real clock: seed the interventions around today in Paris.
const today = localDateOf(new Date(), "Europe/Paris");

beforeAll(async () => {
  tenants = await seedTwoTenants(today);
  for (const role of ["admin", "technician", "member", "member2"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
});

const call = (
  route: { action?: unknown; loader?: unknown },
  kind: "loader" | "action",
  request: Request,
  params: Record<string, string> = {},
) => respond(() => (route[kind] as (args: object) => Promise<unknown>)({ request, params, context: {} }));

describe("concurrent planning", () => {
  it("five overlapping plans at the same moment: exactly one wins, the others are told which intervention beat them", async () => {
    const requests = await Promise.all(
      [0, 1, 2, 0, 1].map((memberIndex, index) =>
        db().interventionRequest.create({
          data: {
            associationId: tenants.a.associationId,
            memberId: tenants.a.memberIds[memberIndex],
            createdById: tenants.a.users.admin.id,
            subject: `Course ${index}`,
            expectedMinutes: 120,
          },
        }),
      ),
    );
    // A working Wednesday three weeks ahead, clear of the seed's interventions: every slot overlaps 10:00–11:00.
    let wednesday = addDays(today, 21 + ((3 - isoWeekday(today) + 7) % 7));
    while (isHoliday(wednesday, "METROPOLE")) wednesday = addDays(wednesday, 7);
    const slots = [
      ["09:00", "11:00"],
      ["10:00", "12:00"],
      ["09:30", "10:30"],
      ["08:30", "12:00"],
      ["10:15", "11:15"],
    ];
    const responses = await Promise.all(
      requests.map((request, index) =>
        call(
          planRoute,
          "action",
          postRequest(
            "/",
            {
              intent: "plan",
              technicianId: tenants.a.technicianId,
              date: wednesday,
              slot: "CUSTOM",
              startTime: slots[index][0],
              endTime: slots[index][1],
            },
            index % 2 ? cookie.admin : cookie.technician,
          ),
          { requestId: request.id },
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 302)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(4);
    const planned = await db().intervention.findMany({
      where: {
        associationId: tenants.a.associationId,
        localDate: new Date(`${wednesday}T00:00:00Z`),
        status: "PLANNED",
      },
    });
    expect(planned).toHaveLength(1);
    for (const response of responses.filter((item) => item.status === 409)) {
      const body = await response.json();
      expect(body.conflicts).toEqual([
        expect.objectContaining({ rule: "overlap", intervention: expect.objectContaining({ id: planned[0].id }) }),
      ]);
    }
  });
});

describe("iCal feeds", () => {
  async function issue(role: string) {
    const response = await call(feedSettings, "action", postRequest("/", { intent: "generate" }, cookie[role]));
    expect(response.status).toBe(200);
    const { url } = await response.json();
    expect(url).toMatch(/\/calendrier\/[A-Za-z0-9_-]+\.ics$/);
    return url.split("/calendrier/")[1] as string;
  }
  const feed = (token: string) => call(feedRoute, "loader", getRequest(`/calendrier/${token}`), { token });

  it("serves RFC 5545 text: CRLF, lines of at most 75 octets, VTIMEZONE, escaping", async () => {
    await db().intervention.updateMany({
      where: { associationId: tenants.a.associationId, status: "PLANNED" },
      data: { notes: "Accès : code 1234, porte B; demander \\ Léa\nDeuxième ligne " + "é".repeat(60) },
    });
    const token = await issue("technician");
    const response = await feed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris");
    expect(unfolded).toContain("Accès : code 1234\\, porte B\\; demander \\\\ Léa\\nDeuxième ligne");
    expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const technicianEvents = (text.match(/BEGIN:VEVENT/g) ?? []).length;
    expect(technicianEvents).toBe(
      await db().intervention.count({
        where: { technicianId: tenants.a.technicianId, status: { in: ["PLANNED", "DONE"] } },
      }),
    );
  });

  it("gives a member user only their organisation's interventions", async () => {
    const token = await issue("member");
    const text = await (await feed(token)).text();
    const mine = await db().intervention.findMany({
      where: { memberId: tenants.a.memberIds[0], status: { in: ["PLANNED", "DONE"] } },
      select: { icsUid: true },
    });
    const uids = [...text.replace(/\r\n[ \t]/g, "").matchAll(/^UID:(.+)$/gm)].map((match) => match[1].trim());
    expect(uids.sort()).toEqual(mine.map((item) => item.icsUid).sort());
  });

  it("answers 404 once revoked or regenerated, and for unknown tokens", async () => {
    const first = await issue("admin");
    expect((await feed(first)).status).toBe(200);
    const second = await issue("admin");
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);
    await call(feedSettings, "action", postRequest("/", { intent: "revoke" }, cookie.admin));
    expect((await feed(second)).status).toBe(404);
    expect((await feed("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).status).toBe(404);
    const stored = await db().calendarFeedToken.findMany({ where: { userId: tenants.a.users.admin.id } });
    expect(stored.every((row) => !row.tokenHash.includes(second.replace(".ics", "")))).toBe(true);
  });
});
