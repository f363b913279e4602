// The next free slots of a technician: inside their pattern's half-days, avoiding holidays,
// absences and their other interventions. Days are walked as local dates; free time is cut in
// UTC instants, so a daylight-saving change never stretches or shrinks a slot.
import { addDays, type IsoDate } from "../calendar/local-date";
import { holidayName } from "../calendar/holidays";
import { localMinutesOfDay } from "../calendar/zoned-time";
import { absenceRangeOn, instantOfLocalMinute, type TechnicianSchedule } from "./conflicts";
import { halfDayWindow, portionOfSlot, workingDayOf, type HalfDay, type MinuteRange } from "./work-pattern";

export interface FreeSlotQuery {
  from: IsoDate;
  durationMinutes: number;
  count: number;
  /** Nothing starts before this instant (now, for suggestions). */
  notBefore?: Date;
  /** How many days to look ahead before giving up. */
  horizonDays?: number;
}

export interface FreeSlot {
  localDate: IsoDate;
  startMinute: number;
  endMinute: number;
  startsAt: Date;
  endsAt: Date;
  /** Set when the slot fills a whole half-day. */
  portion: HalfDay | null;
}

const STEP_MS = 15 * 60_000;
const roundUp = (ms: number) => Math.ceil(ms / STEP_MS) * STEP_MS;

/** The day's bookable stretches: its half-days, minus absences. */
function candidateRanges(schedule: TechnicianSchedule, date: IsoDate, durationMinutes: number): MinuteRange[] {
  const day = workingDayOf(date, schedule.pattern);
  if (!day || holidayName(date, schedule.holidayZone)) return [];
  const absent = schedule.absences
    .map((absence) => absenceRangeOn(absence, date, day))
    .filter((range) => range !== null);
  const free = (range: MinuteRange) => !absent.some((block) => block.start < range.end && range.start < block.end);
  const halves = (["MORNING", "AFTERNOON"] as const)
    .map((portion) => halfDayWindow(day, portion))
    .filter((range) => range !== null)
    .filter(free);
  // A job that fits in a half-day stays inside one; a longer one may cross the lunch break.
  if (halves.some((range) => range.end - range.start >= durationMinutes)) return halves;
  if (halves.length === 2) return [{ start: halves[0].start, end: halves[1].end }];
  return [];
}

/** Up to `count` slots, earliest first: the first free start of each gap that is long enough. */
export function findFreeSlots(schedule: TechnicianSchedule, query: FreeSlotQuery): FreeSlot[] {
  const { durationMinutes, count } = query;
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0)
    throw new RangeError(`Duration must be a positive integer: ${durationMinutes}`);
  const durationMs = durationMinutes * 60_000;
  const horizon = query.horizonDays ?? 92;
  const notBefore = query.notBefore ? roundUp(query.notBefore.getTime()) : -Infinity;
  const busy = [...schedule.busy].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const slots: FreeSlot[] = [];

  for (let offset = 0; offset < horizon && slots.length < count; offset++) {
    const date = addDays(query.from, offset);
    const day = workingDayOf(date, schedule.pattern);
    for (const range of candidateRanges(schedule, date, durationMinutes)) {
      const rangeStart = instantOfLocalMinute(date, range.start, schedule.timeZone).getTime();
      const rangeEnd = instantOfLocalMinute(date, range.end, schedule.timeZone).getTime();
      let cursor = Math.max(rangeStart, notBefore);
      const emitIfFits = (gapEnd: number) => {
        if (gapEnd - cursor < durationMs || slots.length >= count) return;
        const startsAt = new Date(cursor);
        const endsAt = new Date(cursor + durationMs);
        const startMinute = localMinutesOfDay(startsAt, schedule.timeZone);
        const endMinute = localMinutesOfDay(endsAt, schedule.timeZone) || 1440;
        slots.push({
          localDate: date,
          startMinute,
          endMinute,
          startsAt,
          endsAt,
          portion: portionOfSlot(day, { start: startMinute, end: endMinute }),
        });
      };
      for (const item of busy) {
        const itemStart = item.startsAt.getTime();
        const itemEnd = item.endsAt.getTime();
        if (itemEnd <= cursor || itemStart >= rangeEnd) continue;
        emitIfFits(Math.min(itemStart, rangeEnd));
        cursor = Math.max(cursor, roundUp(itemEnd));
      }
      emitIfFits(rangeEnd);
    }
  }
  return slots;
}
