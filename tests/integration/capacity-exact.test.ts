// Capacity computed by the service on the database, checked against a count made by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { capacityFromRead, periodCapacity, wouldExceedCapacity } from "../../app/domain/capacity/capacity.server";
import { readPeriodCapacity } from "../../app/domain/capacity/capacity-read.server";
import { loader as capacityLoader } from "../../app/routes/capacite";
import { db, type Tx } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, respond, sessionCookieFor, statusOf } from "../support/http";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const args = (request: Request) => ({ request, params: {}, context: {} });

let tenants: TwoTenants;
let associationId: string;
let periodId: string;
let technicianId: string;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  // A clean association (reserve 20 %, metropole holidays, 9 days per share) with one technician.
  const association = await db().association.create({
    data: { slug: "capacite-exacte", name: "Amie exacte", legalName: "Association Amie exacte" },
  });
  associationId = association.id;
  periodId = (
    await db().period.create({
      data: { associationId, label: "2026", startDate: day("2026-01-01"), endDate: day("2026-12-31") },
    })
  ).id;
  const technician = await db().technician.create({
    data: {
      associationId,
      displayName: "Technicienne à 3/5",
      employmentPercent: 60,
      contractStart: day("2025-01-01"),
      patternDays: { create: [1, 2, 3].map((weekday) => ({ associationId, weekday })) },
    },
  });
  technicianId = technician.id;
  const absence = (
    kind: "LEAVE" | "SICKNESS" | "TRAINING" | "OTHER",
    start: string,
    end: string,
    portion: "FULL_DAY" | "MORNING" | "AFTERNOON" = "FULL_DAY",
  ) =>
    db().absence.create({
      data: { associationId, technicianId, kind, startDate: day(start), endDate: day(end), portion },
    });
  await absence("LEAVE", "2026-04-02", "2026-04-10"); // crosses Easter Monday 6 April
  await absence("OTHER", "2026-04-08", "2026-04-08", "AFTERNOON"); // inside the leave: counted once
  await absence("SICKNESS", "2026-05-25", "2026-05-26"); // starts on Whit Monday
  await absence("TRAINING", "2026-07-15", "2026-07-15", "MORNING");
  await absence("LEAVE", "2025-12-29", "2025-12-31"); // before the period: ignored
});

