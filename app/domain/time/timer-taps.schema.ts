// A timer used without network, as the phone sends it later: the timer's clientId (made on the
// phone at the start tap), the intervention, and the instants of the start and (once tapped) stop.
import { z } from "zod";

const instant = z.string({ required_error: "errors.required" }).datetime({ offset: true, message: "time.errors.date" });

export const TimerTapsSchema = z.object({
  clientId: z.string({ required_error: "errors.required" }).uuid("time.errors.clientId"),
  interventionId: z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(100),
  startedAt: instant,
  endedAt: instant.nullable().optional(),
});

export type TimerTapsInput = z.infer<typeof TimerTapsSchema>;
