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
