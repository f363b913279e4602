// The pages that show one period among the association's (capacity, subscriptions) read the list
// once and choose from it, so the period selector and the page agree and no second query is needed.
import type { CurrentUser } from "~/utils/auth.server";
import type { PeriodStatus } from "~/generated/prisma/client.ts";
import { readRows } from "~/utils/db.server";
import { localDateOf } from "../calendar/zoned-time";
import { isoOf } from "../calendar/date-columns";

/**
 * The association's periods, latest first, and the one to show: the requested one if it is among them
 * (`requestedFound` says whether it was), else the one containing today in the user's zone, else the latest.
 */
export async function periodsWithChoice(
  user: Pick<CurrentUser, "associationId" | "timeZone">,
  requestedPeriodId: string | null,
  now: Date,
) {
  // Plain SQL (ADR 019, eighth pass): through Prisma, this list of a few rows was a fifth of the
  // capacity page's server time. `date` columns come back as UTC midnights, as Prisma gives them.
  const periods = await readRows<{ id: string; label: string; status: PeriodStatus; startDate: Date; endDate: Date }>(
    `SELECT "id", "label", "status"::text AS "status", "startDate", "endDate" FROM "Period"
      WHERE "associationId" = $1 ORDER BY "startDate" DESC, "id"`,
    [user.associationId],
  );
  const requested = periods.find((candidate) => candidate.id === requestedPeriodId);
  const today = localDateOf(now, user.timeZone);
  const chosen =
    requested ??
    periods.find((candidate) => isoOf(candidate.startDate) <= today && isoOf(candidate.endDate) >= today) ??
    periods[0] ??
    null;
  return { periods, chosen, requestedFound: requested !== undefined };
}
