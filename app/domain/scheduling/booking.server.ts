// The transactional core shared by planning, proposing, moving, confirming and cancelling:
// resolving a chosen slot, checking it under the technician's lock, and the late-cancellation
// rule. Callers open the transaction; everything here runs inside it.
import { holidayName } from "../calendar/holidays";
import { appendMovement } from "../ledger/ledger.server";
import { dateColumn, isoOf } from "~/domain/calendar/date-columns";
import { localMinutesOfDay } from "../calendar/zoned-time";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { slotConflicts, slotInstants, type Conflict, type LocalSlot, type TechnicianSchedule } from "./conflicts";
import { lateCancellationMinutes, type LifecycleState } from "./lifecycle";
import { loadTechnicianSchedule, lockTechnician } from "./schedule-data.server";
import { type SlotInput } from "./scheduling.schema";
import { portionOfSlot, slotOfChoice, timeToMinutes, workingDayOf } from "./work-pattern";
import { lateCancellationReason } from "~/domain/ledger/system-reasons";

export type Refusal = { ok: false; conflicts: Conflict[] };

export interface BookedSlot {
  technicianId: string;
  localDate: Date;
  startsAt: Date;
  endsAt: Date;
  portion: "MORNING" | "AFTERNOON" | null;
  plannedMinutes: number;
}

/** The local slot a form's choice means on that day, or the rules it already breaks. */
export function resolveSlot(
  schedule: TechnicianSchedule,
  input: Pick<SlotInput, "date" | "slot" | "startTime" | "endTime">,
): { ok: true; slot: LocalSlot } | Refusal {
  if (input.slot === "CUSTOM") {
    return {
      ok: true,
      slot: {
        localDate: input.date,
        startMinute: timeToMinutes(input.startTime) ?? -1,
        endMinute: timeToMinutes(input.endTime) ?? -1,
      },
    };
  }
  const day = workingDayOf(input.date, schedule.pattern);
  const range = day && slotOfChoice(day, input.slot);
  if (range) return { ok: true, slot: { localDate: input.date, startMinute: range.start, endMinute: range.end } };
  const holiday = holidayName(input.date, schedule.holidayZone);
  const conflicts: Conflict[] = [
    ...(holiday ? [{ rule: "holiday" as const, name: holiday }] : []),
    day ? { rule: "outside-hours" } : { rule: "non-working-day" },
  ];
  return { ok: false, conflicts };
}

/**
 * Locks the technician, then checks the slot against their schedule as committed by everyone
 * else. A technician of another association answers 404.
 */
export async function checkSlotLocked(
  tx: Tx,
  associationId: string,
  input: SlotInput,
  ignoreInterventionId?: string,
  durationMinutes?: number,
): Promise<{ ok: true; booked: BookedSlot } | Refusal> {
  if (!(await lockTechnician(tx, associationId, input.technicianId))) notFound();
  const schedule = await loadTechnicianSchedule(tx, associationId, input.technicianId, input.date, input.date);
  if (!schedule) notFound();
  const resolved = resolveSlot(schedule, input);
  if (!resolved.ok) return resolved;
  // A half-day chosen for a shorter request books the request's duration from its start, not
  // the whole half-day (issue 11: "Après-midi" for 1 h 30 reserved 13:30–17:00).
  if (
    input.slot !== "CUSTOM" &&
    durationMinutes &&
    resolved.slot.endMinute - resolved.slot.startMinute > durationMinutes
  ) {
    resolved.slot = { ...resolved.slot, endMinute: resolved.slot.startMinute + durationMinutes };
  }
  const conflicts = slotConflicts(schedule, resolved.slot, ignoreInterventionId);
  if (conflicts.length) return { ok: false, conflicts };
  const { startsAt, endsAt } = slotInstants(resolved.slot, schedule.timeZone);
  const day = workingDayOf(input.date, schedule.pattern);
  return {
    ok: true,
    booked: {
      technicianId: input.technicianId,
      localDate: dateColumn(input.date),
      startsAt,
      endsAt,
      portion:
        input.slot === "MORNING" || input.slot === "AFTERNOON"
          ? input.slot
          : portionOfSlot(day, { start: resolved.slot.startMinute, end: resolved.slot.endMinute }),
      plannedMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
    },
  };
}

/** The slot input that re-checks an existing intervention where it stands (accepting a proposal). */
export function slotInputOf(
  intervention: { technicianId: string; localDate: Date; startsAt: Date; endsAt: Date },
  timeZone: string,
): SlotInput {
  const time = (instant: Date) => {
    const minutes = localMinutesOfDay(instant, timeZone);
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  };
  return {
    technicianId: intervention.technicianId,
    date: isoOf(intervention.localDate),
    slot: "CUSTOM",
    startTime: time(intervention.startsAt),
    endTime: time(intervention.endsAt),
  };
}

export interface CancellableIntervention {
  id: string;
  memberId: string | null;
  status: string;
  startsAt: Date;
  localDate: Date;
  plannedMinutes: number;
  requestId: string | null;
}

/**
 * Cancels a proposed or planned intervention (callers check the lifecycle first). Inside the late
 * window a planned visit not yet started costs its planned time (a CONSUMPTION movement keyed
 * `late-cancel:<id>`) unless staff waive it; a visit with time logged is never charged again.
 */
export async function cancelPlanned(
  tx: Tx,
  user: Pick<CurrentUser, "id" | "associationId">,
  intervention: CancellableIntervention,
  reason: string,
  waive: boolean,
  now = new Date(),
) {
  const association = await tx.association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { lateCancellationHours: true },
  });
  const hasTime = (await tx.timeEntry.count({ where: { interventionId: intervention.id, deletedAt: null } })) > 0;
  const { late, minutes } = lateCancellationMinutes({
    state: intervention.status as LifecycleState,
    startsAt: intervention.startsAt,
    now,
    lateCancellationHours: association.lateCancellationHours,
    plannedMinutes: intervention.plannedMinutes,
    hasMember: intervention.memberId !== null,
    hasTime,
    waived: waive,
  });
  const charged = minutes > 0;
  await tx.intervention.update({
    where: { id: intervention.id },
    data: {
      status: "CANCELLED",
      cancelledAt: now,
      cancelReason: reason,
      lateCancellation: late,
      lateCancellationWaived: late && waive,
      icsSequence: { increment: 1 },
    },
  });
  if (intervention.requestId)
    await tx.interventionRequest.update({ where: { id: intervention.requestId }, data: { status: "CANCELLED" } });
  let chargedMinutes = 0;
  if (charged && intervention.memberId) {
    const subscription = await tx.subscription.findFirst({
      where: {
        associationId: user.associationId,
        memberId: intervention.memberId,
        startDate: { lte: intervention.localDate },
        endDate: { gte: intervention.localDate },
      },
      select: { id: true },
    });
    if (subscription) {
      await appendMovement(tx, {
        associationId: user.associationId,
        subscriptionId: subscription.id,
        kind: "CONSUMPTION",
        minutes: -minutes,
        occurredOn: isoOf(intervention.localDate),
        reason: lateCancellationReason(reason),
        interventionId: intervention.id,
        createdById: user.id,
        idempotencyKey: `late-cancel:${intervention.id}`,
      });
      chargedMinutes = minutes;
    }
  }
  await recordAudit(tx, user, {
    action: "intervention.cancelled",
    entityType: "Intervention",
    entityId: intervention.id,
    after: { status: "CANCELLED", lateCancellation: late, waived: late && waive, chargedMinutes },
    reason,
  });
  return { late, charged: chargedMinutes > 0, chargedMinutes };
}
