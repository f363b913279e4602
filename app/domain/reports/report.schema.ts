// The intervention report form. Saving needs only the work done; signing also needs the signer's
// name and the drawn signature (a PNG data URL the page puts in a hidden field).
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";

export const ReportSchema = z
  .object({
    intent: z.enum(["save", "close", "sign"]).default("save"),
    workDone: safeString({ required_error: "reports.errors.workDone" })
      .trim()
      .min(1, "reports.errors.workDone")
      .max(5000, "reports.errors.tooLong"),
    remainingWork: safeString().trim().max(5000, "reports.errors.tooLong").optional().default(""),
    equipment: safeString().trim().max(2000, "reports.errors.tooLong").optional().default(""),
    signerName: safeString().trim().max(120, "reports.errors.tooLong").optional(),
    signature: safeString().optional(),
  })
  .superRefine((value, context) => {
    if (value.intent !== "sign") return;
    if (!value.signerName)
      context.addIssue({ code: "custom", path: ["signerName"], message: "reports.errors.signerName" });
    if (!value.signature)
      context.addIssue({ code: "custom", path: ["signature"], message: "reports.errors.signature" });
  });

export type ReportInput = z.infer<typeof ReportSchema>;
