// The lines of an overage invoice: the interventions that went beyond the allotment, each with the
// minutes it consumed past the limit, and its share of the overage amount. The interventions are
// taken in date order: the allotment covers the first ones, the overage is the last ones' excess.
// Amounts are split with the largest remainder, so the lines add up exactly to the overage amount.

import type { IsoDate } from "~/domain/calendar/local-date";
import { formatDateFr } from "./amount-text";
import { splitByLargestRemainder } from "./largest-remainder";
import { formatMinutes } from "~/utils/format-durations";

export type ConsumptionForOverage = {
  date: IsoDate;
  title: string;
  /** Positive: the minutes the intervention took off the balance. */
  minutes: number;
  interventionId: string | null;
};

export type OverageLine = {
  description: string;
  overageMinutes: number;
  amountCents: number;
  interventionId: string | null;
};

export function overageInvoiceLines(input: {
  overageMinutes: number;
  amountCents: number;
  consumptions: readonly ConsumptionForOverage[];
}): OverageLine[] {
  const { overageMinutes, amountCents } = input;
  if (overageMinutes <= 0) return [];
  const ordered = [...input.consumptions]
    .filter((consumption) => consumption.minutes > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const consumed = ordered.reduce((sum, consumption) => sum + consumption.minutes, 0);
  const covered = consumed - overageMinutes;
  const parts: { description: string; overageMinutes: number; interventionId: string | null }[] = [];
  let cumulative = 0;
  for (const consumption of ordered) {
    const before = cumulative;
    cumulative += consumption.minutes;
    const beyond = Math.min(consumption.minutes, Math.max(0, cumulative - Math.max(covered, before)));
    if (beyond > 0) {
      parts.push({
        description: `${formatDateFr(consumption.date)} — ${consumption.title} : ${formatMinutes(beyond)} au-delà des parts souscrites`,
        overageMinutes: beyond,
        interventionId: consumption.interventionId,
      });
    }
  }
  const detailed = parts.reduce((sum, part) => sum + part.overageMinutes, 0);
  // Overuse that no intervention explains (a negative adjustment, for instance) still gets its line.
  if (detailed < overageMinutes) {
    parts.push({
      description: `Autres mouvements du solde : ${formatMinutes(overageMinutes - detailed)} au-delà des parts souscrites`,
      overageMinutes: overageMinutes - detailed,
      interventionId: null,
    });
  }
  const amounts = splitByLargestRemainder(
    amountCents,
    parts.map((part) => part.overageMinutes),
  );
  return parts.map((part, index) => ({ ...part, amountCents: amounts[index] }));
}
