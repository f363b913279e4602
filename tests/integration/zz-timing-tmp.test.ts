import { it } from "vitest";
import { db } from "../../app/utils/db.server";
import { seedAssociation } from "../../prisma/seed";
import { seedDemoInterventions } from "../../prisma/seed-interventions";
import { seedFinance } from "../../prisma/seed-finance";
import { seedPreviousPeriod } from "../../prisma/seed-previous-period";
import { availableDays } from "../../app/domain/capacity/available-days";
import { subscriptionsOfPeriod } from "../../app/domain/subscriptions/subscriptions.server";


it("times", async () => {
  const today = "2026-11-24";
  const s = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), s, today);
  await seedPreviousPeriod(db(), s, today);
  await seedFinance(s, today);
  const user = { ...(await db().user.findUniqueOrThrow({ where: { id: s.users.treasurer.id } })), associationId: s.associationId, role: "treasurer", memberId: null, timeZone: "Europe/Paris", locale: "fr" } as never;
  const now = new Date("2026-11-24T09:00:00+01:00");
  for (const [name, call] of [["availableDays", async () => availableDays({ from: "2026-01-01", to: "2026-12-31", pattern: { 1: { morning: true, afternoon: true }, 2: { morning: true, afternoon: true }, 3: { morning: true, afternoon: true } }, zone: "C", reservePercent: 10, absences: [], contractStart: "2020-01-01", contractEnd: null } as never)], ["subscriptionsOfPeriod", () => subscriptionsOfPeriod(user, null, now)]] as const) {
    for (let i = 0; i < 30; i++) await call();
    const cpu = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < 300; i++) await call();
    const used = process.cpuUsage(cpu);
    console.log(`TIMING ${process.env.TEST_DB ?? "pglite"} ${name}: cpu ${((used.user + used.system) / 1000 / 300).toFixed(3)} ms/call, wall ${((performance.now() - t) / 300).toFixed(3)} ms/call`);
  }
}, 120_000);
