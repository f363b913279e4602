// Staff side of booking: the inbox, planning or proposing a slot for a request, moving and
// cancelling an intervention. Every write locks the technician first (booking.server.ts).
import { addDays, type IsoDate } from "../calendar/local-date";

import { localDateOf } from "../calendar/zoned-time";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf, notFound, orNotFound } from "~/utils/scope.server";
import { checkSlotLocked, type Refusal } from "./booking.server";
import { findFreeSlots, type FreeSlot } from "./free-slots";
import { type LifecycleState } from "./lifecycle";
import { notifyIntervention } from "./notifications.server";
import { loadTechnicianSchedule } from "./schedule-data.server";
import { type PreferredSlot, type SlotInput } from "./scheduling.schema";
import { requestFieldsSelect, requestInterventionSelect } from "./request-select";

export type PlanOutcome =
  { ok: true; interventionId: string } | Refusal | { ok: false; closed: true; state?: LifecycleState };

export async function listTechnicians(associationId: string) {
  return db().technician.findMany({
    where: { associationId },
    select: { id: true, displayName: true, userId: true, color: true },
    orderBy: { displayName: "asc" },
  });
}

export async function assertRequestInScope(user: CurrentUser, requestId: string) {
  orNotFound(
    await db().interventionRequest.findFirst({
      where: { id: requestId, ...associationScopeOf(user) },
      select: { id: true },
    }),
  );
}

/** A request as staff plan it: details, technicians, and the next free slots of the chosen one. */
export async function requestForPlanning(
  user: CurrentUser,
  requestId: string,
  technicianId?: string | null,
  now = new Date(),
) {
  const request = orNotFound(
    await db().interventionRequest.findFirst({
      where: { id: requestId, ...associationScopeOf(user) },
      select: {
        ...requestFieldsSelect,
        chosenTechnicianId: true,
        member: { select: { id: true, name: true } },
        intervention: { select: requestInterventionSelect },
      },
    }),
  );
  const technicians = await listTechnicians(user.associationId);
  const ownTechnician = technicians.find((technician) => technician.userId === user.id);
  const chosen =
    technicians.find((technician) => technician.id === technicianId) ?? ownTechnician ?? technicians[0] ?? null;
  const suggestions = chosen ? await suggestSlots(user.associationId, chosen.id, request.expectedMinutes, now) : [];
  return {
    request: { ...request, preferredSlots: request.preferredSlots as unknown as PreferredSlot[] },
    technicians,
    technicianId: chosen?.id ?? null,
    suggestions,
    timeZone: user.timeZone,
  };
}

/** The next free slots of a technician, from now, over three months. */
export async function suggestSlots(
  associationId: string,
  technicianId: string,
  durationMinutes: number,
  now = new Date(),
  count = 5,
): Promise<FreeSlot[]> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { timeZone: true },
  });
  const from: IsoDate = localDateOf(now, association.timeZone);
  const schedule = await loadTechnicianSchedule(db(), associationId, technicianId, from, addDays(from, 92));
  if (!schedule) return [];
  return findFreeSlots(schedule, { from, durationMinutes, count, notBefore: now, horizonDays: 92 });
}

/** Plans the request (status PLANNED) or proposes the slot to the member (PROPOSED). */
export async function planRequest(
  user: CurrentUser,
  requestId: string,
  input: SlotInput,
  mode: "plan" | "propose",
): Promise<PlanOutcome> {
  const status = mode === "plan" ? "PLANNED" : "PROPOSED";
  const outcome = await db().$transaction(async (tx) => {
    // The request row is locked too: two admins planning the same request do not both succeed.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "InterventionRequest" WHERE id = ${requestId} AND "associationId" = ${user.associationId} FOR UPDATE`;
    if (locked.length === 0) notFound();
    const request = await tx.interventionRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { intervention: { select: { id: true, status: true } } },
    });
    if (request.status !== "REQUESTED" && request.status !== "PROPOSED")
      return { ok: false as const, closed: true as const };
    const proposal = request.intervention?.status === "PROPOSED" ? request.intervention : null;
    const checked = await checkSlotLocked(tx, user.associationId, input, proposal?.id, request.expectedMinutes);
    if (!checked.ok) return checked;
    const fields = {
      ...checked.booked,
      status,
      title: request.subject,
      notes: request.details,
      mode: request.mode,
      siteAddress: request.siteAddress,
    } as const;
    const intervention = proposal
      ? await tx.intervention.update({ where: { id: proposal.id }, data: { ...fields, icsSequence: { increment: 1 } } })
      : await tx.intervention.create({
          data: { ...fields, associationId: user.associationId, memberId: request.memberId, requestId: request.id },
        });
    await tx.interventionRequest.update({ where: { id: request.id }, data: { status } });
    await recordAudit(tx, user, {
      action: mode === "plan" ? "request.planned" : "request.proposed",
      entityType: "InterventionRequest",
      entityId: request.id,
      after: {
        interventionId: intervention.id,
        technicianId: intervention.technicianId,
        startsAt: intervention.startsAt.toISOString(),
        endsAt: intervention.endsAt.toISOString(),
      },
    });
    await notifyIntervention(tx, user.associationId, intervention.id, mode === "plan" ? "planned" : "proposed");
    return { ok: true as const, interventionId: intervention.id };
  });
  return outcome;
}
