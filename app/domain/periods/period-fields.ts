// The columns a page reads to name a period and say where it stands: its label, its bounds and
// its status. One select, so the period list and the close plan read the same thing.
import type { Prisma } from "~/generated/prisma/client.ts";

export const periodSummaryFields = {
  id: true,
  label: true,
  startDate: true,
  endDate: true,
  status: true,
} as const satisfies Prisma.PeriodSelect;
