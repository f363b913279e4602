// Staff on one planned intervention: its detail page, moving it and cancelling it. Each change locks the
// intervention first, so two at once record one.

import { isoOf } from "~/domain/calendar/date-columns";
import { visitSummaries } from "../time/visit-summary.server";

import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { associationScopeOf, notFound, orNotFound } from "~/utils/scope.server";
import { cancelPlanned, checkSlotLocked } from "./booking.server";

import { transition } from "./lifecycle";
import { notifyIntervention } from "./notifications.server";

import { type CancelInput, type MoveInput } from "./scheduling.schema";

import { listTechnicians, type PlanOutcome } from "./planning.server";

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
