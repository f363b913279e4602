import type { z } from "zod";
import { AdjustmentSchema } from "../ledger/adjustment.schema";

/** A correction typed on an intervention's page: the balance adjustment's fields, without a period (the visit's). */
export const InterventionCorrectionSchema = AdjustmentSchema.innerType()
  .omit({ periodId: true })
  .refine((value) => value.hours * 60 + value.minutes > 0, {
    message: "ledger.errors.zeroAdjustment",
    path: ["hours"],
  });

export type InterventionCorrectionInput = z.infer<typeof InterventionCorrectionSchema>;
