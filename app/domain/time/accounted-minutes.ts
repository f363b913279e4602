/** The kinds of time, in the order a visit's summary lists them. */
export const TIME_ENTRY_KINDS = ["ON_SITE", "REMOTE", "TRAVEL", "POOLED"] as const;
export type TimeEntryKind = (typeof TIME_ENTRY_KINDS)[number];

/** The association's settings (same names as its columns). Steps of 0 or 1 mean "to the minute". */
export type TimeAccountingRules = {
  roundingRemoteMinutes: number;
  roundingOnSiteMinutes: number;
  minimumOnSiteMinutes: number;
  roundingTravelMinutes: number;
  roundingPooledMinutes: number;
  /** Integer 0–100; 0, 50 or 100 in the settings form. */
  travelPercent: number;
};

export const DEFAULT_TIME_ACCOUNTING_RULES: TimeAccountingRules = {
  roundingRemoteMinutes: 15,
  roundingOnSiteMinutes: 30,
  minimumOnSiteMinutes: 60,
  roundingTravelMinutes: 15,
  roundingPooledMinutes: 15,
  travelPercent: 0,
};

/**
 * Minutes an entry costs the member's balance. Raw time is never changed; this is
 * derived from it, in integers only.
 *
 * Order, per kind:
 * - REMOTE, POOLED: round raw up to the step.
 * - ON_SITE: raise raw to the minimum, then round up to the step, so the result is
 *   always a multiple of the step even when the minimum is not.
 * - TRAVEL: round raw up to the step, then count travelPercent of it, rounded up to
 *   the minute (15 min at 50% → 8).
 * A raw 0 always costs 0: an empty entry does not trigger the on-site minimum.
 * POOLED gives the entry's total; `splitPooled` then shares it between subscriptions.
 */
export function accountedMinutes(rawMinutes: number, kind: TimeEntryKind, rules: TimeAccountingRules): number {
  assertNonNegativeInteger("rawMinutes", rawMinutes);
  assertRules(rules);
  if (rawMinutes === 0) return 0;
  switch (kind) {
    case "REMOTE":
      return roundUpToStep(rawMinutes, rules.roundingRemoteMinutes);
    case "POOLED":
      return roundUpToStep(rawMinutes, rules.roundingPooledMinutes);
    case "ON_SITE":
      return roundUpToStep(Math.max(rawMinutes, rules.minimumOnSiteMinutes), rules.roundingOnSiteMinutes);
    case "TRAVEL":
      return ceilDiv(roundUpToStep(rawMinutes, rules.roundingTravelMinutes) * rules.travelPercent, 100);
    default:
      throw new RangeError(`Unknown time entry kind: ${String(kind satisfies never)}`);
  }
}

/** Smallest multiple of `step` that is ≥ minutes; step 0 or 1 leaves minutes as they are. */
export function roundUpToStep(minutes: number, step: number): number {
  assertNonNegativeInteger("minutes", minutes);
  assertNonNegativeInteger("step", step);
  return step <= 1 ? minutes : ceilDiv(minutes, step) * step;
}

/** ⌈a / b⌉ for non-negative integers, exact (no float rounding). */
export function ceilDiv(a: number, b: number): number {
  const quotient = Math.floor(a / b);
  return quotient * b < a ? quotient + 1 : quotient;
}

/**
 * The rules alone, out of a row that carries them (the association, an entry joined to it): they are
 * checked field by field, so the row's other columns must not come along.
 */
export const timeAccountingRulesOf = (row: TimeAccountingRules): TimeAccountingRules => ({
  roundingRemoteMinutes: row.roundingRemoteMinutes,
  roundingOnSiteMinutes: row.roundingOnSiteMinutes,
  minimumOnSiteMinutes: row.minimumOnSiteMinutes,
  roundingTravelMinutes: row.roundingTravelMinutes,
  roundingPooledMinutes: row.roundingPooledMinutes,
  travelPercent: row.travelPercent,
});

function assertRules(rules: TimeAccountingRules): void {
  for (const [name, value] of Object.entries(rules)) assertNonNegativeInteger(name, value);
  if (rules.travelPercent > 100) throw new RangeError(`travelPercent must be at most 100: ${rules.travelPercent}`);
}

function assertNonNegativeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer: ${value}`);
}
