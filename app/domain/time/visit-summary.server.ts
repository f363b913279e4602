// The explained charge of several visits at once ("1 h 37 passées → 2 h décomptées (…)"), for the
// pages that list interventions or balance movements: one query whatever the number of visits.
import { readSql } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { explainAccounting } from "./accounting-explanation";
import { Prisma } from "~/generated/prisma/client.ts";
import { timeAccountingRulesOf, type TimeAccountingRules, type TimeEntryKind } from "./accounted-minutes";
import { accountVisit } from "./visit-accounting";

type VisitEntryRow = { interventionId: string; kind: TimeEntryKind; rawMinutes: number; accountedMinutes: number };

export type VisitSummary = { rawMinutes: number; accountedMinutes: number; explanation: string };

export async function visitSummaries(
  associationId: string,
  interventionIds: readonly string[],
  locale: Locale = "fr",
): Promise<Map<string, VisitSummary>> {
  const ids = [...new Set(interventionIds)];
  if (ids.length === 0) return new Map();
  // One statement (ADR 019): each entry carries the association's rules; with no entry, nothing
  // is explained and the rules are not needed.
  const entries = await readSql<VisitEntryRow & TimeAccountingRules>(Prisma.sql`
    SELECT t."interventionId", t."kind"::text AS "kind", t."rawMinutes", t."accountedMinutes",
      a."roundingRemoteMinutes", a."roundingOnSiteMinutes", a."minimumOnSiteMinutes",
      a."roundingTravelMinutes", a."roundingPooledMinutes", a."travelPercent"
    FROM "TimeEntry" t
    JOIN "Association" a ON a."id" = t."associationId"
    WHERE t."associationId" = ${associationId} AND t."interventionId" IN (${Prisma.join(ids)})
      AND t."deletedAt" IS NULL AND t."kind" <> 'POOLED' AND (t."startedAt" IS NULL OR t."endedAt" IS NOT NULL)`);
  const rules = entries[0] && timeAccountingRulesOf(entries[0]);
  const summaries = new Map<string, VisitSummary>();
  for (const id of ids) {
    const own = entries.filter((entry) => entry.interventionId === id);
    if (own.length === 0) continue;
    const account = accountVisit(own, rules!);
    // The ledger holds the entries' shares: their sum is what was charged, and what is shown.
    const charged = own.reduce((sum, entry) => sum + entry.accountedMinutes, 0);
    summaries.set(id, {
      rawMinutes: account.rawMinutes,
      accountedMinutes: charged,
      explanation: explainAccounting({ ...account, accountedMinutes: charged }, locale),
    });
  }
  return summaries;
}
