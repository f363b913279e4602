// Time is accounted per visit, not per entry: the entries of one intervention are added up per
// kind, and the on-site minimum and the rounding apply once to each sum (accountedMinutes). The
// raw minutes of each entry stay as logged; the visit's accounted minutes are then shared back
// over its entries in proportion to their raw time, so the ledger (one movement per entry) and
// every list that sums entries agree with the visit's figure. Pure, integers only.
import { splitByLargestRemainder } from "../invoicing/largest-remainder";
import { TIME_ENTRY_KINDS, accountedMinutes, type TimeAccountingRules, type TimeEntryKind } from "./accounted-minutes";

export type VisitEntry = { rawMinutes: number; kind: TimeEntryKind };

export type KindAccount = {
  kind: TimeEntryKind;
  rawMinutes: number;
  accountedMinutes: number;
  /** The on-site minimum raised the time (ON_SITE only). */
  minimumMinutes: number | null;
  /** The rounding step that changed the time, if it did. */
  roundingStep: number | null;
  /** The share of travel time that counts (TRAVEL only, below 100). */
  travelPercent: number | null;
};

export type VisitAccount = {
  rawMinutes: number;
  accountedMinutes: number;
  kinds: KindAccount[];
  /** Accounted minutes of each entry, in the order given; they add up to accountedMinutes. */
  perEntry: number[];
};

const KIND_ORDER: readonly TimeEntryKind[] = TIME_ENTRY_KINDS;

const stepOf = (kind: TimeEntryKind, rules: TimeAccountingRules) =>
  ({
    ON_SITE: rules.roundingOnSiteMinutes,
    REMOTE: rules.roundingRemoteMinutes,
    TRAVEL: rules.roundingTravelMinutes,
    POOLED: rules.roundingPooledMinutes,
  })[kind];

/** The account of one visit; the same raw time split any other way gives the same totals. */
export function accountVisit(entries: readonly VisitEntry[], rules: TimeAccountingRules): VisitAccount {
  const kinds: KindAccount[] = [];
  const perEntry = entries.map(() => 0);
  for (const kind of KIND_ORDER) {
    const indexes = entries.flatMap((entry, index) => (entry.kind === kind ? [index] : []));
    if (indexes.length === 0) continue;
    const raw = indexes.reduce((sum, index) => sum + entries[index].rawMinutes, 0);
    const accounted = accountedMinutes(raw, kind, rules);
    const minimumApplied = kind === "ON_SITE" && raw > 0 && raw < rules.minimumOnSiteMinutes;
    const afterMinimum = minimumApplied ? rules.minimumOnSiteMinutes : raw;
    const step = stepOf(kind, rules);
    const rounded = kind === "TRAVEL" ? Math.ceil(raw / Math.max(step, 1)) * Math.max(step, 1) : accounted;
    kinds.push({
      kind,
      rawMinutes: raw,
      accountedMinutes: accounted,
      minimumMinutes: minimumApplied ? rules.minimumOnSiteMinutes : null,
      roundingStep: step > 1 && raw > 0 && rounded !== afterMinimum ? step : null,
      travelPercent: kind === "TRAVEL" && rules.travelPercent < 100 ? rules.travelPercent : null,
    });
    const weights = indexes.map((index) => entries[index].rawMinutes);
    const shares = raw > 0 ? splitByLargestRemainder(accounted, weights) : weights.map(() => 0);
    indexes.forEach((entryIndex, position) => (perEntry[entryIndex] = shares[position]));
  }
  return {
    rawMinutes: kinds.reduce((sum, kind) => sum + kind.rawMinutes, 0),
    accountedMinutes: kinds.reduce((sum, kind) => sum + kind.accountedMinutes, 0),
    kinds,
    perEntry,
  };
}
