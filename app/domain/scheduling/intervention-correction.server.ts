// Correcting a finished visit (issue 11): a DONE or SIGNED intervention is never cancelled, moved
// or re-timed; its charge is corrected by appending an ADJUSTMENT movement that points to it, with
// the mandatory reason, by the treasurer or an admin, and kept in the audit log. The entries and
// the signed report stay as they were (ADR 014).
import { DomainError } from "~/domain/domain-error";
import { type CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { adjustableSubscription, adjustmentMinutes, writeAdjustment } from "../ledger/ledger.server";
import type { InterventionCorrectionInput } from "./intervention-correction.schema";
import { transition, type LifecycleState } from "./lifecycle";
import { stateOf } from "./lifecycle.server";

/** Only a finished visit is corrected, and only on a subscription: otherwise nothing is written. */
const notFinished = (state: LifecycleState) =>
  new DomainError({
    code: "NOT_FINISHED",
    status: 409,
    key: "lifecycle.correction.notFinished",
    values: { state: { keys: [`lifecycle.state.${state}`] } },
  });
const noSubscription = () =>
  new DomainError({ code: "NO_SUBSCRIPTION", status: 409, key: "lifecycle.correction.noSubscription" });

/** What the correction page shows: the intervention, its state, and whether it may be corrected. */
export async function interventionForCorrection(user: Pick<CurrentUser, "associationId">, interventionId: string) {
  const intervention = await db().intervention.findFirst({
    where: { id: interventionId, associationId: user.associationId },
    select: {
      id: true,
      title: true,
      status: true,
      localDate: true,
      member: { select: { id: true, name: true } },
      report: { select: { signedAt: true } },
    },
  });
  if (!intervention) notFound();
  const state = stateOf(intervention, intervention.report);
  const corrections = await db().ledgerMovement.findMany({
    // Staff corrections only: the re-accounting's give-backs belong to a time entry.
    where: { associationId: user.associationId, interventionId, kind: "ADJUSTMENT", timeEntryId: null },
    select: { id: true, minutes: true, reason: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return {
    id: intervention.id,
    title: intervention.title,
    member: intervention.member,
    state,
    corrections,
    correctable: Boolean(intervention.member) && transition(state, "correct").ok,
  };
}

export async function correctIntervention(
  user: CurrentUser,
  interventionId: string,
  input: InterventionCorrectionInput,
): Promise<{ minutes: number }> {
  const minutes = adjustmentMinutes(input);
  return db().$transaction(async (tx) => {
    // Locked so a concurrent signature or close is seen before the correction is written.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Intervention" WHERE id = ${interventionId} AND "associationId" = ${user.associationId} FOR UPDATE`;
    if (!locked[0]) notFound();
    const intervention = await tx.intervention.findUniqueOrThrow({
      where: { id: interventionId },
      select: { status: true, memberId: true, localDate: true, report: { select: { signedAt: true } } },
    });
    const state = stateOf(intervention, intervention.report);
    if (!transition(state, "correct").ok) throw notFinished(state);
    if (!intervention.memberId) throw noSubscription();
    // The subscription the visit was charged to; else the one whose period holds the visit's day.
    const charged = await tx.ledgerMovement.findFirst({
      where: { associationId: user.associationId, interventionId, kind: "CONSUMPTION" },
      select: { subscriptionId: true },
      orderBy: { createdAt: "desc" },
    });
    const subscription = await tx.subscription.findFirst({
      where: charged
        ? { id: charged.subscriptionId, associationId: user.associationId }
        : {
            associationId: user.associationId,
            memberId: intervention.memberId,
            period: { startDate: { lte: intervention.localDate }, endDate: { gte: intervention.localDate } },
          },
      select: adjustableSubscription,
    });
    if (!subscription) throw noSubscription();
    await writeAdjustment(
      tx,
      user,
      subscription,
      { minutes, reason: input.reason, interventionId },
      { action: "intervention.corrected", entityType: "Intervention", entityId: interventionId },
    );
    return { minutes };
  });
}
