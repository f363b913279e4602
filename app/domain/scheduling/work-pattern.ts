// A technician's working day, read from their weekly pattern. Times are minutes after local
// midnight in the association's zone (510 = 08:30); ranges are half-open [start, end).
import { isoWeekday, type IsoDate } from "../calendar/local-date";

export interface PatternDay {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  morning: boolean;
  afternoon: boolean;
  morningStart: number;
  morningEnd: number;
  afternoonStart: number;
  afternoonEnd: number;
}

export type HalfDay = "MORNING" | "AFTERNOON";
/** How a slot is chosen in forms: a half-day, the whole working day, or precise times. */
export type SlotChoice = HalfDay | "FULL_DAY";

export interface MinuteRange {
  start: number;
  end: number;
}

/** The pattern of that date's weekday when at least one half-day is worked, else null. */
export function workingDayOf(date: IsoDate, pattern: readonly PatternDay[]): PatternDay | null {
  const weekday = isoWeekday(date);
  const day = pattern.find((candidate) => candidate.weekday === weekday);
  return day && (day.morning || day.afternoon) ? day : null;
}

export function halfDayWindow(day: PatternDay, portion: HalfDay): MinuteRange | null {
  if (portion === "MORNING") return day.morning ? { start: day.morningStart, end: day.morningEnd } : null;
  return day.afternoon ? { start: day.afternoonStart, end: day.afternoonEnd } : null;
}

/**
 * The stretches of the day a slot may cover. When both half-days are worked the lunch break is
 * inside one stretch: a full-day intervention (09:00–17:00) crosses it, as it does in real life.
 */
export function workingSpans(day: PatternDay): MinuteRange[] {
  if (day.morning && day.afternoon) return [{ start: day.morningStart, end: day.afternoonEnd }];
  const window = halfDayWindow(day, day.morning ? "MORNING" : "AFTERNOON");
  return window ? [window] : [];
}

/** The slot a half-day or full-day choice means on that working day; null when not worked. */
export function slotOfChoice(day: PatternDay, choice: SlotChoice): MinuteRange | null {
  if (choice !== "FULL_DAY") return halfDayWindow(day, choice);
  const spans = workingSpans(day);
  return spans[0] ?? null;
}

/** The half-day a slot fills exactly, so it is shown and sent as "morning" or "afternoon". */
export function portionOfSlot(day: PatternDay | null, slot: MinuteRange): HalfDay | null {
  if (!day) return null;
  for (const portion of ["MORNING", "AFTERNOON"] as const) {
    const window = halfDayWindow(day, portion);
    if (window && window.start === slot.start && window.end === slot.end) return portion;
  }
  return null;
}

/** "08:30" from 510. */
export function minutesToTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)
    throw new RangeError(`Minutes out of range: ${minutes}`);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** 510 from "08:30"; null when the text is not a time. */
export function timeToMinutes(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}
