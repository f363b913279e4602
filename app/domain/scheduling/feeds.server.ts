// Secret iCal feed URLs: each user may hold one active token; only its SHA-256 is stored, so
// the URL is shown once, when it is created. A revoked or unknown token answers 404.
import { localeOf } from "~/utils/i18n";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { hashToken, newToken } from "~/utils/tokens.server";
import { buildFeedIcs } from "./ics";
import { icsEventOf } from "./notifications.server";

const PAST_DAYS = 92;
const FUTURE_DAYS = 366;

export function feedPath(token: string) {
  return `/calendrier/${token}.ics`;
}

export async function feedTokenStatus(user: CurrentUser) {
  const active = await db().calendarFeedToken.findFirst({
    where: { userId: user.id, associationId: user.associationId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return { active };
}

/** Revokes the current token (if any) and issues a new one; returns the secret, shown once. */
export async function regenerateFeedToken(user: CurrentUser, now = new Date()) {
  const { token, tokenHash } = newToken();
  await db().$transaction(async (tx) => {
    await tx.calendarFeedToken.updateMany({
      where: { userId: user.id, associationId: user.associationId, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.calendarFeedToken.create({ data: { userId: user.id, associationId: user.associationId, tokenHash } });
    await recordAudit(tx, user, { action: "calendar-feed.issued", entityType: "User", entityId: user.id });
  });
  return token;
}

export async function revokeFeedToken(user: CurrentUser, now = new Date()) {
  const { count } = await db().calendarFeedToken.updateMany({
    where: { userId: user.id, associationId: user.associationId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count > 0;
}

/**
 * The feed of a token: a technician's own interventions, a member user's organisation's, every
 * technician's for admins and the treasurer. Null when the token is unknown, revoked, or its
 * user no longer belongs to the association.
 */
export async function feedCalendar(token: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feedToken = await db().calendarFeedToken.findFirst({
    where: { tokenHash: hashToken(token), revokedAt: null },
    select: { userId: true, associationId: true },
  });
  if (!feedToken) return null;
  const { associationId, userId } = feedToken;
  const membership = await db().membership.findFirst({
    where: { associationId, userId, user: { disabledAt: null } },
    select: {
      role: true,
      memberId: true,
      association: { select: { name: true, timeZone: true } },
      user: { select: { locale: true, technician: { select: { id: true, associationId: true } } } },
    },
  });
  if (!membership) return null;
  const technician = membership.user.technician?.associationId === associationId ? membership.user.technician : null;
  let who: { memberId?: string; technicianId?: string } = {};
  if (membership.role === "member") {
    if (!membership.memberId) return null;
    who = { memberId: membership.memberId };
  } else if (membership.role === "technician") {
    if (!technician) return null;
    who = { technicianId: technician.id };
  }
  const interventions = await db().intervention.findMany({
    where: {
      associationId,
      ...who,
      status: { in: ["PLANNED", "DONE"] },
      startsAt: {
        gte: new Date(now.getTime() - PAST_DAYS * 86_400_000),
        lt: new Date(now.getTime() + FUTURE_DAYS * 86_400_000),
      },
    },
    orderBy: { startsAt: "asc" },
    select: {
      icsUid: true,
      icsSequence: true,
      startsAt: true,
      endsAt: true,
      title: true,
      notes: true,
      siteAddress: true,
      mode: true,
      status: true,
      updatedAt: true,
      member: { select: { name: true } },
      technician: { select: { displayName: true } },
    },
  });
  return buildFeedIcs({
    timeZone: membership.association.timeZone,
    name: `${membership.association.name} — interventions`,
    // The feed's owner reads the entries in their own language.
    events: interventions.map((intervention) => icsEventOf(intervention, {}, localeOf(membership.user.locale))),
  });
}
