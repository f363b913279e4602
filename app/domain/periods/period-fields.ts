// The columns a page reads to name a period and say where it stands: its label, its bounds and
// its status. One select for the reads through Prisma (the close plan); the periods list reads
// the same columns in plain SQL (listPeriods, periods.server.ts).
import type { Prisma } from "~/generated/prisma/client.ts";

export const periodSummaryFields = {
  id: true,
  label: true,
  startDate: true,
  endDate: true,
  status: true,
} as const satisfies Prisma.PeriodSelect;
