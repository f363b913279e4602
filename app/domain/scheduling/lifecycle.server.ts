// The lifecycle's writes that are not booking: closing a visit (the technician, with a short
// summary; the member is told at once through the outbox, with a link to the report) and reading
// an intervention's state. Booking transitions live in planning/member-requests/booking.
import { DomainError } from "~/domain/domain-error";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import type { Tx } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { formatLocalDate } from "~/utils/format-instants";
import { translate } from "~/utils/i18n";
import { localizedDedupeKey, recipientsByLocale } from "~/utils/mail-locale";
import { localeOf } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { transition, type LifecycleState } from "./lifecycle";

/** Why a visit cannot be closed: lifecycle.refusal.<code>. */
function closeRefusal(code: "NOT_IN_PROGRESS" | "TIMER_RUNNING" | "SIGNED") {
  return new DomainError({ code, status: 409, key: `lifecycle.refusal.${code}` });
}

/** The state of a locked intervention row; a signed report means SIGNED whatever the column says. */
export function stateOf(
  intervention: { status: LifecycleState },
  report: { signedAt: Date | null } | null | undefined,
): LifecycleState {
  return report?.signedAt ? "SIGNED" : intervention.status;
}

/** IN_PROGRESS → DONE: no timer may still run on it; the request follows; the member is told. */
export async function closeVisit(
  tx: Tx,
  user: Pick<CurrentUser, "id" | "associationId">,
  interventionId: string,
  summary: string,
  now = new Date(),
) {
  const intervention = await tx.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: { id: true, status: true, requestId: true, report: { select: { signedAt: true } } },
  });
  const state = stateOf(intervention, intervention.report);
  if (!transition(state, "close").ok) throw closeRefusal(state === "SIGNED" ? "SIGNED" : "NOT_IN_PROGRESS");
  const running = await tx.timeEntry.count({
    where: { interventionId, deletedAt: null, startedAt: { not: null }, endedAt: null },
  });
  if (running > 0) throw closeRefusal("TIMER_RUNNING");
  await tx.intervention.update({
    where: { id: interventionId },
    data: { status: "DONE", closedAt: now, closingSummary: summary.slice(0, 5000) },
  });
  if (intervention.requestId)
    await tx.interventionRequest.update({ where: { id: intervention.requestId }, data: { status: "DONE" } });
  await recordAudit(tx, user, {
    action: "intervention.closed",
    entityType: "Intervention",
    entityId: interventionId,
    after: { status: "DONE", closedAt: now.toISOString() },
  });
  await notifyClosed(tx, user.associationId, interventionId);
}

/** "Intervention terminée" to the member's contacts and users, with the link to its report. */
async function notifyClosed(tx: Tx, associationId: string, interventionId: string) {
  const intervention = await tx.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: {
      title: true,
      localDate: true,
      requestId: true,
      closingSummary: true,
      memberId: true,
      technician: { select: { displayName: true } },
    },
  });
  const association = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { name: true, defaultLocale: true },
  });
  if (!intervention.memberId) return;
  const [contacts, memberships] = await Promise.all([
    tx.contact.findMany({
      where: { associationId, memberId: intervention.memberId, email: { not: "" } },
      select: { email: true },
    }),
    tx.membership.findMany({
      where: { associationId, memberId: intervention.memberId, role: "member", user: { disabledAt: null } },
      select: { user: { select: { email: true, locale: true } } },
    }),
  ]);
  const fallback = localeOf(association.defaultLocale);
  const groups = recipientsByLocale([...contacts, ...memberships.map((membership) => membership.user)], fallback);
  const link = `${appOrigin()}${intervention.requestId ? `/espace-membre/demandes/${intervention.requestId}` : "/espace-membre"}`;
  for (const [locale, to] of groups) {
    const values = {
      technician: intervention.technician.displayName,
      title: intervention.title,
      date: formatLocalDate(intervention.localDate, locale, "UTC"),
      summary: intervention.closingSummary,
      link,
      association: association.name,
    };
    await enqueueEmail(
      tx,
      {
        to,
        subject: translate(locale, "mail.closed.subject", values),
        text: `${translate(locale, "mail.hello")}\n\n${translate(locale, "mail.closed.body", values)}`,
      },
      { associationId, dedupeKey: localizedDedupeKey(`intervention:${interventionId}:closed`, locale, fallback) },
    );
  }
}