describe("Capacity is exact for a 3/5 technician with absences that cross a holiday", () => {
  it("matches the count made by hand", async () => {
    /*
     * Pattern: Monday, Tuesday, Wednesday, full days (3/5). 2026 starts on a Thursday and has
     * 365 days = 52 weeks + 1 Thursday, so 52 Mondays + 52 Tuesdays + 52 Wednesdays
     *   = 156 days = 312 half-days.
     * Metropole holidays of 2026 on a Monday–Wednesday: Easter Monday 6 April (Mon), Whit
     * Monday 25 May (Mon), 14 July (Tue), 11 November (Wed) = 4 days = 8 half-days.
     * (1 Jan Thu, 1 May Fri, 8 May Fri, Ascension 14 May Thu, 15 Aug Sat, 1 Nov Sun, 25 Dec Fri.)
     * Absences, on pattern days that are not holidays:
     *   leave 2–10 April: Mon 6 is Easter Monday (already a holiday), Tue 7 and Wed 8 → 4 half-days;
     *   "other" on the afternoon of Wed 8 April: already absent → 0;
     *   sickness 25–26 May: Mon 25 is Whit Monday, Tue 26 → 2 half-days;
     *   training on the morning of Wed 15 July → 1 half-day;
     *   leave 29–31 December 2025: outside the period → 0.
     *   Total 7 half-days.
     * Working: 312 − 8 − 7 = 297 half-days.
     * Reserve 20 %: available = floor(297 × 80 / 100) = floor(237.6) = 237 half-days (118.5 days);
     * reserve = 297 − 237 = 60 half-days.
     * April alone: 5 Wednesdays + 4 Mondays + 4 Tuesdays = 13 days = 26 half-days; holiday 2; absent 4.
     */
    const capacity = await periodCapacity(associationId, periodId);
    expect(capacity.technicians).toHaveLength(1);
    const { capacity: counts } = capacity.technicians[0];
    expect(counts.patternHalfDays).toBe(312);
    expect(counts.holidayHalfDays).toBe(8);
    expect(counts.absenceHalfDays).toBe(7);
    expect(counts.workingHalfDays).toBe(297);
    expect(counts.availableHalfDays).toBe(237);
    expect(counts.reserveHalfDays).toBe(60);
    const april = capacity.months.find((month) => month.month === "2026-04")!;
    expect(april).toMatchObject({ patternHalfDays: 26, holidayHalfDays: 2, absenceHalfDays: 4 });
    expect(capacity.months).toHaveLength(12);
    expect(capacity.months.reduce((sum, month) => sum + month.availableHalfDays, 0)).toBe(237);
    expect(capacity.totals.availableHalfDays).toBe(237);
    expect(capacity.totals.soldHalfDays).toBe(0);
  });

  it("says whether a new subscription would exceed it", async () => {
    // 237 available half-days; 13 shares = 26 halves × 9 = 234 fit; 13.5 shares = 243 do not.
    expect(await wouldExceedCapacity(associationId, periodId, 26)).toEqual({
      exceeds: false,
      availableHalfDays: 237,
      soldHalfDays: 0,
    });
    expect(await wouldExceedCapacity(associationId, periodId, 27)).toEqual({
      exceeds: true,
      availableHalfDays: 237,
      soldHalfDays: 0,
    });
    await expect(wouldExceedCapacity(associationId, tenants.b.periodId, 1)).rejects.toMatchObject({ status: 404 });
  });

  it("counts sold days from active subscriptions only, and lists the overrides", async () => {
    const member = await db().member.create({ data: { associationId, name: "Structure gourmande" } });
    const other = await db().member.create({ data: { associationId, name: "Structure partie" } });
    const period = { periodId, startDate: day("2026-01-01"), endDate: day("2026-12-31"), priceCents: 0 };
    await db().subscription.create({
      data: {
        associationId,
        memberId: member.id,
        shareHalves: 27,
        capacityOverride: true,
        overrideNote: "Accord du bureau",
        ...period,
      },
    });
    await db().subscription.create({
      data: { associationId, memberId: other.id, shareHalves: 10, status: "CANCELLED", ...period },
    });
    const capacity = await periodCapacity(associationId, periodId);
    expect(capacity.totals.soldHalfDays).toBe(243);
    expect(capacity.check).toEqual({ unsoldHalfDays: -6, oversoldHalfDays: 6, needsOverride: true });
    expect(capacity.overrides).toEqual([
      expect.objectContaining({ memberName: "Structure gourmande", shareHalves: 27, overrideNote: "Accord du bureau" }),
    ]);
    expect(capacity.months.reduce((sum, month) => sum + month.soldHalfDays, 0)).toBe(243);
    expect(await wouldExceedCapacity(associationId, periodId, 0)).toMatchObject({ exceeds: true, soldHalfDays: 243 });
  });

  it("counts a mid-year subscription pro rata of its days, and the days carried over into the period", async () => {
    const initial = await periodCapacity(associationId, periodId);
    const before = initial.totals.soldHalfDays;
    const marchBefore = initial.months.find((month) => month.month === "2026-03")!.soldHalfDays;
    const late = await db().member.create({ data: { associationId, name: "Structure arrivée en juillet" } });
    // 1.5 shares × 9 days = 27 half-days (13.5 days) for a full year; from 1 July, 184 of 365 days:
    // 27 × 184 / 365 = 13.6 → 14 half-days (7 days), not 27.
    const subscription = await db().subscription.create({
      data: {
        associationId,
        memberId: late.id,
        periodId,
        shareHalves: 3,
        priceCents: 0,
        startDate: day("2026-07-01"),
        endDate: day("2026-12-31"),
      },
    });
    const afterLate = await periodCapacity(associationId, periodId);
    expect(afterLate.totals.soldHalfDays - before).toBe(14);
    // A July start sells nothing in March.
    expect(afterLate.months.find((month) => month.month === "2026-03")!.soldHalfDays).toBe(marchBefore);
    // Two days (2 × 420 minutes = 4 half-days) carried over from the previous period are owed too.
    await db().ledgerMovement.create({
      data: {
        associationId,
        subscriptionId: subscription.id,
        memberId: late.id,
        periodId,
        kind: "CARRY_OVER_IN",
        minutes: 840,
        occurredOn: day("2026-07-01"),
      },
    });
    const withCarry = await periodCapacity(associationId, periodId);
    expect(withCarry.totals.soldHalfDays - before).toBe(18);
    expect(withCarry.months.reduce((total, month) => total + month.soldHalfDays, 0)).toBe(
      withCarry.totals.soldHalfDays,
    );
  });

  it("loads its data in the same number of queries whatever the number of technicians", async () => {
    let operations = 0;
    const counting = db().$extends({
      query: {
        $allModels: {
          async $allOperations({ args, query }) {
            operations++;
            return query(args);
          },
        },
      },
    }) as unknown as Tx;
    await periodCapacity(associationId, periodId, counting);
    const withOne = operations;
    for (let index = 0; index < 4; index++) {
      await db().technician.create({
        data: {
          associationId,
          displayName: `Renfort ${index}`,
          contractStart: day("2026-01-01"),
          patternDays: { create: [4, 5].map((weekday) => ({ associationId, weekday })) },
          absences: {
            create: { associationId, kind: "LEAVE", startDate: day("2026-08-03"), endDate: day("2026-08-14") },
          },
        },
      });
    }
    operations = 0;
    const capacity = await periodCapacity(associationId, periodId, counting);
    expect(capacity.technicians).toHaveLength(5);
    expect(operations).toBe(withOne);
    expect(withOne).toBeLessThanOrEqual(5);
  });
});

