// Free slots offered to a member asking for an intervention: the next free slots of each of the
// association's technicians, from the same finder staff use to plan (weekly pattern, holidays,
// absences, other interventions). The member's pick is only a wish: it is stored on the request,
// checked again when sent, and staff still confirm it by planning it.
import { db } from "~/utils/db.server";
import { localDateOf, localMinutesOfDay } from "../calendar/zoned-time";
import { listTechnicians, suggestSlots } from "./planning.server";
import { minutesToTime } from "./work-pattern";

export type OfferedSlot = { value: string; technicianId: string; technicianName: string; startsAt: Date; endsAt: Date };

/** How many slots the member sees, and how far a pick is looked for when checked again. */
const OFFERED = 6;
const CHECKED = 200;

/** The form value of a slot: the technician and the start instant; its length is the request's. */
export const slotValueOf = (technicianId: string, startsAt: Date) => `${technicianId}|${startsAt.toISOString()}`;

export function parseSlotValue(value: string): { technicianId: string; startsAt: Date } | null {
  const [technicianId, iso] = value.split("|");
  const startsAt = new Date(iso ?? "");
  return technicianId && !Number.isNaN(startsAt.getTime()) ? { technicianId, startsAt } : null;
}

/** The earliest free slots across technicians, for a job of `durationMinutes`. */
export async function memberSlotOffers(
  associationId: string,
  durationMinutes: number,
  now = new Date(),
  count = OFFERED,
): Promise<OfferedSlot[]> {
  const technicians = await listTechnicians(associationId);
  const perTechnician = await Promise.all(
    technicians.map(async (technician) =>
      (await suggestSlots(associationId, technician.id, durationMinutes, now, count)).map((slot) => ({
        value: slotValueOf(technician.id, slot.startsAt),
        technicianId: technician.id,
        technicianName: technician.displayName,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      })),
    ),
  );
  return perTechnician
    .flat()
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, count);
}

/** The picked slot if the finder still offers it now (nothing booked it meanwhile), else null. */
export async function stillFreeSlot(associationId: string, value: string, durationMinutes: number, now = new Date()) {
  const picked = parseSlotValue(value);
  if (!picked) return null;
  const technician = await db().technician.findFirst({
    where: { id: picked.technicianId, associationId },
    select: { id: true },
  });
  if (!technician) return null;
  const free = await suggestSlots(associationId, technician.id, durationMinutes, now, CHECKED);
  return free.some((slot) => slot.startsAt.getTime() === picked.startsAt.getTime()) ? picked : null;
}

/** The member's pick in the terms of the planning form: technician, local date, start and end times. */
export function chosenSlotOf(
  request: { chosenTechnicianId: string | null; chosenStartsAt: Date | null; expectedMinutes: number },
  timeZone: string,
) {
  if (!request.chosenTechnicianId || !request.chosenStartsAt) return null;
  const startsAt = new Date(request.chosenStartsAt);
  const endsAt = new Date(startsAt.getTime() + request.expectedMinutes * 60_000);
  return {
    technicianId: request.chosenTechnicianId,
    date: localDateOf(startsAt, timeZone),
    startTime: minutesToTime(localMinutesOfDay(startsAt, timeZone)),
    endTime: minutesToTime(localMinutesOfDay(endsAt, timeZone) || 1440),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
  };
}
