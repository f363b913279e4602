// The ledger is append-only: a subscription's time is granted by a first movement keyed
// `grant:<subscriptionId>`, and every later change of shares (or of start date, which changes
// the pro rata) appends one more movement keyed `grant:<subscriptionId>:<n>` for the difference.
// Nothing already written is ever updated or deleted.

export type GrantMovementPlan = {
  /** More time: GRANT. Less time: ADJUSTMENT, because a GRANT is never negative in the ledger. */
  kind: "GRANT" | "ADJUSTMENT";
  minutes: number;
  idempotencyKey: string;
  reason: string;
};

export const GRANT_REASON = "Attribution des parts souscrites";
export const GRANT_CHANGE_REASON = "Modification du nombre de parts";

export function grantKeyPrefix(subscriptionId: string) {
  return `grant:${subscriptionId}`;
}

/**
 * The movement that brings the subscription's granted minutes to `targetMinutes`, or null when
 * they already match. `existing` are the movements written so far under the grant key prefix.
 */
export function planGrantMovement(
  subscriptionId: string,
  existing: readonly { minutes: number }[],
  targetMinutes: number,
): GrantMovementPlan | null {
  if (!Number.isSafeInteger(targetMinutes) || targetMinutes < 0)
    throw new RangeError(`Minutes invalides : ${targetMinutes}`);
  const prefix = grantKeyPrefix(subscriptionId);
  if (existing.length === 0) {
    return { kind: "GRANT", minutes: targetMinutes, idempotencyKey: prefix, reason: GRANT_REASON };
  }
  const granted = existing.reduce((sum, movement) => sum + movement.minutes, 0);
  const delta = targetMinutes - granted;
  if (delta === 0) return null;
  return {
    kind: delta > 0 ? "GRANT" : "ADJUSTMENT",
    minutes: delta,
    idempotencyKey: `${prefix}:${existing.length}`,
    reason: GRANT_CHANGE_REASON,
  };
}
