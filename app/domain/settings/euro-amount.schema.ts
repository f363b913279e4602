// Zod fields for amounts typed in euros, shared by every form that takes one (settings, invoices,
// payments, subscriptions): the text is parsed into integer cents by parseEurosToCents.
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { parseEurosToCents } from "./euro-amount";

/** A required amount → integer cents; `message` when it is not an amount, `requiredMessage` when absent. */
export function eurosField(message: string, requiredMessage = message) {
  return safeString({ required_error: requiredMessage }).transform((text, context) => {
    const cents = parseEurosToCents(text);
    if (cents !== null) return cents;
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** An amount that may be left blank → integer cents, or null when nothing was typed. */
export function optionalEurosField(message: string) {
  return safeString()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text.trim() === "") return null;
      const cents = parseEurosToCents(text);
      if (cents !== null) return cents;
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}
