// A member answers about its own request: cancels it (late or not), accepts or declines the slot the
// technician proposed. Each locks the request first, so two answers at once record one.

import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound, scopeOf } from "~/utils/scope.server";
import { cancelPlanned, checkSlotLocked, slotInputOf, type Refusal } from "./booking.server";
import { notifyIntervention } from "./notifications.server";
import { canTransition, lifecycleStateOf, type LifecycleState } from "./lifecycle";

import { isLateCancellation } from "./requests-rules";
import { type MemberCancelInput } from "./scheduling.schema";

async function lockOwnRequest(tx: Tx, user: CurrentUser, requestId: string) {
  const scope = scopeOf(user);
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "InterventionRequest" WHERE id = ${requestId} AND "associationId" = ${scope.associationId} AND "memberId" = ${scope.memberId} FOR UPDATE`;
  if (locked.length === 0) notFound();
  return tx.interventionRequest.findUniqueOrThrow({ where: { id: requestId }, include: { intervention: true } });
}

export type MemberCancelOutcome =
  | { ok: true; charged: boolean }
  | { ok: false; needsConfirmation: true }
  | { ok: false; closed: true; state: LifecycleState };

/** Cancels the member's request; inside the late window only once they confirmed the warning. */
export async function cancelOwnRequest(
  user: CurrentUser,
  requestId: string,
  input: MemberCancelInput,
  now = new Date(),
): Promise<MemberCancelOutcome> {
  return db().$transaction(async (tx) => {
    const request = await lockOwnRequest(tx, user, requestId);
    const intervention = request.intervention;
    // The intervention's state, not the request's: in progress, done or signed work cannot be cancelled.
    const state = lifecycleStateOf(request.status, intervention?.status);
    if (!canTransition(state, "cancel")) return { ok: false as const, closed: true as const, state };
    const reason = input.reason || "Annulée par la structure";
    if (intervention?.status === "PLANNED") {
      const association = await tx.association.findUniqueOrThrow({
        where: { id: user.associationId },
        select: { lateCancellationHours: true },
      });
      if (isLateCancellation(intervention.startsAt, now, association.lateCancellationHours) && !input.confirmLate)
        return { ok: false as const, needsConfirmation: true as const };
      const result = await cancelPlanned(tx, user, intervention, reason, false, now);
      await notifyIntervention(tx, user.associationId, intervention.id, "cancelled", reason);
      return { ok: true as const, charged: result.charged };
    }
    if (intervention?.status === "PROPOSED") await tx.intervention.delete({ where: { id: intervention.id } });
    await tx.interventionRequest.update({ where: { id: request.id }, data: { status: "CANCELLED" } });
    await recordAudit(tx, user, {
      action: "request.cancelled",
      entityType: "InterventionRequest",
      entityId: request.id,
      after: {},
      reason,
    });
    return { ok: true as const, charged: false };
  });
}

/** The member takes the proposed slot: it is re-checked under the technician's lock, then planned. */
export async function acceptProposal(
  user: CurrentUser,
  requestId: string,
): Promise<{ ok: true } | Refusal | { ok: false; closed: true }> {
  return db().$transaction(async (tx) => {
    const request = await lockOwnRequest(tx, user, requestId);
    const proposal = request.intervention;
    if (request.status !== "PROPOSED" || proposal?.status !== "PROPOSED")
      return { ok: false as const, closed: true as const };
    const checked = await checkSlotLocked(tx, user.associationId, slotInputOf(proposal, user.timeZone), proposal.id);
    if (!checked.ok) return checked;
    await tx.intervention.update({ where: { id: proposal.id }, data: { status: "PLANNED" } });
    await tx.interventionRequest.update({ where: { id: request.id }, data: { status: "PLANNED" } });
    await recordAudit(tx, user, {
      action: "request.accepted",
      entityType: "InterventionRequest",
      entityId: request.id,
      after: { interventionId: proposal.id },
    });
    await notifyIntervention(tx, user.associationId, proposal.id, "planned");
    return { ok: true as const };
  });
}

/** The member declines: the proposal is withdrawn and the request waits in the inbox again. */
export async function declineProposal(user: CurrentUser, requestId: string, reason: string) {
  return db().$transaction(async (tx) => {
    const request = await lockOwnRequest(tx, user, requestId);
    const proposal = request.intervention;
    if (request.status !== "PROPOSED" || proposal?.status !== "PROPOSED")
      return { ok: false as const, closed: true as const };
    await tx.intervention.delete({ where: { id: proposal.id } });
    await tx.interventionRequest.update({ where: { id: request.id }, data: { status: "REQUESTED" } });
    await recordAudit(tx, user, {
      action: "request.declined",
      entityType: "InterventionRequest",
      entityId: request.id,
      after: { startsAt: proposal.startsAt.toISOString(), endsAt: proposal.endsAt.toISOString() },
      reason,
    });
    return { ok: true as const };
  });
}
