import { z } from "zod";
import { isIsoDate } from "../calendar/local-date";

export const CreatePeriodSchema = z.object({
  /** Any day of the period to create; empty: the period after the latest one. */
  containing: z.string().optional().refine((value) => value === undefined || isIsoDate(value), "periods.errors.date"),
});
