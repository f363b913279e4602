// The unpaid-invoices view groups what is owed by how late it is: 0–30, 31–60 and over 60 days past
// the due date (an invoice not yet due is "à échoir"). Pure, for the page and its tests.
import { daysOverdue } from "~/domain/invoicing/invoice-state";
import type { IsoDate } from "~/domain/calendar/local-date";

export const AGEING_BUCKETS = ["notDue", "days0to30", "days31to60", "over60"] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** The bucket of an invoice due on `dueDate`, seen on `today`. Due today counts as 0 days late. */
export function ageingBucket(dueDate: IsoDate, today: IsoDate): AgeingBucket {
  if (dueDate > today) return "notDue";
  const days = daysOverdue(dueDate, today);
  if (days <= 30) return "days0to30";
  if (days <= 60) return "days31to60";
  return "over60";
}

export type AgeingTotals = Record<AgeingBucket, { count: number; cents: number }>;

/** Count and amount owed per bucket. */
export function ageingTotals(
  rows: readonly { dueDate: IsoDate; openBalanceCents: number }[],
  today: IsoDate,
): AgeingTotals {
  const totals = Object.fromEntries(AGEING_BUCKETS.map((bucket) => [bucket, { count: 0, cents: 0 }])) as AgeingTotals;
  for (const row of rows) {
    if (row.openBalanceCents <= 0) continue;
    const bucket = totals[ageingBucket(row.dueDate, today)];
    bucket.count += 1;
    bucket.cents += row.openBalanceCents;
  }
  return totals;
}
