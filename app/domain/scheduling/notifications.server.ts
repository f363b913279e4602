// Every change to a confirmed intervention is mailed, through the outbox and inside the same
// transaction, to the member's contacts and users and to the technician, with an .ics file their
// calendar applies: REQUEST to add or update (same UID, higher SEQUENCE), CANCEL to remove.
import { type Tx } from "~/utils/db.server";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { translate, type Locale, type MessageKey } from "~/utils/i18n";
import { localizedDedupeKey, recipientsByLocale, type MailRecipient } from "~/utils/mail-locale";
import { localeOf } from "~/utils/i18n";
import { mailFrom } from "~/utils/mail.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { buildIcs, type IcsEvent, type IcsPerson } from "./ics";

export type NotificationKind = "planned" | "moved" | "cancelled" | "proposed";

const SUBJECT: Record<NotificationKind, MessageKey> = {
  planned: "scheduling.mail.plannedSubject",
  moved: "scheduling.mail.movedSubject",
  cancelled: "scheduling.mail.cancelledSubject",
  proposed: "scheduling.mail.proposedSubject",
};
const BODY: Record<NotificationKind, MessageKey> = {
  planned: "scheduling.mail.plannedBody",
  moved: "scheduling.mail.movedBody",
  cancelled: "scheduling.mail.cancelledBody",
  proposed: "scheduling.mail.proposedBody",
};

export const interventionForMail = {
  id: true,
  title: true,
  notes: true,
  siteAddress: true,
  mode: true,
  startsAt: true,
  endsAt: true,
  localDate: true,
  status: true,
  icsUid: true,
  icsSequence: true,
  updatedAt: true,
  memberId: true,
  member: { select: { name: true } },
  technician: { select: { displayName: true, user: { select: { name: true, email: true, locale: true } } } },
} as const;

/** The event as calendars see it; shared by emails and feeds. */
export function icsEventOf(
  intervention: {
    icsUid: string;
    icsSequence: number;
    startsAt: Date;
    endsAt: Date;
    title: string;
    notes: string;
    siteAddress: string;
    mode: string;
    status: string;
    updatedAt: Date;
    member: { name: string } | null;
    technician: { displayName: string };
  },
  people: { organizer?: IcsPerson; attendees?: IcsPerson[] } = {},
  locale: Locale = "fr",
): IcsEvent {
  const who = [intervention.member?.name, intervention.technician.displayName].filter(Boolean).join(" · ");
  return {
    uid: intervention.icsUid,
    sequence: intervention.icsSequence,
    startsAt: intervention.startsAt,
    endsAt: intervention.endsAt,
    summary: intervention.member ? `${intervention.title} — ${intervention.member.name}` : intervention.title,
    description: [
      who,
      translate(locale, intervention.mode === "REMOTE" ? "mail.ics.remote" : "mail.ics.onSite"),
      intervention.notes,
    ]
      .filter(Boolean)
      .join("\n"),
    location: intervention.mode === "REMOTE" ? "" : intervention.siteAddress,
    status:
      intervention.status === "CANCELLED"
        ? "CANCELLED"
        : intervention.status === "PROPOSED"
          ? "TENTATIVE"
          : "CONFIRMED",
    updatedAt: intervention.updatedAt,
    ...people,
  };
}

/** Member contacts' and member users' addresses, and the technician's, without duplicates; users with their language. */
async function recipientsOf(
  tx: Tx,
  associationId: string,
  memberId: string | null,
  technician: { email: string; locale: string } | null,
  membersOnly: boolean,
) {
  const people = new Map<string, IcsPerson & MailRecipient>();
  if (memberId) {
    const [contacts, memberships] = await Promise.all([
      tx.contact.findMany({
        where: { associationId, memberId, email: { not: "" } },
        select: { name: true, email: true },
      }),
      tx.membership.findMany({
        where: { associationId, memberId, role: "member", user: { disabledAt: null } },
        select: { user: { select: { name: true, email: true, locale: true } } },
      }),
    ]);
    for (const person of [...contacts, ...memberships.map((membership) => membership.user)])
      people.set(person.email.toLowerCase(), person);
  }
  if (technician && !membersOnly) people.set(technician.email.toLowerCase(), { name: "", ...technician });
  return [...people.values()];
}

export async function notifyIntervention(
  tx: Tx,
  associationId: string,
  interventionId: string,
  kind: NotificationKind,
  reason = "",
) {
  const [intervention, association] = await Promise.all([
    tx.intervention.findFirstOrThrow({ where: { id: interventionId, associationId }, select: interventionForMail }),
    tx.association.findUniqueOrThrow({
      where: { id: associationId },
      select: { name: true, email: true, timeZone: true, defaultLocale: true },
    }),
  ]);
  const technicianUser = intervention.technician.user;
  // A proposal waits for the member's answer: only they are told, and no calendar entry yet.
  const recipients = await recipientsOf(
    tx,
    associationId,
    intervention.memberId,
    technicianUser ?? null,
    kind === "proposed",
  );
  if (recipients.length === 0) return false;
  const fallback = localeOf(association.defaultLocale);
  const organizerEmail = association.email || /<([^>]+)>/.exec(mailFrom())?.[1] || mailFrom();
  const attendees = recipients.map(({ name, email }) => ({ name, email }));
  // One message per language, each with the calendar entry described in it (same UID and SEQUENCE).
  let enqueued = false;
  for (const [locale, to] of recipientsByLocale(recipients, fallback)) {
    const values = {
      title: intervention.title,
      date: formatLocalDate(intervention.localDate, locale, "UTC"),
      start: formatLocalTime(intervention.startsAt, locale, association.timeZone),
      end: formatLocalTime(intervention.endsAt, locale, association.timeZone),
      technician: intervention.technician.displayName,
      member: intervention.member?.name ?? association.name,
      association: association.name,
      reason: reason || "—",
    };
    const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
    const ics = buildIcs({
      timeZone: association.timeZone,
      method,
      events: [
        icsEventOf(intervention, { organizer: { name: association.name, email: organizerEmail }, attendees }, locale),
      ],
    });
    const attachments =
      kind === "proposed"
        ? []
        : [
            {
              filename: "intervention.ics",
              contentType: `text/calendar; charset=utf-8; method=${method}`,
              contentBase64: Buffer.from(ics, "utf8").toString("base64"),
            },
          ];
    const dedupeKey = `intervention:${intervention.id}:${kind}:${intervention.icsSequence}`;
    const sent = await enqueueEmail(
      tx,
      {
        to,
        subject: translate(locale, SUBJECT[kind], values),
        text: translate(locale, BODY[kind], values),
        attachments,
      },
      { associationId, dedupeKey: localizedDedupeKey(dedupeKey, locale, fallback) },
    );
    enqueued ||= sent;
  }
  return enqueued;
}
