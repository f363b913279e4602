// The intervention lifecycle end to end through the domain services (issue 11): every transition
// allowed and refused, the reservation held until done, the late charge only before any time, the
// visit accounted as a whole, signing freezing a snapshot, and dates that make sense.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isHoliday } from "../../app/domain/calendar/holidays";
import { addDays, isoWeekday, type IsoDate } from "../../app/domain/calendar/local-date";
import { memberBalance, memberBalances } from "../../app/domain/ledger/balances.server";
import { reportPdf, saveReport } from "../../app/domain/reports/reports.server";
import { samplePng } from "../../scripts/sample-report-view";
import { createRequest } from "../../app/domain/scheduling/member-requests.server";
import {
  acceptProposal,
  cancelOwnRequest,
  declineProposal,
} from "../../app/domain/scheduling/member-request-answers.server";
import { planRequest } from "../../app/domain/scheduling/planning.server";
import { cancelIntervention, moveIntervention } from "../../app/domain/scheduling/staff-interventions.server";
import { createTimeEntry, deleteTimeEntry } from "../../app/domain/time/time-entries.server";
import { DomainError } from "../../app/domain/domain-error";
import { startTimer, stopTimer } from "../../app/domain/time/timers.server";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import { getCurrentUser, type CurrentUser } from "../../app/utils/auth.server";
import { db } from "../../app/utils/db.server";
import { scopeOf } from "../../app/utils/scope.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
const user = {} as Record<"admin" | "member" | "technician", CurrentUser>;
const today = localDateOf(new Date(), "Europe/Paris");
const signature = `data:image/png;base64,${samplePng().toString("base64")}`;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "member", "technician"] as const)
    user[role] = (await getCurrentUser(getRequest("/", await sessionCookieFor(tenants.a.users[role].email))))!;
});

/** Mondays to Wednesdays after next week, away from holidays: one free half-day per visit. */
const slots = (() => {
  const list: { date: IsoDate; slot: "MORNING" | "AFTERNOON" }[] = [];
  for (let day = addDays(today, 7); list.length < 16; day = addDays(day, 1)) {
    if (isoWeekday(day) <= 3 && !isHoliday(day, "METROPOLE") && day.slice(0, 4) === today.slice(0, 4))
      list.push({ date: day, slot: "MORNING" }, { date: day, slot: "AFTERNOON" });
    if (day.slice(0, 4) !== today.slice(0, 4)) break;
  }
  return list;
})();
let nextSlot = 0;
const slotInput = () => ({ technicianId: tenants.a.technicianId, startTime: "", endTime: "", ...slots[nextSlot++] });

async function requested(subject: string) {
  const outcome = await createRequest(user.member, {
    subject,
    details: "",
    urgency: "NORMAL",
    mode: "ON_SITE",
    siteAddress: "",
    expectedMinutes: 90,
  } as Parameters<typeof createRequest>[1]);
  if (!outcome.ok) throw new Error("request refused");
  return outcome.requestId;
}

async function planned(subject: string) {
  const requestId = await requested(subject);
  const outcome = await planRequest(user.admin, requestId, slotInput(), "plan");
  if (!outcome.ok) throw new Error(`plan refused: ${JSON.stringify(outcome)}`);
  return { requestId, interventionId: outcome.interventionId };
}

const entry = (interventionId: string, minutes: number, date: IsoDate = today) => ({
  clientId: crypto.randomUUID(),
  date,
  mode: "duration" as const,
  durationHours: Math.floor(minutes / 60),
  durationMinutes: minutes % 60,
  kind: "ON_SITE" as const,
  interventionId,
  notes: "",
});

const statusOf = async (interventionId: string) =>
  (await db().intervention.findUniqueOrThrow({ where: { id: interventionId } })).status;
const refusalOf = async (run: () => Promise<unknown>) =>
  run().then(
    () => null,
    (error: unknown) => error,
  );
const reserved = async () =>
  (await memberBalances({ associationId: tenants.a.associationId, memberId: tenants.a.memberIds[0] })).rows[0]
    .reservedMinutes;
const close = (interventionId: string) =>
  saveReport(user.technician, interventionId, {
    intent: "close",
    workDone: "Imprimante réparée.",
    remainingWork: "",
    equipment: "",
  });
const sign = (interventionId: string) =>
  saveReport(user.technician, interventionId, {
    intent: "sign",
    workDone: "Imprimante réparée.",
    remainingWork: "",
    equipment: "",
    signerName: "Nadia Ressourcerie",
    signature,
  });

