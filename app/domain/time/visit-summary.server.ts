// The explained charge of several visits at once ("1 h 37 passées → 2 h décomptées (…)"), for the
// pages that list interventions or balance movements: two queries whatever the number of visits.
import { db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { explainAccounting } from "./accounting-explanation";
import { rulesSelect } from "./time-ledger.server";
import { accountVisit } from "./visit-accounting";

export type VisitSummary = { rawMinutes: number; accountedMinutes: number; explanation: string };

export async function visitSummaries(
  associationId: string,
  interventionIds: readonly string[],
  locale: Locale = "fr",
): Promise<Map<string, VisitSummary>> {
  const ids = [...new Set(interventionIds)];
  if (ids.length === 0) return new Map();
  const [rules, entries] = await Promise.all([
    db().association.findUniqueOrThrow({ where: { id: associationId }, select: rulesSelect }),
    db().timeEntry.findMany({
      where: {
        associationId,
        interventionId: { in: ids },
        deletedAt: null,
        kind: { not: "POOLED" },
        OR: [{ startedAt: null }, { endedAt: { not: null } }],
      },
      select: { interventionId: true, kind: true, rawMinutes: true, accountedMinutes: true },
    }),
  ]);
  const summaries = new Map<string, VisitSummary>();
  for (const id of ids) {
    const own = entries.filter((entry) => entry.interventionId === id);
    if (own.length === 0) continue;
    const account = accountVisit(own, rules);
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
