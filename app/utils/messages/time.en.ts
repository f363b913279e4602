// English: Messages of time every technician page reads: the kinds of time, a discarded timer.
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./time.fr";

export const messages: Record<keyof typeof fr, string> = {
  "time.kind.ON_SITE": "On site",
  "time.kind.REMOTE": "Remote",
  "time.kind.TRAVEL": "Travel",
  "time.kind.POOLED": "Pooled (for all members)",
  "time.timerDiscarded": "Less than a minute: nothing was saved.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.editTimeEntry": "Edit a time entry",
};
