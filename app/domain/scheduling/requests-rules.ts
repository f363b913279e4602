// Small rules about requests: inbox order, the late-cancellation window, balance impact.

export type UrgencyLevel = "NORMAL" | "URGENT" | "BLOCKING";
const URGENCY_RANK: Record<UrgencyLevel, number> = { BLOCKING: 0, URGENT: 1, NORMAL: 2 };

/** Staff inbox order: blocking first, then urgent, then normal; oldest first within a level. */
export function compareInboxRequests(
  a: { urgency: UrgencyLevel; createdAt: Date },
  b: { urgency: UrgencyLevel; createdAt: Date },
): number {
  return URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.createdAt.getTime() - b.createdAt.getTime();
}

/** Cancelling less than `hours` before the start (or after it started) counts the planned time. */
export function isLateCancellation(startsAt: Date, now: Date, hours: number): boolean {
  return startsAt.getTime() - now.getTime() < hours * 3_600_000;
}

export interface BookingImpact {
  /** What the member can still book: remaining minus reservations. */
  availableMinutes: number;
  /** The same after this request. */
  availableAfterMinutes: number;
  /** The association blocks bookings beyond the balance, and this one goes beyond. */
  blocked: boolean;
}

export function bookingImpact(input: {
  availableMinutes: number;
  expectedMinutes: number;
  overagePolicy: "BILL" | "BLOCK";
}): BookingImpact {
  const availableAfterMinutes = input.availableMinutes - input.expectedMinutes;
  return {
    availableMinutes: input.availableMinutes,
    availableAfterMinutes,
    blocked: input.overagePolicy === "BLOCK" && availableAfterMinutes < 0,
  };
}
