// Staff side of booking: the inbox, planning or proposing a slot for a request, moving and
// cancelling an intervention. Every write locks the technician first (booking.server.ts).
import { addDays, type IsoDate } from "../calendar/local-date";
import { isoOf } from "../ledger/ledger.server";
import { visitSummaries } from "../time/visit-summary.server";
import { localDateOf } from "../calendar/zoned-time";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { associationScopeOf, notFound, orNotFound } from "~/utils/scope.server";
import { cancelPlanned, checkSlotLocked, type Refusal } from "./booking.server";
import { findFreeSlots, type FreeSlot } from "./free-slots";
import { lifecycleStateOf, stateWhere, transition, type LifecycleState } from "./lifecycle";
import { notifyIntervention } from "./notifications.server";
import { compareInboxRequests } from "./requests-rules";
import { loadTechnicianSchedule } from "./schedule-data.server";
import { type CancelInput, type MoveInput, type PreferredSlot, type SlotInput } from "./scheduling.schema";

export type PlanOutcome =
  { ok: true; interventionId: string } | Refusal | { ok: false; closed: true; state?: LifecycleState };

export async function listTechnicians(associationId: string) {
  return db().technician.findMany({
    where: { associationId },
    select: { id: true, displayName: true, userId: true, color: true },
    orderBy: { displayName: "asc" },
  });
}

/**
 * Open requests (requested or proposed), blocking first, then urgent, then normal; oldest first
 * within each. With a state, the requests in that state instead, in the same order.
 */
export async function requestInbox(user: CurrentUser, state: LifecycleState | null = null) {
  const requests = await db().interventionRequest.findMany({
    where: {
      ...associationScopeOf(user),
      ...(state ? stateWhere(state) : { status: { in: ["REQUESTED", "PROPOSED"] } }),
    },
    select: {
      id: true,
      subject: true,
      urgency: true,
      mode: true,
      status: true,
      createdAt: true,
      expectedMinutes: true,
      member: { select: { name: true } },
      intervention: { select: { status: true } },
    },
    take: 200,
  });
  return requests
    .sort(compareInboxRequests)
    .map((request) => ({ ...request, state: lifecycleStateOf(request.status, request.intervention?.status) }));
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
        id: true,
        subject: true,
        details: true,
        urgency: true,
        mode: true,
        siteAddress: true,
        preferredSlots: true,
        expectedMinutes: true,
        status: true,
        createdAt: true,
        chosenTechnicianId: true,
        chosenStartsAt: true,
        member: { select: { id: true, name: true } },
        intervention: {
          select: {
            id: true,
            status: true,
            startsAt: true,
            endsAt: true,
            technician: { select: { displayName: true } },
          },
        },
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

const interventionDetailSelect = {
  id: true,
  title: true,
  notes: true,
  mode: true,
  siteAddress: true,
  localDate: true,
  startsAt: true,
  endsAt: true,
  portion: true,
  plannedMinutes: true,
  status: true,
  cancelReason: true,
  closingSummary: true,
  lateCancellation: true,
  lateCancellationWaived: true,
  icsSequence: true,
  requestId: true,
  seriesId: true,
  technicianId: true,
  memberId: true,
  member: { select: { id: true, name: true } },
  technician: { select: { id: true, displayName: true } },
} as const;

export async function interventionForStaff(user: CurrentUser, interventionId: string, now = new Date()) {
  const intervention = orNotFound(
    await db().intervention.findFirst({
      where: { id: interventionId, ...associationScopeOf(user) },
      select: interventionDetailSelect,
    }),
  );
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { lateCancellationHours: true, timeZone: true },
  });
  const technicians = await listTechnicians(user.associationId);
  const history = await db().auditLog.findMany({
    where: {
      associationId: user.associationId,
      OR: [
        { entityType: "Intervention", entityId: intervention.id },
        ...(intervention.requestId ? [{ entityType: "InterventionRequest", entityId: intervention.requestId }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, reason: true, createdAt: true },
  });
  const lateIfCancelledNow =
    intervention.status === "PLANNED" &&
    intervention.memberId !== null &&
    intervention.startsAt.getTime() - now.getTime() < association.lateCancellationHours * 3_600_000;
  const visit = (await visitSummaries(user.associationId, [intervention.id], user.locale)).get(intervention.id) ?? null;
  return {
    visit,
    intervention: { ...intervention, localDate: isoOf(intervention.localDate) },
    technicians,
    history,
    lateIfCancelledNow,
    lateCancellationHours: association.lateCancellationHours,
    timeZone: association.timeZone,
  };
}

async function lockedIntervention(tx: Tx, user: CurrentUser, interventionId: string) {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Intervention" WHERE id = ${interventionId} AND "associationId" = ${user.associationId} FOR UPDATE`;
  if (locked.length === 0) notFound();
  return tx.intervention.findUniqueOrThrow({ where: { id: interventionId } });
}

/** Moves a planned intervention (another slot, possibly another technician), with a reason. */
export async function moveIntervention(
  user: CurrentUser,
  interventionId: string,
  input: MoveInput,
): Promise<PlanOutcome> {
  return db().$transaction(async (tx) => {
    const intervention = await lockedIntervention(tx, user, interventionId);
    if (!transition(intervention.status, "move").ok)
      return { ok: false as const, closed: true as const, state: intervention.status };
    // Only the receiving technician is locked: leaving a schedule cannot create an overlap.
    // Moved to a half-day, the visit keeps its planned duration.
    const checked = await checkSlotLocked(tx, user.associationId, input, intervention.id, intervention.plannedMinutes);
    if (!checked.ok) return checked;
    await tx.intervention.update({
      where: { id: intervention.id },
      data: { ...checked.booked, icsSequence: { increment: 1 } },
    });
    await recordAudit(tx, user, {
      action: "intervention.moved",
      entityType: "Intervention",
      entityId: intervention.id,
      after: {
        technicianId: checked.booked.technicianId,
        from: intervention.startsAt.toISOString(),
        startsAt: checked.booked.startsAt.toISOString(),
        endsAt: checked.booked.endsAt.toISOString(),
      },
      reason: input.reason,
    });
    await notifyIntervention(tx, user.associationId, intervention.id, "moved", input.reason);
    return { ok: true as const, interventionId: intervention.id };
  });
}

/** Cancels with a reason; staff may waive the late-cancellation charge. */
export async function cancelIntervention(
  user: CurrentUser,
  interventionId: string,
  input: CancelInput,
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    const intervention = await lockedIntervention(tx, user, interventionId);
    // Done or signed work is never cancelled: a correction is an adjustment with its reason.
    if (!transition(intervention.status, "cancel").ok)
      return { ok: false as const, closed: true as const, state: intervention.status };
    const result = await cancelPlanned(tx, user, intervention, input.reason, input.waiveLateCancellation, now);
    if (intervention.status === "PLANNED")
      await notifyIntervention(tx, user.associationId, intervention.id, "cancelled", input.reason);
    return { ok: true as const, ...result };
  });
}
