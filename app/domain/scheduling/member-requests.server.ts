// Member side of booking: asking for an intervention (with its effect on the balance shown
// first), following it, answering a proposed slot and cancelling. Everything is scoped to the
// member's own organisation: another member's request answers 404.
import { memberBalances } from "../ledger/balances.server";
import { visitSummaries } from "../time/visit-summary.server";
import { localDateOf } from "../calendar/zoned-time";
import { preferredDateRefusal, type PreferredDateRefusal } from "./preferred-dates";
import { loadTechnicianSchedule } from "./schedule-data.server";
import { addDays, isIsoDate } from "../calendar/local-date";
import { isoOf } from "~/domain/calendar/date-columns";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { orNotFound, scopeOf } from "~/utils/scope.server";

import { canTransition, lifecycleStateOf } from "./lifecycle";
import { stillFreeSlot } from "./member-slots.server";
import { bookingImpact, isLateCancellation } from "./requests-rules";
import { preferredSlotsOf, type PreferredSlot, type RequestInput } from "./scheduling.schema";
import { requestFieldsSelect, requestInterventionSelect } from "./request-select";

/** What the request form needs: the organisation's address and what the balance still allows. */
export async function requestFormContext(user: CurrentUser, now = new Date()) {
  const scope = scopeOf(user);
  const [member, association, balances] = await Promise.all([
    db().member.findFirstOrThrow({
      where: { id: scope.memberId, associationId: scope.associationId },
      select: { name: true, addressLine1: true, addressLine2: true, postalCode: true, city: true },
    }),
    db().association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { overagePolicy: true, minutesPerDay: true },
    }),
    memberBalances(scope, null, now),
  ]);
  const address = [member.addressLine1, member.addressLine2, `${member.postalCode} ${member.city}`.trim()]
    .filter(Boolean)
    .join(", ");
  const balance = balances.rows[0] ?? null;
  return {
    defaultAddress: address,
    overagePolicy: association.overagePolicy,
    minutesPerDay: association.minutesPerDay,
    hasSubscription: balance !== null,
    availableMinutes: balance?.availableAfterReservationsMinutes ?? 0,
  };
}

export type CreateRequestOutcome =
  | { ok: true; requestId: string }
  | { ok: false; blocked: true; availableMinutes: number }
  | { ok: false; dateRefused: PreferredDateRefusal }
  | { ok: false; slotTaken: true };

export async function createRequest(
  user: CurrentUser,
  input: RequestInput,
  now = new Date(),
): Promise<CreateRequestOutcome> {
  const scope = scopeOf(user);
  const dateRefused = await checkPreferredDates(
    user.associationId,
    preferredSlotsOf(input).map((slot) => slot.date),
    now,
  );
  if (dateRefused) return { ok: false, dateRefused };
  const context = await requestFormContext(user, now);
  const impact = bookingImpact({
    availableMinutes: context.availableMinutes,
    expectedMinutes: input.expectedMinutes,
    overagePolicy: context.overagePolicy,
  });
  if (impact.blocked) return { ok: false, blocked: true, availableMinutes: context.availableMinutes };
  const chosen = input.chosenSlot
    ? await stillFreeSlot(scope.associationId, input.chosenSlot, input.expectedMinutes, now)
    : null;
  if (input.chosenSlot && !chosen) return { ok: false, slotTaken: true };
  return db().$transaction(async (tx) => {
    const request = await tx.interventionRequest.create({
      data: {
        associationId: scope.associationId,
        memberId: scope.memberId!,
        createdById: user.id,
        subject: input.subject,
        details: input.details,
        urgency: input.urgency,
        mode: input.mode,
        siteAddress: input.mode === "REMOTE" ? "" : input.siteAddress || context.defaultAddress,
        preferredSlots: preferredSlotsOf(input) as unknown as object,
        expectedMinutes: input.expectedMinutes,
        chosenTechnicianId: chosen?.technicianId ?? null,
        chosenStartsAt: chosen?.startsAt ?? null,
      },
    });
    await recordAudit(tx, user, {
      action: "request.created",
      entityType: "InterventionRequest",
      entityId: request.id,
      after: { urgency: input.urgency, expectedMinutes: input.expectedMinutes },
    });
    return { ok: true as const, requestId: request.id };
  });
}

/** The first preferred date in the past or on a day no technician works, with the next working days. */
async function checkPreferredDates(
  associationId: string,
  given: (string | undefined)[],
  now: Date,
): Promise<PreferredDateRefusal | null> {
  const dates = given.filter((date): date is string => Boolean(date && isIsoDate(date)));
  if (dates.length === 0) return null;
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { timeZone: true },
  });
  const today = localDateOf(now, association.timeZone);
  const sorted = [...dates].sort();
  const technicians = await db().technician.findMany({ where: { associationId }, select: { id: true } });
  const schedules = await Promise.all(
    technicians.map((technician) =>
      loadTechnicianSchedule(
        db(),
        associationId,
        technician.id,
        today < sorted[0] ? today : sorted[0],
        addDays(sorted[sorted.length - 1] > today ? sorted[sorted.length - 1] : today, 60),
      ),
    ),
  );
  return preferredDateRefusal(
    dates,
    today,
    schedules.filter((schedule) => schedule !== null),
  );
}

export async function ownRequestDetail(user: CurrentUser, requestId: string, now = new Date()) {
  const request = orNotFound(
    await db().interventionRequest.findFirst({
      where: { id: requestId, ...scopeOf(user) },
      select: {
        ...requestFieldsSelect,
        intervention: {
          select: {
            ...requestInterventionSelect,
            localDate: true,
            plannedMinutes: true,
            cancelReason: true,
            closingSummary: true,
            closedAt: true,
            report: { select: { signedAt: true, snapshotHash: true } },
          },
        },
      },
    }),
  );
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { lateCancellationHours: true, minutesPerDay: true },
  });
  const intervention = request.intervention;
  const history = await db().auditLog.findMany({
    where: {
      associationId: user.associationId,
      OR: [
        { entityType: "InterventionRequest", entityId: request.id },
        ...(intervention ? [{ entityType: "Intervention", entityId: intervention.id }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, reason: true, createdAt: true },
  });
  const lateIfCancelledNow =
    intervention?.status === "PLANNED" &&
    isLateCancellation(intervention.startsAt, now, association.lateCancellationHours);
  const visit = intervention
    ? ((await visitSummaries(user.associationId, [intervention.id], user.locale)).get(intervention.id) ?? null)
    : null;
  return {
    visit,
    request: {
      ...request,
      preferredSlots: request.preferredSlots as unknown as PreferredSlot[],
      intervention: intervention && { ...intervention, localDate: isoOf(intervention.localDate) },
    },
    history,
    lateIfCancelledNow,
    lateCancellationHours: association.lateCancellationHours,
    minutesPerDay: association.minutesPerDay,
    state: lifecycleStateOf(request.status, intervention?.status),
    canCancel: canTransition(lifecycleStateOf(request.status, intervention?.status), "cancel"),
  };
}
