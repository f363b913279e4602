// The booking rules: an intervention never overlaps another of the same technician, and never
// falls on a non-working day, a public holiday or an absence, nor outside working hours.
// A refusal names the rule and the item it collides with.
import { addDays, compareIsoDates, type IsoDate } from "../calendar/local-date";
import { holidayName, type HolidayZone } from "../calendar/holidays";
import { zonedLocalTimeToInstant } from "../calendar/zoned-time";
import { minutesToTime, workingDayOf, workingSpans, type MinuteRange, type PatternDay } from "./work-pattern";

export interface BusyItem {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export interface AbsenceItem {
  id: string;
  kind: "LEAVE" | "SICKNESS" | "TRAINING" | "OTHER";
  /** Both included. */
  startDate: IsoDate;
  endDate: IsoDate;
  portion: "FULL_DAY" | "MORNING" | "AFTERNOON";
}

/** Everything the rules need about one technician over the dates being looked at. */
export interface TechnicianSchedule {
  timeZone: string;
  holidayZone: HolidayZone;
  pattern: readonly PatternDay[];
  absences: readonly AbsenceItem[];
  /** Their planned and proposed interventions. */
  busy: readonly BusyItem[];
}

/** A slot as people choose it: a local date and wall-clock minutes in the association's zone. */
export interface LocalSlot {
  localDate: IsoDate;
  startMinute: number;
  endMinute: number;
}

export type Conflict =
  | { rule: "overlap"; intervention: { id: string; title: string; startsAt: Date; endsAt: Date } }
  | { rule: "non-working-day" }
  | { rule: "holiday"; name: string }
  | { rule: "absence"; absence: AbsenceItem }
  | { rule: "outside-hours" }
  | { rule: "invalid-slot" };

/** The instant of a wall-clock minute (0–1440) of a local date; 1440 is next midnight. */
export function instantOfLocalMinute(date: IsoDate, minute: number, timeZone: string): Date {
  if (minute === 1440) return zonedLocalTimeToInstant(addDays(date, 1), "00:00", timeZone);
  return zonedLocalTimeToInstant(date, minutesToTime(minute), timeZone);
}

export function slotInstants(slot: LocalSlot, timeZone: string) {
  return {
    startsAt: instantOfLocalMinute(slot.localDate, slot.startMinute, timeZone),
    endsAt: instantOfLocalMinute(slot.localDate, slot.endMinute, timeZone),
  };
}

/** Half-open intervals [a, b) and [c, d) share at least one instant. */
export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}

/**
 * The minutes of a date an absence takes away. A morning absence frees the afternoon and the
 * other way round; the lunch break is the border (noon when the day is not worked at all).
 */
export function absenceRangeOn(absence: AbsenceItem, date: IsoDate, day: PatternDay | null): MinuteRange | null {
  if (compareIsoDates(date, absence.startDate) < 0 || compareIsoDates(date, absence.endDate) > 0) return null;
  if (absence.portion === "MORNING") return { start: 0, end: day?.morning ? day.morningEnd : 720 };
  if (absence.portion === "AFTERNOON") return { start: day?.afternoon ? day.afternoonStart : 720, end: 1440 };
  return { start: 0, end: 1440 };
}

const rangesOverlap = (a: MinuteRange, b: MinuteRange) => a.start < b.end && b.start < a.end;

/**
 * Every rule the slot breaks, most fundamental first (an empty list means it can be booked).
 * `ignoreInterventionId` leaves out the intervention being moved or confirmed.
 */
export function slotConflicts(
  schedule: TechnicianSchedule,
  slot: LocalSlot,
  ignoreInterventionId?: string,
): Conflict[] {
  const { localDate, startMinute, endMinute } = slot;
  if (
    !Number.isInteger(startMinute) ||
    !Number.isInteger(endMinute) ||
    startMinute < 0 ||
    endMinute > 1440 ||
    endMinute <= startMinute
  ) {
    return [{ rule: "invalid-slot" }];
  }
  const conflicts: Conflict[] = [];
  const holiday = holidayName(localDate, schedule.holidayZone);
  if (holiday) conflicts.push({ rule: "holiday", name: holiday });
  const day = workingDayOf(localDate, schedule.pattern);
  if (!day) conflicts.push({ rule: "non-working-day" });
  for (const absence of schedule.absences) {
    const range = absenceRangeOn(absence, localDate, day);
    if (range && rangesOverlap(range, { start: startMinute, end: endMinute }))
      conflicts.push({ rule: "absence", absence });
  }
  if (day && !workingSpans(day).some((span) => span.start <= startMinute && endMinute <= span.end)) {
    conflicts.push({ rule: "outside-hours" });
  }
  const { startsAt, endsAt } = slotInstants(slot, schedule.timeZone);
  for (const item of schedule.busy) {
    if (item.id === ignoreInterventionId) continue;
    if (overlaps(startsAt, endsAt, item.startsAt, item.endsAt)) {
      conflicts.push({
        rule: "overlap",
        intervention: { id: item.id, title: item.title, startsAt: item.startsAt, endsAt: item.endsAt },
      });
    }
  }
  return conflicts;
}