describe("requested → proposed → planned", () => {
  it("proposes, is declined back to requested, proposed again and accepted", async () => {
    const requestId = await requested("Proposition déclinée puis acceptée");
    const first = await planRequest(user.admin, requestId, slotInput(), "propose");
    expect(first.ok).toBe(true);
    expect(await declineProposal(user.member, requestId, "Pas ce jour-là")).toEqual({ ok: true });
    expect((await db().interventionRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("REQUESTED");
    // Refused: accepting or declining what is no longer proposed.
    expect(await acceptProposal(user.member, requestId)).toMatchObject({ ok: false, closed: true });
    expect(await declineProposal(user.member, requestId, "")).toMatchObject({ ok: false, closed: true });
    const second = await planRequest(user.admin, requestId, slotInput(), "propose");
    if (!second.ok) throw new Error("second proposal refused");
    expect(await statusOf(second.interventionId)).toBe("PROPOSED");
    // No time on a mere proposal.
    expect(await refusalOf(() => createTimeEntry(user.technician, entry(second.interventionId, 30)))).toMatchObject({
      code: "INTERVENTION_NOT_PLANNED",
    });
    expect(await acceptProposal(user.member, requestId)).toEqual({ ok: true });
    expect(await statusOf(second.interventionId)).toBe("PLANNED");
    // A half-day proposed for a 1 h 30 request reserves 1 h 30, not the whole half-day.
    expect((await db().intervention.findUniqueOrThrow({ where: { id: second.interventionId } })).plannedMinutes).toBe(
      90,
    );
    // Planned is not proposed any more: planning it again is refused.
    expect(await planRequest(user.admin, requestId, slotInput(), "plan")).toMatchObject({ ok: false, closed: true });
  });
});

describe("planned → in progress → done → signed", () => {
  it("holds the reservation until done, accounts the visit as a whole, and freezes it once signed", async () => {
    const { requestId, interventionId } = await planned("Parcours complet");
    const plannedMinutes = (await db().intervention.findUniqueOrThrow({ where: { id: interventionId } }))
      .plannedMinutes;
    const before = await reserved();
    expect(before).toBeGreaterThanOrEqual(plannedMinutes);
    // Refused before any time: closing, signing.
    expect(await refusalOf(() => close(interventionId))).toMatchObject({ code: "NOT_IN_PROGRESS", status: 409 });
    expect(await refusalOf(() => sign(interventionId))).toMatchObject({ code: "NOT_DONE", status: 409 });
    expect(await moveIntervention(user.admin, interventionId, { ...slotInput(), reason: "Décalage" })).toMatchObject({
      ok: true,
    });

    // 2 min + 20 min + 1 h 15 on one visit: 1 h 37 raw, 2 h accounted once (not 3 h 30).
    await createTimeEntry(user.technician, entry(interventionId, 2));
    expect(await statusOf(interventionId)).toBe("IN_PROGRESS");
    // The first entry does not release the reservation: only what is charged comes off it.
    expect(await reserved()).toBe(before - 60);
    await createTimeEntry(user.technician, entry(interventionId, 20));
    await createTimeEntry(user.technician, entry(interventionId, 75));
    const entries = await db().timeEntry.findMany({ where: { interventionId, deletedAt: null } });
    expect(entries.map((row) => row.rawMinutes).sort((a, b) => a - b)).toEqual([2, 20, 75]);
    expect(entries.reduce((sum, row) => sum + row.accountedMinutes, 0)).toBe(120);
    const movements = await db().ledgerMovement.aggregate({ where: { interventionId }, _sum: { minutes: true } });
    expect(movements._sum.minutes).toBe(-120);
    // Re-accounting the visit appended corrections, yet the member reads one line for it (ADR 014).
    expect(await db().ledgerMovement.count({ where: { interventionId } })).toBeGreaterThan(1);
    const balance = await memberBalance(scopeOf(user.member), user.member.memberId!);
    const visitLines = balance.movements.filter((line) => line.intervention?.id === interventionId);
    expect(visitLines).toHaveLength(1);
    expect(visitLines[0]).toMatchObject({ kind: "CONSUMPTION", minutes: -120 });

    // Refused while in progress: moving, cancelling (member and staff), signing.
    expect(await moveIntervention(user.admin, interventionId, { ...slotInput(), reason: "Non" })).toMatchObject({
      ok: false,
      closed: true,
      state: "IN_PROGRESS",
    });
    expect(await cancelOwnRequest(user.member, requestId, { reason: "", confirmLate: true })).toMatchObject({
      ok: false,
      closed: true,
      state: "IN_PROGRESS",
    });
    expect(
      await cancelIntervention(user.admin, interventionId, { reason: "Non", waiveLateCancellation: false }),
    ).toMatchObject({ ok: false, closed: true });
    expect(await refusalOf(() => sign(interventionId))).toMatchObject({ code: "NOT_DONE" });

    const mailsBefore = await db().outboxJob.count({ where: { dedupeKey: `intervention:${interventionId}:closed` } });
    await close(interventionId);
    const closed = await db().intervention.findUniqueOrThrow({ where: { id: interventionId } });
    expect(closed).toMatchObject({ status: "DONE", closingSummary: "Imprimante réparée." });
    expect((await db().interventionRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("DONE");
    // The member is told at once, with the link to the report.
    const mail = await db().outboxJob.findFirstOrThrow({
      where: { dedupeKey: `intervention:${interventionId}:closed` },
    });
    expect(mailsBefore).toBe(0);
    expect(JSON.stringify(mail.payload)).toContain(`/espace-membre/demandes/${requestId}`);
    // Done releases what was left of the reservation.
    expect(await reserved()).toBe(before - plannedMinutes);
    expect(await refusalOf(() => close(interventionId))).toMatchObject({ code: "NOT_IN_PROGRESS" });
    // Done, not yet signed: time can still be added; the visit is re-accounted as a whole.
    const late = await createTimeEntry(user.technician, entry(interventionId, 10));
    expect(
      (await db().timeEntry.findMany({ where: { interventionId, deletedAt: null } })).reduce(
        (sum, row) => sum + row.accountedMinutes,
        0,
      ),
    ).toBe(120);
    await deleteTimeEntry(user.technician, late.entry.id);

    // Refused once done: cancelling (member, staff) and moving; nothing is charged.
    const ledgerBefore = await db().ledgerMovement.count({ where: { interventionId } });
    expect(await cancelOwnRequest(user.member, requestId, { reason: "", confirmLate: true })).toMatchObject({
      ok: false,
      state: "DONE",
    });
    expect(
      await cancelIntervention(user.admin, interventionId, { reason: "Non", waiveLateCancellation: false }),
    ).toMatchObject({ ok: false, state: "DONE" });
    expect(await moveIntervention(user.admin, interventionId, { ...slotInput(), reason: "Non" })).toMatchObject({
      ok: false,
      state: "DONE",
    });

    await sign(interventionId);
    const report = await db().interventionReport.findUniqueOrThrow({ where: { interventionId } });
    expect(await statusOf(interventionId)).toBe("SIGNED");
    expect(report.snapshotHash).toMatch(/^[0-9a-f]{12}$/);
    const snapshot = report.snapshot as {
      rawMinutes: number;
      accountedMinutes: number;
      entries: unknown[];
      signature: { signerName: string; signedAt: string; pngBase64: string };
      totals: { explanationText: string };
    };
    expect(snapshot).toMatchObject({
      rawMinutes: 97,
      accountedMinutes: 120,
      signature: { signerName: "Nadia Ressourcerie" },
    });
    expect(snapshot.entries).toHaveLength(3);
    expect(snapshot.totals.explanationText).toBe("1 h 37 passées → 2 h décomptées (arrondi à la demi-heure)");

    // Signed means frozen: later time is refused with a clear reason, nothing changes.
    const refusal = await refusalOf(() => createTimeEntry(user.technician, entry(interventionId, 30)));
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("INTERVENTION_SIGNED");
    expect(await refusalOf(() => startTimer(user.technician, interventionId, crypto.randomUUID()))).toMatchObject({
      code: "INTERVENTION_SIGNED",
    });
    expect(await refusalOf(() => deleteTimeEntry(user.technician, entries[0].id))).toMatchObject({
      code: "INTERVENTION_SIGNED",
    });
    expect(await refusalOf(() => sign(interventionId))).toMatchObject({ code: "SIGNED" });
    expect(await cancelOwnRequest(user.member, requestId, { reason: "", confirmLate: true })).toMatchObject({
      ok: false,
      state: "SIGNED",
    });
    expect(await db().ledgerMovement.count({ where: { interventionId } })).toBe(ledgerBefore);
    expect((await db().interventionReport.findUniqueOrThrow({ where: { interventionId } })).snapshotHash).toBe(
      report.snapshotHash,
    );
    const pdf = await reportPdf(
      { associationId: tenants.a.associationId, memberId: tenants.a.memberIds[0] },
      interventionId,
      { signedOnly: true },
    );
    expect(pdf.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("starts with the timer; a timer stopped within the minute saves nothing", async () => {
    const { interventionId } = await planned("Chrono");
    await startTimer(user.technician, interventionId, crypto.randomUUID());
    expect(await statusOf(interventionId)).toBe("IN_PROGRESS");
    expect(await refusalOf(() => close(interventionId))).toMatchObject({ code: "TIMER_RUNNING" });
    const running = await db().timeEntry.findFirstOrThrow({
      where: { interventionId, endedAt: null, deletedAt: null },
    });
    expect(
      await stopTimer(user.technician, { confirm: false }, new Date(running.startedAt!.getTime() + 20_000)),
    ).toEqual({ status: "discarded" });
    expect(await db().timeEntry.count({ where: { interventionId, deletedAt: null } })).toBe(0);
    expect(await db().ledgerMovement.count({ where: { interventionId } })).toBe(0);
  });
});

describe("cancelling", () => {
  it("cancels requested and proposed without charge; a planned visit not started is charged only inside the late window", async () => {
    const requestId = await requested("Annulée tout de suite");
    expect(await cancelOwnRequest(user.member, requestId, { reason: "", confirmLate: false })).toEqual({
      ok: true,
      charged: false,
    });
    expect(await cancelOwnRequest(user.member, requestId, { reason: "", confirmLate: false })).toMatchObject({
      ok: false,
      state: "CANCELLED",
    });

    const proposedId = await requested("Proposée puis annulée");
    await planRequest(user.admin, proposedId, slotInput(), "propose");
    expect(await cancelOwnRequest(user.member, proposedId, { reason: "", confirmLate: false })).toEqual({
      ok: true,
      charged: false,
    });

    const { interventionId } = await planned("Annulée tard");
    const lateNow = new Date(
      (await db().intervention.findUniqueOrThrow({ where: { id: interventionId } })).startsAt.getTime() - 3_600_000,
    );
    const outcome = await cancelIntervention(
      user.admin,
      interventionId,
      { reason: "Imprévu", waiveLateCancellation: false },
      lateNow,
    );
    expect(outcome).toMatchObject({ ok: true, late: true, charged: true });
    expect(await statusOf(interventionId)).toBe("CANCELLED");
    expect(
      await cancelIntervention(user.admin, interventionId, { reason: "Encore", waiveLateCancellation: false }, lateNow),
    ).toMatchObject({ ok: false, state: "CANCELLED" });
    expect(await refusalOf(() => createTimeEntry(user.technician, entry(interventionId, 30)))).toMatchObject({
      code: "INTERVENTION_CANCELLED",
    });
  });
});

describe("dates that make sense", () => {
  it("refuses a preferred date in the past or on a day nobody works, offering the next working days; nothing is saved", async () => {
    const before = await db().interventionRequest.count();
    const ask = (preferredDate1: string) =>
      createRequest(
        user.member,
        {
          subject: "Date",
          details: "",
          urgency: "NORMAL",
          mode: "ON_SITE",
          siteAddress: "",
          expectedMinutes: 90,
          preferredDate1,
          preferredPortion1: "MORNING",
        } as Parameters<typeof createRequest>[1],
        new Date("2026-11-24T08:00:00Z"),
      );
    expect(await ask("2026-11-20")).toEqual({
      ok: false,
      dateRefused: { date: "2026-11-20", reason: "past", nextWorkingDays: ["2026-11-24", "2026-11-25", "2026-11-30"] },
    });
    expect(await ask("2026-11-27")).toEqual({
      ok: false,
      dateRefused: {
        date: "2026-11-27",
        reason: "not-working",
        nextWorkingDays: ["2026-11-30", "2026-12-01", "2026-12-02"],
      },
    });
    expect(await db().interventionRequest.count()).toBe(before);
    expect(await ask("2026-11-30")).toMatchObject({ ok: true });
  });

  it("refuses a 0-minute entry, an entry ending in the future, and a date no period covers; nothing is saved", async () => {
    const { interventionId } = await planned("Dates");
    const count = () => db().timeEntry.count({ where: { interventionId } });
    expect(await refusalOf(() => createTimeEntry(user.technician, { ...entry(interventionId, 0) }))).toMatchObject({
      code: "EMPTY",
    });
    expect(
      await refusalOf(() => createTimeEntry(user.technician, entry(interventionId, 30, addDays(today, 2)))),
    ).toMatchObject({ code: "FUTURE_DATE" });
    const now = new Date();
    const inAnHour = new Date(now.getTime() + 3_600_000);
    const time = (instant: Date) =>
      new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).format(
        instant,
      );
    if (localDateOf(inAnHour, "Europe/Paris") === today && time(now) < time(inAnHour)) {
      expect(
        await refusalOf(() =>
          createTimeEntry(user.technician, {
            ...entry(interventionId, 0),
            mode: "times",
            startTime: time(now),
            endTime: time(inAnHour),
          }),
        ),
      ).toMatchObject({ code: "END_IN_FUTURE" });
    }
    expect(
      await refusalOf(() => createTimeEntry(user.technician, entry(interventionId, 30, "2019-03-12"))),
    ).toMatchObject({ code: "NO_PERIOD", values: { date: "2019-03-12" } });
    expect(await count()).toBe(0);
    expect(await statusOf(interventionId)).toBe("PLANNED");
  });
});