describe("capacity page", () => {
  it("shows the current period to admins and treasurers, per technician and per month", async () => {
    for (const role of ["admin", "treasurer"] as const) {
      const cookie = await sessionCookieFor(tenants.a.users[role].email);
      const body = await (await respond(() => capacityLoader(args(getRequest("/capacite", cookie))))).json();
      expect(body.capacity.period.id).toBe(tenants.a.periodId);
      expect(body.periods.map((period: { label: string }) => period.label)).toEqual(["2026"]);
      // Seed: Léa, Monday–Wednesday from 2025-09-01; 3 members with 2 + 3 + 2 half-shares × 9 days.
      expect(body.capacity.technicians.map((technician: { displayName: string }) => technician.displayName)).toEqual([
        "Léa Technicienne",
      ]);
      expect(body.capacity.totals.availableHalfDays).toBe(Math.floor(((312 - 8) * 80) / 100));
      expect(body.capacity.totals.soldHalfDays).toBe(63);
      expect(body.capacity.check.needsOverride).toBe(false);
    }
  });

  it("refuses anonymous visitors, technicians and members, and another tenant's period", async () => {
    expect(await statusOf(() => capacityLoader(args(getRequest("/capacite"))))).toBe(302);
    for (const role of ["technician", "member"] as const) {
      const cookie = await sessionCookieFor(tenants.a.users[role].email);
      expect(await statusOf(() => capacityLoader(args(getRequest("/capacite", cookie))))).toBe(403);
    }
    const admin = await sessionCookieFor(tenants.a.users.admin.email);
    expect(
      await statusOf(() => capacityLoader(args(getRequest(`/capacite?periode=${tenants.b.periodId}`, admin)))),
    ).toBe(404);
  });

  it("shows the capacity Prisma's read computes, from its own plain-SQL read (ADR 019)", async () => {
    // The tenant's current period on the page, and the clean association's period with its
    // absences, half-days, late cancellations and carried-in days, read both ways.
    const cookie = await sessionCookieFor(tenants.a.users.treasurer.email);
    const body = await (await respond(() => capacityLoader(args(getRequest("/capacite", cookie))))).json();
    expect(body.capacity).toEqual(
      JSON.parse(JSON.stringify(await periodCapacity(tenants.a.associationId, tenants.a.periodId))),
    );
    const period = await db().period.findUniqueOrThrow({ where: { id: periodId } });
    expect(capacityFromRead(period, (await readPeriodCapacity(associationId, periodId))!)).toEqual(
      await periodCapacity(associationId, periodId),
    );
    expect(await readPeriodCapacity(associationId, tenants.b.periodId)).toBeNull();
  });
});
