// iCalendar text (RFC 5545) for emails (iTIP METHOD:REQUEST/CANCEL) and for subscribed feeds.
// ical-generator escapes text, folds lines at 75 octets and ends them with CRLF; times are
// written in the association's zone with its VTIMEZONE so clients show the right local hour on
// both sides of a daylight-saving change. Calendar-level time zone is left unset on purpose:
// ical-generator would then write DTSTAMP without its UTC "Z" and a non-standard TIMEZONE-ID.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string;
  location?: string;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  /** Last change: DTSTAMP / LAST-MODIFIED. */
  updatedAt: Date;
  organizer?: IcsPerson;
  attendees?: IcsPerson[];
}

export interface IcsCalendar {
  timeZone: string;
  /** iTIP method for emails; omitted for feeds. */
  method?: "REQUEST" | "CANCEL";
  name?: string;
  events: IcsEvent[];
}

const STATUS = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
} as const;

export function buildIcs(calendar: IcsCalendar): string {
  const cal = ical({
    prodId: { company: "Quote-part", product: "Planning", language: "FR" },
    ...(calendar.method
      ? { method: calendar.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST }
      : {}),
    ...(calendar.name ? { name: calendar.name } : {}),
  });
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  for (const event of calendar.events) {
    cal.createEvent({
      id: event.uid,
      sequence: event.sequence,
      // TZDate makes ical-generator write the zone's wall-clock time next to TZID.
      start: new TZDate(event.startsAt, calendar.timeZone),
      end: new TZDate(event.endsAt, calendar.timeZone),
      timezone: calendar.timeZone,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      summary: event.summary,
      description: event.description || null,
      location: event.location || null,
      status: STATUS[event.status],
      organizer: event.organizer ? { name: event.organizer.name, email: event.organizer.email } : null,
      attendees: (event.attendees ?? []).map((person) => ({ name: person.name, email: person.email })),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too.
  return withFinalCrlf(cal.toString());
}

const withFinalCrlf = (text: string) => (text.endsWith("\r\n") ? text : `${text}\r\n`);

// ---------------------------------------------------------------------------------------------
// Feeds hold hundreds of events; ical-generator spends ~0.2 ms on each (it folds lines with a
// new TextEncoder per character), which puts a year-long feed over its 50 ms budget. Feeds
// therefore use this serializer, which writes byte for byte what buildIcs writes for events
// without organizer or attendees (ics.test.ts checks that on random events).

const escapeText = (value: string) => value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");

/** Folds a content line after 74 octets, never inside a UTF-8 character, as ical-generator does. */
function foldLine(line: string): string {
  if (line.length <= 24 || Buffer.byteLength(line, "utf8") <= 74) return line;
  let octetsOnLine = 0;
  let folded = "";
  for (const char of line) {
    const octets = char.charCodeAt(0) < 0x80 ? 1 : Buffer.byteLength(char, "utf8");
    octetsOnLine += octets;
    if (octetsOnLine > 74) {
      folded += "\r\n ";
      octetsOnLine = octets;
    }
    folded += char;
  }
  return folded;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");
const utcStamp = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
function localStamp(date: Date, timeZone: string) {
  const zoned = new TZDate(date, timeZone);
  return `${pad(zoned.getFullYear(), 4)}${pad(zoned.getMonth() + 1)}${pad(zoned.getDate())}T${pad(zoned.getHours())}${pad(zoned.getMinutes())}${pad(zoned.getSeconds())}`;
}

export function buildFeedIcs(calendar: Omit<IcsCalendar, "method">): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quote-part//Planning//FR"];
  if (calendar.name) lines.push(`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`);
  // Like ical-generator: the zone is described only when an event uses it.
  const vtimezone = calendar.events.length ? getVtimezoneComponent(calendar.timeZone) : null;
  if (vtimezone) lines.push(...vtimezone.replace(/\r\n/g, "\n").trim().split("\n"));
  for (const event of calendar.events) {
    if (event.organizer || event.attendees?.length)
      throw new RangeError("buildFeedIcs writes no organizer or attendees: use buildIcs");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${utcStamp(event.updatedAt)}`,
    );
    lines.push(
      `DTSTART;TZID=${calendar.timeZone}:${localStamp(event.startsAt, calendar.timeZone)}`,
      `DTEND;TZID=${calendar.timeZone}:${localStamp(event.endsAt, calendar.timeZone)}`,
    );
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push(`STATUS:${event.status}`, `LAST-MODIFIED:${utcStamp(event.updatedAt)}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
