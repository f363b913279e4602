// A member picks one of the free slots the finder offers when asking for an intervention. The
// offers respect the technician's weekly pattern, public holidays, absences and other
// interventions; a pick is checked again when sent; staff still confirm it by planning it.
import { beforeAll, describe, expect, it } from "vitest";
import { memberSlotOffers } from "../../app/domain/scheduling/member-slots.server";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import { createRequest } from "../../app/domain/scheduling/member-requests.server";
import { RequestSchema } from "../../app/domain/scheduling/scheduling.schema";
import { action as planAction, loader as planLoader } from "../../app/routes/planning.demandes.$requestId";
import { loader as newRequestLoader } from "../../app/routes/espace-membre.demandes.nouvelle";
import { getCurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";

// Easter Monday 2027 (a holiday on a working Monday), 08:00 in Paris.
const NOW = new Date("2027-03-29T06:00:00Z");
const PARIS = "Europe/Paris";
let tenants: TwoTenants;
let memberCookie: string;
let adminCookie: string;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  memberCookie = await sessionCookieFor(tenants.a.users.member.email);
  adminCookie = await sessionCookieFor(tenants.a.users.admin.email);
  const { associationId, technicianId, memberIds } = tenants.a;
  await db().absence.create({
    data: {
      associationId,
      technicianId,
      kind: "LEAVE",
      startDate: new Date("2027-03-30T00:00:00Z"),
      endDate: new Date("2027-03-30T00:00:00Z"),
    },
  });
  await db().intervention.create({
    data: {
      associationId,
      technicianId,
      memberId: memberIds[1],
      title: "Déjà réservé",
      status: "PLANNED",
      localDate: new Date("2027-03-31T00:00:00Z"),
      startsAt: new Date("2027-03-31T06:30:00Z"),
      endsAt: new Date("2027-03-31T10:00:00Z"),
      plannedMinutes: 210,
    },
  });
});

const weekdayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`).getUTCDay() || 7;

describe("the slots offered to a member", () => {
  it("skip the holiday, the absence, days off and the booked morning", async () => {
    const offers = await memberSlotOffers(tenants.a.associationId, 120, NOW);
    expect(offers.length).toBe(6);
    const pattern = await db().workPatternDay.findMany({
      where: { technicianId: tenants.a.technicianId },
      select: { weekday: true },
    });
    const workingDays = new Set(pattern.map((day) => day.weekday));
    for (const offer of offers) {
      const date = localDateOf(offer.startsAt, PARIS);
      expect(workingDays.has(weekdayOf(date)), date).toBe(true);
      expect(["2027-03-29", "2027-03-30"]).not.toContain(date);
      expect(offer.endsAt.getTime() - offer.startsAt.getTime()).toBe(120 * 60_000);
      const overlapsBooked =
        offer.startsAt < new Date("2027-03-31T10:00:00Z") && offer.endsAt > new Date("2027-03-31T06:30:00Z");
      expect(overlapsBooked).toBe(false);
    }
    // The first free time is the afternoon of Wednesday 31 March.
    expect(localDateOf(offers[0].startsAt, PARIS)).toBe("2027-03-31");
    expect(offers[0].startsAt.getTime()).toBeGreaterThanOrEqual(new Date("2027-03-31T10:00:00Z").getTime());
    expect(offers.map((offer) => offer.value)).toEqual([...new Set(offers.map((offer) => offer.value))]);
  });

  it("are on the request form, for the duration chosen", async () => {
    const page = await (
      await respond(() =>
        newRequestLoader({
          request: getRequest("/espace-membre/demandes/nouvelle?duree=210", memberCookie),
          params: {},
          context: {},
        }),
      )
    ).json();
    expect(page.expectedMinutes).toBe(210);
    expect(page.slots.length).toBeGreaterThan(0);
    for (const slot of page.slots)
      expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(210 * 60_000);
  });
});

describe("a request with a picked slot", () => {
  const input = (chosenSlot: string, subject: string) =>
    RequestSchema.parse({
      subject,
      details: "",
      urgency: "NORMAL",
      mode: "ON_SITE",
      siteAddress: "",
      expectedMinutes: "120",
      chosenSlot,
    });

  it("keeps the pick, refuses it once taken or forged, and staff plan it as picked", async () => {
    const member = (await getCurrentUser(getRequest("/", memberCookie)))!;
    const [offer] = await memberSlotOffers(tenants.a.associationId, 120, NOW);
    const outcome = await createRequest(member, input(offer.value, "Imprimante du bureau"), NOW);
    expect(outcome).toMatchObject({ ok: true });
    const requestId = (outcome as { requestId: string }).requestId;
    expect(await db().interventionRequest.findUnique({ where: { id: requestId } })).toMatchObject({
      chosenTechnicianId: offer.technicianId,
      chosenStartsAt: offer.startsAt,
    });

    // A Thursday (not worked) and a made-up value are not offers.
    const before = await db().interventionRequest.count();
    expect(await createRequest(member, input(`${offer.technicianId}|2027-04-01T08:00:00.000Z`, "Jeudi"), NOW)).toEqual({
      ok: false,
      slotTaken: true,
    });
    expect(await createRequest(member, input("n'importe quoi", "Forgé"), NOW)).toEqual({ ok: false, slotTaken: true });
    expect(
      await createRequest(
        member,
        input(`${tenants.b.technicianId}|${offer.startsAt.toISOString()}`, "Autre association"),
        NOW,
      ),
    ).toEqual({ ok: false, slotTaken: true });
    expect(await db().interventionRequest.count()).toBe(before);

    // Staff see the pick and confirm it by planning it.
    const args = (request: Request) => ({ request, params: { requestId }, context: {} });
    const planning = await (
      await respond(() => planLoader(args(getRequest(`/planning/demandes/${requestId}`, adminCookie))))
    ).json();
    expect(planning.memberPick).toMatchObject({
      technicianId: offer.technicianId,
      date: "2027-03-31",
      startsAt: offer.startsAt.toISOString(),
    });
    const { technicianId, date, startTime, endTime } = planning.memberPick;
    const planned = await respond(() =>
      planAction(
        args(
          postRequest(
            `/planning/demandes/${requestId}`,
            { intent: "plan", technicianId, date, slot: "CUSTOM", startTime, endTime },
            adminCookie,
          ),
        ),
      ),
    );
    expect(planned.status).toBe(302);
    expect(await db().intervention.findFirst({ where: { requestId } })).toMatchObject({
      status: "PLANNED",
      startsAt: offer.startsAt,
      endsAt: new Date(offer.startsAt.getTime() + 120 * 60_000),
    });

    // Now booked: the same pick is refused to the next request.
    expect(await createRequest(member, input(offer.value, "Trop tard"), NOW)).toEqual({ ok: false, slotTaken: true });
  });
});
