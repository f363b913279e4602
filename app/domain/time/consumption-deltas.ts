// What a time entry must add to the ledger so that the movements linked to it sum to what it
// costs now. The ledger is append-only: an edit appends the difference, never rewrites a row.
// Consumption movements can only be negative (movements.ts), so time given back by an edit or a
// deletion is an adjustment with its reason.
import type { LedgerKind } from "../ledger/movements";

/** What the entry should cost each subscription now, in positive minutes. */
export type ConsumptionTarget = { subscriptionId: string; minutes: number };
/** A movement already linked to the entry (signed minutes). */
export type RecordedMovement = { subscriptionId: string; minutes: number };

export type ConsumptionDelta = {
  subscriptionId: string;
  kind: Extract<LedgerKind, "CONSUMPTION" | "POOLED_CONSUMPTION" | "ADJUSTMENT">;
  minutes: number;
  idempotencyKey: string;
  reason: string;
};

export const TIME_CORRECTION_REASON = "Correction d'une saisie de temps";

/**
 * Keys: the first write of an entry uses `time:<entryId>` (or `pooled:<entryId>:<subscriptionId>`);
 * each later revision adds `:r<n>` with n the number of movements already recorded, so a retried
 * revision is skipped and two revisions never share a key.
 */
export function consumptionDeltas(
  entryId: string,
  pooled: boolean,
  targets: readonly ConsumptionTarget[],
  recorded: readonly RecordedMovement[],
): ConsumptionDelta[] {
  const current = new Map<string, number>();
  for (const movement of recorded)
    current.set(movement.subscriptionId, (current.get(movement.subscriptionId) ?? 0) + movement.minutes);
  const wanted = new Map<string, number>();
  for (const target of targets) {
    if (!Number.isSafeInteger(target.minutes) || target.minutes < 0)
      throw new RangeError(`Target minutes must be a non-negative integer: ${target.minutes}`);
    wanted.set(target.subscriptionId, (wanted.get(target.subscriptionId) ?? 0) - target.minutes);
  }
  const subscriptionIds = [...new Set([...current.keys(), ...wanted.keys()])].sort();
  const deltas: ConsumptionDelta[] = [];
  const prefix = `${pooled ? "pooled" : "time"}:${entryId}`;
  const single = !pooled && subscriptionIds.length === 1;
  for (const subscriptionId of subscriptionIds) {
    const minutes = (wanted.get(subscriptionId) ?? 0) - (current.get(subscriptionId) ?? 0);
    if (minutes === 0) continue;
    const idempotencyKey =
      recorded.length > 0
        ? `${prefix}:r${recorded.length}:${subscriptionId}`
        : single
          ? prefix
          : `${prefix}:${subscriptionId}`;
    const kind = minutes > 0 ? "ADJUSTMENT" : pooled ? "POOLED_CONSUMPTION" : "CONSUMPTION";
    deltas.push({ subscriptionId, kind, minutes, idempotencyKey, reason: minutes > 0 ? TIME_CORRECTION_REASON : "" });
  }
  return deltas;
}
