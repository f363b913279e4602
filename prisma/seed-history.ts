// Years of past visits for the benchmarks and the query-count guard: two done visits each working
// day (8:00 and 13:00 UTC), each with a time entry of 2 h 30. Written with createMany, not through
// the services: the aim is volume, and these rows take no part in the demo's story.
import type { PrismaClient } from "../app/generated/prisma/client.ts";

export interface HistoryOptions {
  associationId: string;
  technicianId: string;
  /** First day, "YYYY-MM-DD". */
  from: string;
  days: number;
  /** Whose visit it is, by day number and hour. */
  memberFor: (day: number, hour: number) => string;
}

export async function seedVisitHistory(prisma: PrismaClient, options: HistoryOptions) {
  const { associationId, technicianId } = options;
  const start = new Date(`${options.from}T00:00:00Z`).getTime();
  const interventions = [];
  for (let day = 0; day < options.days; day++) {
    const date = new Date(start + day * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const hour of [8, 13]) {
      interventions.push({
        associationId,
        technicianId,
        memberId: options.memberFor(day, hour),
        title: "Maintenance",
        siteAddress: "1 place de la Mairie, 26150 Die",
        localDate: new Date(date.toISOString().slice(0, 10)),
        startsAt: new Date(date.getTime() + hour * 3_600_000),
        endsAt: new Date(date.getTime() + (hour + 3) * 3_600_000),
        plannedMinutes: 180,
        status: "DONE" as const,
      });
    }
  }
  await prisma.intervention.createMany({ data: interventions });
  await prisma.timeEntry.createMany({
    data: interventions.map((intervention, index) => ({
      associationId,
      technicianId,
      memberId: intervention.memberId,
      clientId: `history-${options.from}-${index}`,
      kind: "ON_SITE" as const,
      startedAt: intervention.startsAt,
      endedAt: new Date(intervention.startsAt.getTime() + 150 * 60_000),
      localDate: intervention.localDate,
      rawMinutes: 150,
      accountedMinutes: 150,
    })),
  });
  return interventions;
}
