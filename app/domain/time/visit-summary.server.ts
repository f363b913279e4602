// The explained charge of several visits at once ("1 h 37 passées → 2 h décomptées (…)"), for the
// pages that list interventions or balance movements: one query whatever the number of visits.
import { readSql } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { explainAccounting } from "./accounting-explanation";
import { Prisma } from "~/generated/prisma/client.ts";
import { timeAccountingRulesOf, type TimeAccountingRules, type TimeEntryKind } from "./accounted-minutes";
import { accountVisit } from "./visit-accounting";

export type VisitEntryRow = {
  interventionId: string;
  kind: TimeEntryKind;
  rawMinutes: number;
  accountedMinutes: number;
};

/** SQL: the entries a visit's charge counts (not deleted, not pooled, not a running timer). */
export const countedVisitEntrySql = (alias: string) =>
  `${alias}."deletedAt" IS NULL AND ${alias}."kind" <> 'POOLED' AND (${alias}."startedAt" IS NULL OR ${alias}."endedAt" IS NOT NULL)`;

/** SQL: the association's time-accounting rules as a JSON object; `a` is the Association row. */
export const accountingRulesSql = `json_build_object('roundingRemoteMinutes', a."roundingRemoteMinutes",
  'roundingOnSiteMinutes', a."roundingOnSiteMinutes", 'minimumOnSiteMinutes', a."minimumOnSiteMinutes",
  'roundingTravelMinutes', a."roundingTravelMinutes", 'roundingPooledMinutes', a."roundingPooledMinutes",
  'travelPercent', a."travelPercent")`;

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
      AND ${Prisma.raw(countedVisitEntrySql("t"))}`);
  return summariesOf(ids, entries, entries[0] && timeAccountingRulesOf(entries[0]), locale);
}

/** Each visit's summary from its finished, non-pooled entries (no entry: not explained). */
export function summariesOf(
  interventionIds: readonly string[],
  entries: readonly VisitEntryRow[],
  rules: TimeAccountingRules | undefined,
  locale: Locale,
) {
  const summaries = new Map<string, VisitSummary>();
  for (const id of new Set(interventionIds)) {
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
