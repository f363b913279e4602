// The lifecycle of an issued document on the French e-invoicing network (XP Z12-012, CDAR status codes,
// MDT-105). Pure: which codes exist, how far along each one is, which one is "current" whatever order the
// statuses arrived in, and whether the treasurer must act (a rejection or refusal).

export const LIFECYCLE_CODES = [
  "200",
  "201",
  "202",
  "203",
  "204",
  "205",
  "206",
  "207",
  "208",
  "209",
  "210",
  "211",
  "212",
  "213",
  "214",
  "501",
] as const;
export type LifecycleCode = (typeof LIFECYCLE_CODES)[number];

export function isLifecycleCode(value: string): value is LifecycleCode {
  return (LIFECYCLE_CODES as readonly string[]).includes(value);
}

// How far along the document is. A refusal, rejection or inadmissibility ends the lifecycle: a document
// rejected stays rejected even if an earlier "Reçue" arrives after it. "Encaissée" is the end of the
// happy path. Codes of one phase share a rank only when neither can follow the other.
const RANK: Record<LifecycleCode, number> = {
  "200": 10, // Déposée
  "201": 20, // Émise par la plateforme
  "202": 30, // Reçue par la plateforme
  "203": 40, // Mise à disposition
  "204": 50, // Prise en charge
  "208": 55, // Suspendue
  "209": 56, // Complétée
  "207": 57, // En litige
  "206": 60, // Approuvée partiellement
  "205": 61, // Approuvée
  "214": 62, // Visée
  "211": 70, // Paiement transmis
  "212": 80, // Encaissée
  "210": 100, // Refusée (by the buyer)
  "213": 100, // Rejetée (by a platform)
  "501": 100, // Irrecevable
};

const REJECTIONS: readonly LifecycleCode[] = ["210", "213", "501"];

export type LifecycleEvent = { code: string; occurredAt: Date; createdAt?: Date };

// CDAR dates are to the second, our own to the millisecond: compare seconds, or a status the PA stamped
// in the same second as our deposit would sort before it.
const secondOf = (instant: Date) => Math.floor(instant.getTime() / 1000);

/** Oldest first; two statuses in the same second are ordered by how far along they are. */
export function timelineOrder<T extends LifecycleEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => secondOf(a.occurredAt) - secondOf(b.occurredAt) || rankOf(a.code) - rankOf(b.code));
}

function rankOf(code: string): number {
  return isLifecycleCode(code) ? RANK[code] : 0;
}

/** The status that describes the document now: the furthest along, the latest among equals. */
export function currentStatus<T extends LifecycleEvent>(events: readonly T[]): T | null {
  let best: T | null = null;
  for (const event of events) {
    if (!best) best = event;
    else {
      const byRank = rankOf(event.code) - rankOf(best.code);
      if (byRank > 0 || (byRank === 0 && event.occurredAt > best.occurredAt)) best = event;
    }
  }
  return best;
}

/** True when the platform or the buyer turned the document down: it must be cancelled and reissued. */
export function isRejection(code: string): boolean {
  return (REJECTIONS as readonly string[]).includes(code);
}

/** Statuses whose reason the treasurer needs to read (CDAR requires a reason code for them). */
export function needsReason(code: string): boolean {
  return isRejection(code) || code === "206" || code === "207" || code === "208";
}
