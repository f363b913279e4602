// Reasons the application itself writes into the ledger. They are stored in French (the ledger is
// append-only, and balance folding recognises them), so the pages show them through the catalogue:
// a reader in English reads them in English. A reason a person typed is shown as typed.
import type { MessageKey } from "~/utils/i18n";
import { GRANT_CHANGE_REASON, GRANT_REASON } from "../subscriptions/grant-plan";
import { TIME_CORRECTION_REASON } from "../time/consumption-deltas";

const systemReasons = new Map<string, MessageKey>([
  [GRANT_REASON, "ledger.reason.grant"],
  [GRANT_CHANGE_REASON, "ledger.reason.grantChange"],
  [TIME_CORRECTION_REASON, "ledger.reason.timeCorrection"],
]);

/** The catalogue key of a reason the application wrote, or null for one a person typed. */
export function systemReasonKey(reason: string): MessageKey | null {
  return systemReasons.get(reason) ?? null;
}
