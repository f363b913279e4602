// Interventions the technician decides on, one-off or recurring ("first Monday of the month:
// backup check"). A recurring one books every free occurrence and reports, with the rule broken,
// each occurrence it had to skip.
import { addDays, type IsoDate } from "../calendar/local-date";
import { dateColumn } from "~/domain/calendar/date-columns";
import { recordAudit } from "~/utils/audit.server";
import { type CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import { checkSlotLocked, type Refusal } from "./booking.server";
import { type Conflict } from "./conflicts";
import { notifyIntervention } from "./notifications.server";
import { occurrences, parseRecurrenceRule } from "./recurrence";
import { type DirectInterventionInput } from "./scheduling.schema";

/** A series never reaches further than this, whatever its rule says. */
const MAX_SERIES_DAYS = 366;

export type DirectOutcome =
  | {
      ok: true;
      created: { id: string; date: IsoDate }[];
      skipped: { date: IsoDate; conflicts: Conflict[] }[];
      seriesId: string | null;
    }
  | Refusal
  | { ok: false; ruleError: string };

export async function directFormContext(user: CurrentUser) {
  const scope = associationScopeOf(user);
  const [technicians, members] = await Promise.all([
    db().technician.findMany({
      where: scope,
      select: { id: true, displayName: true, userId: true },
      orderBy: { displayName: "asc" },
    }),
    db().member.findMany({
      where: { ...scope, status: { not: "LEFT" } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    technicians,
    members,
    ownTechnicianId: technicians.find((technician) => technician.userId === user.id)?.id ?? null,
  };
}

export async function createDirectInterventions(
  user: CurrentUser,
  input: DirectInterventionInput,
): Promise<DirectOutcome> {
  const associationId = user.associationId;
  let dates: IsoDate[] = [input.date];
  let rule: string | null = null;
  if (input.recurrence) {
    const parsed = parseRecurrenceRule(input.recurrence);
    if (!parsed.ok) return { ok: false, ruleError: parsed.error };
    const horizon = addDays(input.date, MAX_SERIES_DAYS);
    const until = input.untilDate && input.untilDate < horizon ? input.untilDate : horizon;
    dates = occurrences(parsed.rule, input.date, until);
    rule = input.recurrence.replace(/^RRULE:/i, "").toUpperCase();
  }
  if (input.memberId) {
    const member = await db().member.findFirst({ where: { id: input.memberId, associationId }, select: { id: true } });
    if (!member) notFound();
  }
  return db().$transaction(async (tx) => {
    const series = rule
      ? await tx.interventionSeries.create({
          data: {
            associationId,
            technicianId: input.technicianId,
            memberId: input.memberId || null,
            title: input.title,
            rule,
            startDate: dateColumn(input.date),
            untilDate: dates.length ? dateColumn(dates[dates.length - 1]) : null,
          },
        })
      : null;
    const created: { id: string; date: IsoDate }[] = [];
    const skipped: { date: IsoDate; conflicts: Conflict[] }[] = [];
    for (const date of dates) {
      // Each check sees the occurrences created just before it: the lock is already held.
      const checked = await checkSlotLocked(tx, associationId, { ...input, date });
      if (!checked.ok) {
        skipped.push({ date, conflicts: checked.conflicts });
        continue;
      }
      const intervention = await tx.intervention.create({
        data: {
          ...checked.booked,
          associationId,
          memberId: input.memberId || null,
          seriesId: series?.id ?? null,
          title: input.title,
          notes: input.notes,
          mode: input.mode,
          siteAddress: input.siteAddress,
          status: "PLANNED",
        },
      });
      created.push({ id: intervention.id, date });
      await notifyIntervention(tx, associationId, intervention.id, "planned");
    }
    // A one-off intervention that cannot be booked is a refusal, not an empty series.
    if (!series && created.length === 0) return { ok: false as const, conflicts: skipped[0]?.conflicts ?? [] };
    await recordAudit(tx, user, {
      action: series ? "series.created" : "intervention.created",
      entityType: series ? "InterventionSeries" : "Intervention",
      entityId: series?.id ?? created[0].id,
      after: {
        rule,
        created: created.map((item) => item.date),
        skipped: skipped.map((item) => ({ date: item.date, rules: item.conflicts.map((conflict) => conflict.rule) })),
      },
    });
    return { ok: true as const, created, skipped, seriesId: series?.id ?? null };
  });
}
