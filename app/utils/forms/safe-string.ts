// The string every form schema starts from. Forms read with readForm() have their control
// characters stripped already; this refuses them, with a clear message, on every other way in
// (the offline time-entry queue posts JSON), so a NUL never reaches PostgreSQL (a 500 before).
import { z } from "zod";

// Tab, line feed and carriage return stay allowed: textareas have lines.
// eslint-disable-next-line no-control-regex
const WITHOUT_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

/** z.string() that refuses control characters ("errors.controlCharacters"); chain as usual. */
export function safeString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).regex(WITHOUT_CONTROL_CHARACTERS, "errors.controlCharacters");
}

/**
 * A required, trimmed text: missing or shorter than `min` (1 by default) gives `message`,
 * longer than `max` gives `tooLong`. Message keys, as everywhere in the schemas.
 */
export function requiredText(options: { message: string; max: number; tooLong: string; min?: number }) {
  return safeString({ required_error: options.message })
    .trim()
    .min(options.min ?? 1, options.message)
    .max(options.max, options.tooLong);
}
