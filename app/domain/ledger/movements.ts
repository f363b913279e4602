import { type IsoDate } from "../calendar/local-date";

export const LEDGER_KINDS = [
  "GRANT",
  "CARRY_OVER_IN",
  "CARRY_OVER_OUT",
  "CONSUMPTION",
  "POOLED_CONSUMPTION",
  "ADJUSTMENT",
  "EXPIRY",
] as const;

export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** The pure view of a ledger row; `minutes` is signed. */
export type LedgerMovement = {
  kind: LedgerKind;
  minutes: number;
  /** Local date the movement belongs to. */
  occurredOn: IsoDate;
  idempotencyKey?: string | null;
};

/**
 * Sign each kind must carry: what goes into the balance is positive, what leaves it
 * negative, and an adjustment (a correction with a reason) may go either way.
 * Zero is allowed everywhere: a zero expiry is how a close with nothing left is recorded.
 */
export function signOf(kind: LedgerKind): "IN" | "OUT" | "EITHER" {
  switch (kind) {
    case "GRANT":
    case "CARRY_OVER_IN":
      return "IN";
    case "ADJUSTMENT":
      return "EITHER";
    default:
      return "OUT";
  }
}

/** Throws when a movement's minutes are not an integer or have the wrong sign for its kind. */
export function assertValidMovement(movement: Pick<LedgerMovement, "kind" | "minutes">): void {
  const { kind, minutes } = movement;
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`${kind}: minutes must be an integer, got ${minutes}`);
  const sign = signOf(kind);
  if ((sign === "IN" && minutes < 0) || (sign === "OUT" && minutes > 0)) {
    throw new RangeError(`${kind}: minutes must be ${sign === "IN" ? "≥ 0" : "≤ 0"}, got ${minutes}`);
  }
}

/** Σ minutes of the given kinds (all kinds when omitted). */
export function sumMinutes(movements: readonly LedgerMovement[], kinds?: readonly LedgerKind[]): number {
  let total = 0;
  for (const movement of movements) {
    assertValidMovement(movement);
    if (!kinds || kinds.includes(movement.kind)) total += movement.minutes;
  }
  return total;
}

/** -n without producing -0, which would leak into equality checks and JSON. */
export function negateMinutes(minutes: number): number {
  return minutes === 0 ? 0 : -minutes;
}
