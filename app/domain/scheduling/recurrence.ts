// Recurring interventions ("first Monday of the month: backup check"), written as an iCalendar
// RRULE. Supported subset: FREQ=WEEKLY|MONTHLY, INTERVAL, BYDAY (MO,WE or 1MO / -1FR for
// monthly), COUNT and UNTIL (YYYYMMDD). Anything else is refused rather than half-understood.
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  isoWeekday,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  type IsoDate,
} from "../calendar/local-date";

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export interface ByDay {
  /** ISO weekday 1–7. */
  weekday: number;
  /** For MONTHLY: 1 = first, 2 = second… −1 = last; null = every such weekday. */
  ordinal: number | null;
}

export interface RecurrenceRule {
  freq: "WEEKLY" | "MONTHLY";
  interval: number;
  byDay: ByDay[];
  count: number | null;
  until: IsoDate | null;
}

export type ParsedRule = { ok: true; rule: RecurrenceRule } | { ok: false; error: string };

export function parseRecurrenceRule(text: string): ParsedRule {
  const parts = text
    .trim()
    .replace(/^RRULE:/i, "")
    .split(";")
    .filter(Boolean);
  const fields = new Map<string, string>();
  for (const part of parts) {
    const [key, value, extra] = part.split("=");
    if (!key || value === undefined || extra !== undefined) return { ok: false, error: `Malformed part "${part}"` };
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = fields.get("FREQ");
  if (freq !== "WEEKLY" && freq !== "MONTHLY") return { ok: false, error: "FREQ must be WEEKLY or MONTHLY" };
  for (const key of fields.keys()) {
    if (!["FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL"].includes(key))
      return { ok: false, error: `Unsupported part ${key}` };
  }
  const interval = fields.has("INTERVAL") ? Number(fields.get("INTERVAL")) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52)
    return { ok: false, error: "INTERVAL must be 1–52" };
  const count = fields.has("COUNT") ? Number(fields.get("COUNT")) : null;
  if (count !== null && (!Number.isInteger(count) || count < 1))
    return { ok: false, error: "COUNT must be a positive integer" };
  let until: IsoDate | null = null;
  const untilText = fields.get("UNTIL");
  if (untilText) {
    const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(untilText);
    const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
    if (!isIsoDate(iso)) return { ok: false, error: "UNTIL must be a date YYYYMMDD" };
    until = iso;
  }
  const byDay: ByDay[] = [];
  for (const item of (fields.get("BYDAY") ?? "").split(",").filter(Boolean)) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match) return { ok: false, error: `Unknown BYDAY "${item}"` };
    const ordinal = match[1] ? Number(match[1]) : null;
    if (ordinal !== null && (freq !== "MONTHLY" || ordinal === 0 || Math.abs(ordinal) > 5))
      return { ok: false, error: `Unsupported BYDAY "${item}"` };
    byDay.push({ weekday: WEEKDAYS.indexOf(match[2] as (typeof WEEKDAYS)[number]) + 1, ordinal });
  }
  return { ok: true, rule: { freq, interval, byDay, count, until } };
}

/** Dates of a month matching one BYDAY entry. */
function monthDates(year: number, month: number, entry: ByDay): IsoDate[] {
  const all: IsoDate[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = formatIsoDate({ year, month, day });
    if (isoWeekday(date) === entry.weekday) all.push(date);
  }
  if (entry.ordinal === null) return all;
  const picked = entry.ordinal > 0 ? all[entry.ordinal - 1] : all[all.length + entry.ordinal];
  return picked ? [picked] : [];
}

/**
 * The occurrences from `start` (the first possible date, included) to `end` (included), also
 * bounded by the rule's UNTIL and COUNT, sorted. `limit` guards against runaway rules.
 */
export function occurrences(rule: RecurrenceRule, start: IsoDate, end: IsoDate, limit = 400): IsoDate[] {
  const last = rule.until && compareIsoDates(rule.until, end) < 0 ? rule.until : end;
  const maxCount = Math.min(rule.count ?? limit, limit);
  const dates: IsoDate[] = [];
  const keep = (date: IsoDate) => compareIsoDates(date, start) >= 0 && compareIsoDates(date, last) <= 0;

  if (rule.freq === "WEEKLY") {
    const weekdays = rule.byDay.length
      ? [...new Set(rule.byDay.map((entry) => entry.weekday))].sort()
      : [isoWeekday(start)];
    const firstMonday = addDays(start, 1 - isoWeekday(start));
    for (let week = 0; dates.length < maxCount; week += rule.interval) {
      const monday = addDays(firstMonday, week * 7);
      if (compareIsoDates(monday, last) > 0) break;
      for (const weekday of weekdays) {
        const date = addDays(monday, weekday - 1);
        if (keep(date) && dates.length < maxCount) dates.push(date);
      }
    }
    return dates;
  }

  const { year, month, day } = parseIsoDate(start);
  for (let index = 0; dates.length < maxCount; index += rule.interval) {
    const y = year + Math.floor((month - 1 + index) / 12);
    const m = ((month - 1 + index) % 12) + 1;
    if (compareIsoDates(formatIsoDate({ year: y, month: m, day: 1 }), last) > 0) break;
    const inMonth = rule.byDay.length
      ? [...new Set(rule.byDay.flatMap((entry) => monthDates(y, m, entry)))].sort(
          (a, b) => toDayNumber(a) - toDayNumber(b),
        )
      : day <= daysInMonth(y, m)
        ? [formatIsoDate({ year: y, month: m, day })]
        : [];
    for (const date of inMonth) if (keep(date) && dates.length < maxCount) dates.push(date);
  }
  return dates;
}
