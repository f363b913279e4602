// Reasons the application itself writes into the ledger. They are stored in French (the ledger is
// append-only, and balance folding recognises some of them), so the pages show them through the
// catalogue: a reader in English reads them in English. A reason a person typed is shown as typed.
import type { MessageKey } from "~/utils/i18n";
import { GRANT_CHANGE_REASON, GRANT_REASON } from "../subscriptions/grant-plan";
import { TIME_CORRECTION_REASON } from "../time/consumption-deltas";

export const PERIOD_CLOSE_REASON = "Clôture de la période";
const CARRY_OVER_PREFIX = "Report de la période ";
const LATE_CANCELLATION_PREFIX = "Annulation tardive : ";

/** The reason of the time carried in from the period that closed. */
export const carryOverReason = (periodLabel: string) => `${CARRY_OVER_PREFIX}${periodLabel}`;

/** The reason of the time charged for a cancellation inside the notice period, with the one given. */
export const lateCancellationReason = (given: string) => `${LATE_CANCELLATION_PREFIX}${given}`.slice(0, 500);

const fixedReasons = new Map<string, MessageKey>([
  [GRANT_REASON, "ledger.reason.grant"],
  [GRANT_CHANGE_REASON, "ledger.reason.grantChange"],
  [TIME_CORRECTION_REASON, "ledger.reason.timeCorrection"],
  [PERIOD_CLOSE_REASON, "ledger.reason.periodClose"],
]);

export type SystemReason = { key: MessageKey; values: Record<string, string> };

/** How to say a reason the application wrote, or null for one a person typed. */
export function systemReason(reason: string): SystemReason | null {
  const fixed = fixedReasons.get(reason);
  if (fixed) return { key: fixed, values: {} };
  if (reason.startsWith(CARRY_OVER_PREFIX))
    return { key: "ledger.reason.carryOver", values: { period: reason.slice(CARRY_OVER_PREFIX.length) } };
  if (reason.startsWith(LATE_CANCELLATION_PREFIX))
    return { key: "ledger.reason.lateCancellation", values: { reason: reason.slice(LATE_CANCELLATION_PREFIX.length) } };
  return null;
}
