// Consumption and period-end alerts: one email per (subscription, threshold), sent through the
// outbox to the member and the treasurer, never twice however often the check runs.
import { beforeAll, describe, expect, it } from "vitest";
import { checkAllBalanceAlerts, checkBalanceAlerts } from "../../app/domain/ledger/alerts.server";
import { appendMovement } from "../../app/domain/ledger/ledger.server";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { registerPeriodicTask, runDuePeriodicTasks } from "../../app/utils/outbox-worker.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";

let tenants: TwoTenants;
const now = new Date("2026-11-23T06:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
});

async function consumeUpTo(memberId: string, usedPercent: number) {
  const { a } = tenants;
  const subscription = await db().subscription.findFirstOrThrow({ where: { memberId, periodId: a.periodId } });
  const grant = (
    await db().ledgerMovement.aggregate({
      where: { subscriptionId: subscription.id, kind: "GRANT" },
      _sum: { minutes: true },
    })
  )._sum.minutes!;
  const remaining = (
    await db().ledgerMovement.aggregate({ where: { subscriptionId: subscription.id }, _sum: { minutes: true } })
  )._sum.minutes!;
  const target = Math.ceil((grant * usedPercent) / 100);
  await db().$transaction((tx) =>
    appendMovement(tx, {
      associationId: a.associationId,
      subscriptionId: subscription.id,
      kind: "CONSUMPTION",
      minutes: -(target - (grant - remaining)),
      occurredOn: "2026-11-20",
    }),
  );
  return subscription.id;
}

describe("balance alerts", () => {
  it("sends nothing while no threshold is reached and the period end is far", async () => {
    expect(await checkBalanceAlerts(tenants.a.associationId, "2026-11-23", now)).toBe(0);
  });

  it("enqueues one alert at 80 %, to the member and the treasurer, and never again", async () => {
    const { a } = tenants;
    const subscriptionId = await consumeUpTo(a.memberIds[0], 85);
    expect(await checkBalanceAlerts(a.associationId, "2026-11-23", now)).toBe(1);
    expect(await checkBalanceAlerts(a.associationId, "2026-11-23", now)).toBe(0);
    const jobs = await db().outboxJob.findMany({ where: { dedupeKey: { startsWith: "alert:" } } });
    expect(jobs.map((job) => job.dedupeKey)).toEqual([`alert:${subscriptionId}:80`]);
    const payload = jobs[0].payload as { to: string[]; subject: string; text: string };
    expect([...payload.to].sort()).toEqual(["compta1@a.test", "membre@a.test", "tresorier@a.test"]);
    expect(payload.subject).toContain("80 %");
    expect(payload.text).toContain("/espace-membre/solde");

    expect(await drainOutbox()).toBeGreaterThanOrEqual(1);
    const mails = readLocalMailbox().filter((mail) => mail.subject.includes("80 %"));
    expect(mails).toHaveLength(1);
    for (const address of payload.to) expect(mails[0].to).toContain(address);
    expect(await checkBalanceAlerts(a.associationId, "2026-11-23", now)).toBe(0);
    expect(await drainOutbox()).toBe(0);
  });

  it("sends the 100 % alert when the balance is exhausted, once", async () => {
    const { a } = tenants;
    const subscriptionId = await consumeUpTo(a.memberIds[0], 100);
    expect(await checkBalanceAlerts(a.associationId, "2026-11-23", now)).toBe(1);
    expect(await db().outboxJob.count({ where: { dedupeKey: `alert:${subscriptionId}:100` } })).toBe(1);
    expect(await checkBalanceAlerts(a.associationId, "2026-11-23", now)).toBe(0);
  });

  it("reminds every member once when the period ends within the configured days", async () => {
    const { a, b } = tenants;
    expect(await checkBalanceAlerts(a.associationId, "2026-12-05", now)).toBe(3);
    expect(await checkBalanceAlerts(a.associationId, "2026-12-06", now)).toBe(0);
    expect(
      await db().outboxJob.count({ where: { dedupeKey: { endsWith: ":period-end" }, associationId: a.associationId } }),
    ).toBe(3);
    expect(await db().outboxJob.count({ where: { associationId: b.associationId } })).toBe(0);
  });

  it("writes to a user in their language, and to addresses without an account in the association's", async () => {
    const { a } = tenants;
    await db().user.update({ where: { email: "membre@a.test" }, data: { locale: "en" } });
    const subscription = await db().subscription.findFirstOrThrow({
      where: { memberId: a.memberIds[0], periodId: a.periodId },
    });
    // The period-end check above ran before the change: the next period's reminder is simulated by
    // forgetting this one's jobs.
    await db().outboxJob.deleteMany({ where: { dedupeKey: { startsWith: `alert:${subscription.id}:period-end` } } });
    expect(await checkBalanceAlerts(a.associationId, "2026-12-05", now)).toBe(1);
    const jobs = await db().outboxJob.findMany({
      where: { dedupeKey: { startsWith: `alert:${subscription.id}:period-end` } },
      orderBy: { dedupeKey: "asc" },
    });
    const payloads = jobs.map((job) => ({
      key: job.dedupeKey,
      ...(job.payload as { to: string[]; subject: string; text: string }),
    }));
    expect(payloads.map(({ key, to }) => [key, [...to].sort()])).toEqual([
      [`alert:${subscription.id}:period-end`, ["compta1@a.test", "tresorier@a.test"]],
      [`alert:${subscription.id}:period-end:en`, ["membre@a.test"]],
    ]);
    expect(payloads[0].subject).toMatch(/ : la période .* se termine bientôt$/);
    expect(payloads[0].text).toMatch(/^Bonjour,\n\nLa période .* se termine le /);
    expect(payloads[1].subject).toMatch(/: the period .* ends soon$/);
    expect(payloads[1].text).toMatch(/^Hello,\n\nThe period .* ends on [A-Z][a-z]+day,? \d+ [A-Z][a-z]+ 2026\./);
    expect(payloads[1].text).toContain("Time left: ");
    expect(payloads[1].text).not.toMatch(/[àéè]/);
    await db().user.update({ where: { email: "membre@a.test" }, data: { locale: "fr" } });
  });

  it("runs from the worker's periodic hook for every association", async () => {
    const { b } = tenants;
    const later = new Date("2026-12-10T09:00:00Z");
    // Tenant B's period also ends within 30 days of this date: its three reminders go out once.
    expect(await checkAllBalanceAlerts(later)).toBe(3);
    expect(await checkAllBalanceAlerts(later)).toBe(0);
    expect(
      await db().outboxJob.count({ where: { associationId: b.associationId, dedupeKey: { endsWith: ":period-end" } } }),
    ).toBe(3);

    let runs = 0;
    registerPeriodicTask("test-task", 60 * 60 * 1000, async () => void (runs += 1));
    const start = Date.now();
    await runDuePeriodicTasks(start);
    await runDuePeriodicTasks(start + 1000);
    expect(runs).toBe(1);
    await runDuePeriodicTasks(start + 60 * 60 * 1000);
    expect(runs).toBe(2);
  });
});
