// Consumption alerts (50 / 80 / 100 % by default) and the "period ends soon" reminder, sent to
// the member and to the association's treasurers through the outbox. Each alert has a fixed
// dedupe key, so it is sent once however often the check runs.
import { db } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { formatDuration, formatLocalDate } from "~/utils/format";
import { enqueueEmail } from "~/utils/outbox.server";
import { type IsoDate } from "../calendar/local-date";
import { localDateOf } from "../calendar/zoned-time";
import { crossedAlertThresholds, isPeriodEndAlertDue } from "./alerts";
import { memberBalances, type MemberBalanceRow } from "./balances.server";
import { dateColumn } from "~/domain/calendar/date-columns";
import { isoOf } from "~/domain/calendar/date-columns";

export const alertKey = (subscriptionId: string, threshold: number | "period-end") =>
  `alert:${subscriptionId}:${threshold}`;

interface DueAlert {
  key: string;
  row: MemberBalanceRow;
  threshold: number | "period-end";
}

/**
 * Enqueues the alerts due today for the association's open period; returns how many emails
 * were enqueued. When several thresholds are reached at once (first check at 85 %), only the
 * highest is sent: the lower ones would say less than the truth.
 */
export async function checkBalanceAlerts(
  associationId: string,
  today: IsoDate,
  now: Date = new Date(),
): Promise<number> {
  const [association, period] = await Promise.all([
    db().association.findUnique({
      where: { id: associationId },
      select: { name: true, alertThresholdsPercent: true, alertDaysBeforePeriodEnd: true, minutesPerDay: true },
    }),
    db().period.findFirst({
      where: {
        associationId,
        status: "OPEN",
        startDate: { lte: dateColumn(today) },
        endDate: { gte: dateColumn(today) },
      },
      select: { id: true, label: true, endDate: true },
    }),
  ]);
  if (!association || !period) return 0;
  const { rows } = await memberBalances({ associationId }, period.id, now);
  const periodEnd = isoOf(period.endDate);
  const endSoon = isPeriodEndAlertDue(today, periodEnd, association.alertDaysBeforePeriodEnd);

  const due: DueAlert[] = [];
  for (const row of rows) {
    const reached = crossedAlertThresholds(0, row.usedPercent, association.alertThresholdsPercent);
    const highest = reached.at(-1);
    if (highest !== undefined) due.push({ key: alertKey(row.subscriptionId, highest), row, threshold: highest });
    if (endSoon) due.push({ key: alertKey(row.subscriptionId, "period-end"), row, threshold: "period-end" });
  }
  if (due.length === 0) return 0;

  const [alreadyQueued, members, treasurers] = await Promise.all([
    db().outboxJob.findMany({
      where: { dedupeKey: { in: due.map((alert) => alert.key) } },
      select: { dedupeKey: true },
    }),
    db().member.findMany({
      where: { associationId, id: { in: [...new Set(due.map((alert) => alert.row.memberId))] } },
      select: {
        id: true,
        billingEmail: true,
        memberships: {
          where: { role: "member", user: { disabledAt: null } },
          select: { user: { select: { email: true } } },
        },
      },
    }),
    db().membership.findMany({
      where: { associationId, role: "treasurer", user: { disabledAt: null } },
      select: { user: { select: { email: true } } },
    }),
  ]);
  const queued = new Set(alreadyQueued.map((job) => job.dedupeKey));
  const treasurerEmails = treasurers.map((membership) => membership.user.email);
  const memberEmailsOf = new Map(
    members.map((member) => [
      member.id,
      [member.billingEmail, ...member.memberships.map((m) => m.user.email)].filter(Boolean),
    ]),
  );
  const toSend = due.filter((alert) => !queued.has(alert.key));
  if (toSend.length === 0) return 0;

  let enqueued = 0;
  await db().$transaction(async (tx) => {
    for (const alert of toSend) {
      const to = [...new Set([...(memberEmailsOf.get(alert.row.memberId) ?? []), ...treasurerEmails])];
      if (to.length === 0) continue;
      const message = alertMessage(alert, {
        associationName: association.name,
        periodLabel: period.label,
        periodEnd,
        minutesPerDay: association.minutesPerDay,
      });
      if (await enqueueEmail(tx, { to, ...message }, { associationId, dedupeKey: alert.key })) enqueued += 1;
    }
  });
  return enqueued;
}

function alertMessage(
  alert: DueAlert,
  context: { associationName: string; periodLabel: string; periodEnd: IsoDate; minutesPerDay: number },
) {
  const { row } = alert;
  const duration = (minutes: number) => formatDuration(minutes, context.minutesPerDay, "fr");
  const figures = [
    `Temps attribué : ${duration(row.allottedMinutes)}`,
    `Temps consommé : ${duration(row.consumedMinutes - row.adjustmentsMinutes)}`,
    `Temps restant : ${duration(row.remainingMinutes)}`,
  ].join("\n");
  const end = formatLocalDate(dateColumn(context.periodEnd), "fr");
  const headline =
    alert.threshold === "period-end"
      ? `La période ${context.periodLabel} se termine le ${end}. Pensez à planifier les interventions dont vous avez besoin : au-delà du report autorisé, le temps non utilisé sera perdu.`
      : alert.threshold >= 100
        ? `${row.memberName} a utilisé tout le temps de technicien prévu pour la période ${context.periodLabel}. Le temps supplémentaire sera compté en dépassement.`
        : `${row.memberName} a utilisé ${row.usedPercent} % du temps de technicien prévu pour la période ${context.periodLabel}.`;
  const subject =
    alert.threshold === "period-end"
      ? `${row.memberName} : la période ${context.periodLabel} se termine bientôt`
      : `${row.memberName} : ${alert.threshold} % de votre temps utilisé`;
  const text = `Bonjour,\n\n${headline}\n\n${figures}\n\nLe détail de votre solde : ${appOrigin()}/espace-membre/solde\n\n${context.associationName}\n`;
  return { subject, text };
}

/** Every association, each on its own local date: what the worker runs once an hour. */
export async function checkAllBalanceAlerts(now: Date = new Date()) {
  const associations = await db().association.findMany({ select: { id: true, timeZone: true } });
  let enqueued = 0;
  for (const association of associations) {
    enqueued += await checkBalanceAlerts(association.id, localDateOf(now, association.timeZone), now);
  }
  return enqueued;
}
