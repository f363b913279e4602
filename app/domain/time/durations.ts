import { parseInstant } from "../calendar/instant";

/** Longest single time entry: 12 h. Longer ones are almost always a forgotten timer. */
export const MAX_ENTRY_MINUTES = 720;

export type EntryDurationError = "NOT_AN_INTEGER" | "NEGATIVE" | "TOO_LONG";

/**
 * Whole minutes from start to end, rounded to the nearest minute (30 s and more
 * count as a minute). Instants are absolute, so DST changes are already accounted for.
 */
export function minutesBetween(start: string | Date, end: string | Date): number {
  const ms = parseInstant(end) - parseInstant(start);
  if (ms < 0) throw new RangeError(`End is before start: ${String(start)} → ${String(end)}`);
  return Math.floor((ms + 30_000) / 60_000);
}

/** Why a raw duration cannot be recorded as one entry, or null when it can. Zero is allowed. */
export function entryDurationError(rawMinutes: number, maxMinutes = MAX_ENTRY_MINUTES): EntryDurationError | null {
  if (!Number.isSafeInteger(rawMinutes)) return "NOT_AN_INTEGER";
  if (rawMinutes < 0) return "NEGATIVE";
  if (rawMinutes > maxMinutes) return "TOO_LONG";
  return null;
}
