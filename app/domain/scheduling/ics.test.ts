import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../../tests/support/expect-each";
import { buildFeedIcs, buildIcs, type IcsEvent } from "./ics";

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "7d0c9a0e-1111-4c2b-9b1e-123456789abc",
  sequence: 3,
  startsAt: new Date("2026-03-30T06:30:00Z"),
  endsAt: new Date("2026-03-30T10:00:00Z"),
  summary: "Sauvegarde, serveur; disque \\ réseau",
  description: "Ligne 1\nLigne 2 : « accentuée » " + "é".repeat(80),
  location: "3 place de la Mairie, 26150 Die",
  status: "CONFIRMED",
  updatedAt: new Date("2026-03-01T12:00:00Z"),
  organizer: { name: "Amie", email: "contact@amie.test" },
  attendees: [{ name: "Nadia", email: "nadia@membre.test" }],
  ...overrides,
});

/** Every line of an RFC 5545 object ends with CRLF and holds at most 75 octets. */
function expectRfc5545Lines(text: string) {
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("buildIcs", () => {
  it("writes an iTIP request: method, stable UID, sequence, local times with VTIMEZONE", () => {
    const text = buildIcs({ timeZone: "Europe/Paris", method: "REQUEST", events: [event()] });
    expectRfc5545Lines(text);
    const lines = unfold(text).split("\r\n");
    expectContainsAll(lines, [
      "METHOD:REQUEST",
      "UID:7d0c9a0e-1111-4c2b-9b1e-123456789abc",
      "SEQUENCE:3",
      // Monday after the March change: 06:30 UTC is 08:30 summer time.
      "DTSTART;TZID=Europe/Paris:20260330T083000",
      "DTEND;TZID=Europe/Paris:20260330T120000",
      "DTSTAMP:20260301T120000Z",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Paris",
    ]);
    expect(lines.filter((line) => line.startsWith("ORGANIZER"))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith("ATTENDEE") && line.endsWith(":MAILTO:nadia@membre.test"))).toBe(true);
  });

  it("escapes commas, semicolons, backslashes and newlines", () => {
    const lines = unfold(buildIcs({ timeZone: "Europe/Paris", events: [event()] })).split("\r\n");
    expect(lines).toContain("SUMMARY:Sauvegarde\\, serveur\\; disque \\\\ réseau");
    expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toMatch(
      /^DESCRIPTION:Ligne 1\\nLigne 2 : « accentuée » é+$/,
    );
  });

  it("writes a cancellation with METHOD:CANCEL and STATUS:CANCELLED, and a feed without method", () => {
    const cancel = unfold(
      buildIcs({ timeZone: "Europe/Paris", method: "CANCEL", events: [event({ status: "CANCELLED", sequence: 4 })] }),
    ).split("\r\n");
    expect(cancel).toEqual(expect.arrayContaining(["METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:4"]));
    const feed = buildIcs({
      timeZone: "Europe/Paris",
      name: "Planning",
      events: [
        event(),
        event({ uid: "other", startsAt: new Date("2026-10-26T07:30:00Z"), endsAt: new Date("2026-10-26T11:00:00Z") }),
      ],
    });
    expectRfc5545Lines(feed);
    expect(feed).not.toMatch(/METHOD:/);
    expect(unfold(feed)).toContain("DTSTART;TZID=Europe/Paris:20261026T083000");
  });
});

describe("buildFeedIcs", () => {
  it("writes byte for byte what ical-generator writes, for any text and instant", () => {
    const instant = fc.date({
      min: new Date("2020-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    const text = fc.string({
      unit: fc.constantFrom("a", "é", "€", "😀", ",", ";", "\\", "\n", " ", "Z", "ß", "\r\n"),
      maxLength: 200,
    });
    const eventArb = fc
      .record({
        uid: fc.uuid(),
        sequence: fc.nat(50),
        startsAt: instant,
        minutes: fc.integer({ min: 15, max: 600 }),
        summary: text,
        description: text,
        location: text,
        status: fc.constantFrom("CONFIRMED" as const, "TENTATIVE" as const, "CANCELLED" as const),
        updatedAt: instant,
      })
      .map(({ minutes, ...rest }) => ({ ...rest, endsAt: new Date(rest.startsAt.getTime() + minutes * 60_000) }));
    fc.assert(
      // ical-generator writes NAME unescaped (an RFC slip buildFeedIcs does not copy): plain names only here.
      fc.property(
        fc.array(eventArb, { maxLength: 5 }),
        fc.string({ unit: fc.constantFrom("a", "é", " ", "—"), maxLength: 90 }),
        (events, name) => {
          const calendar = { timeZone: "Europe/Paris", name: name || undefined, events };
          const fast = buildFeedIcs(calendar);
          expect(fast).toBe(buildIcs(calendar));
          expectRfc5545Lines(fast);
        },
      ),
      { numRuns: 300 },
    );
  });
});

it("escapes the feed's name, which ical-generator leaves raw", () => {
  expect(buildFeedIcs({ timeZone: "Europe/Paris", name: "Amie, Drôme; Ardèche", events: [] })).toContain(
    "NAME:Amie\\, Drôme\\; Ardèche\r\n",
  );
});
