// The demo's interventions in every state of their lifecycle (issue 11), written through the app's
// own services so that every rule holds: past visits are done and signed (snapshot and all), and
// the demo member finds one proposal waiting for an answer, one planned visit and one in progress
// today (a first entry logged before the server's "now"). Runs once, right after seedAssociation.
import type { PrismaClient } from "../app/generated/prisma/client.ts";
import { addDays, isoWeekday, type IsoDate } from "../app/domain/calendar/local-date";
import { saveReport } from "../app/domain/reports/reports.server";
import { samplePng } from "../scripts/sample-report-view";
import { createRequest } from "../app/domain/scheduling/member-requests.server";
import { planRequest } from "../app/domain/scheduling/planning.server";
import { createTimeEntry } from "../app/domain/time/time-entries.server";
import { zonedLocalTimeToInstant } from "../app/domain/calendar/zoned-time";
import type { CurrentUser } from "../app/utils/auth.server";
import type { SeededAssociation } from "./seed";

export async function actor(prisma: PrismaClient, userId: string, associationId: string): Promise<CurrentUser> {
  const membership = await prisma.membership.findFirstOrThrow({
    where: { userId, associationId },
    include: { user: true, association: true },
  });
  return {
    id: userId,
    email: membership.user.email,
    name: membership.user.name,
    locale: "fr",
    role: membership.role as CurrentUser["role"],
    associationId,
    associationName: membership.association.name,
    timeZone: membership.association.timeZone,
    memberId: membership.memberId,
    isMemberAdmin: membership.isMemberAdmin,
    sessionId: "seed",
  };
}

/** The next Monday to Wednesday on or after `from` (the demo technician's working days). */
function workingDayFrom(from: IsoDate): IsoDate {
  let day = from;
  while (isoWeekday(day) > 3) day = addDays(day, 1);
  return day;
}

export async function seedDemoInterventions(prisma: PrismaClient, seeded: SeededAssociation, today: IsoDate) {
  const { associationId } = seeded;
  const [admin, technician, member] = await Promise.all([
    actor(prisma, seeded.users.admin.id, associationId),
    actor(prisma, seeded.users.technician.id, associationId),
    actor(prisma, seeded.users.member.id, associationId),
  ]);
  const now = zonedLocalTimeToInstant(today, "09:00", technician.timeZone);
  const signature = `data:image/png;base64,${samplePng().toString("base64")}`;

  // Past visits: closed already (seed.ts), each report signed by the member's contact.
  const past = await prisma.intervention.findMany({
    where: { associationId, status: "DONE" },
    include: { member: { select: { name: true } } },
    orderBy: { startsAt: "asc" },
  });
  for (const intervention of past) {
    await saveReport(
      technician,
      intervention.id,
      {
        intent: "sign",
        workDone: "Intervention réalisée, rien à signaler.",
        remainingWork: "",
        equipment: "",
        signerName: `Contact ${intervention.member?.name ?? ""}`.trim(),
        signature,
      },
      zonedLocalTimeToInstant(today, "08:00", technician.timeZone),
    );
  }

  const ask = async (subject: string, details: string, expectedMinutes: number) => {
    const outcome = await createRequest(
      member,
      { subject, details, urgency: "NORMAL", mode: "ON_SITE", siteAddress: "", expectedMinutes } as Parameters<
        typeof createRequest
      >[1],
      now,
    );
    if (!outcome.ok) throw new Error(`Demo request refused: ${subject}`);
    return outcome.requestId;
  };
  const book = async (requestId: string, date: IsoDate, slot: "MORNING" | "AFTERNOON", mode: "plan" | "propose") => {
    const outcome = await planRequest(
      admin,
      requestId,
      { technicianId: seeded.technicianId, date, slot, startTime: "", endTime: "" },
      mode,
    );
    if (!outcome.ok) throw new Error(`Demo booking refused on ${date}: ${JSON.stringify(outcome)}`);
    return outcome.interventionId;
  };

  // In progress today: the technician logged the first 50 minutes before 9 o'clock.
  if (isoWeekday(today) <= 3) {
    const running = await book(
      await ask("Messagerie qui ne reçoit plus rien", "Depuis ce matin, plus aucun courriel n'arrive.", 150),
      today,
      "MORNING",
      "plan",
    );
    await createTimeEntry(
      technician,
      {
        clientId: crypto.randomUUID(),
        date: today,
        mode: "times",
        startTime: "08:00",
        endTime: "08:50",
        kind: "ON_SITE",
        interventionId: running,
        notes: "Diagnostic du serveur de messagerie",
      },
      now,
    );
  }
  // Planned next week, and a proposal waiting for the member's answer the week after.
  await book(
    await ask("Installer le nouveau poste de l'accueil", "Poste livré, à installer et à relier à l'imprimante.", 120),
    workingDayFrom(addDays(today, 7)),
    "AFTERNOON",
    "plan",
  );
  await book(
    await ask("Sauvegarde du NAS à vérifier", "Le NAS affiche un voyant orange.", 90),
    workingDayFrom(addDays(today, 14)),
    "MORNING",
    "propose",
  );
}
