// English: why the server refused a time entry or a timer action (server only, see the French file).
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./time-refusals.fr";

export const messages: Record<keyof typeof fr, string> = {
  "time.refusal.NOT_TECHNICIAN": "Your account is not linked to a technician record.",
  "time.refusal.LOCKED_PERIOD": "Closed period ({period}): ask the office for an adjustment.",
  "time.refusal.OVERLAP": "This entry overlaps another one ({other}, from {start} to {end}).",
  "time.refusal.TIMER_RUNNING":
    "A timer is already running: “{title}”, since {since}. Stop it before starting another.",
  "time.refusal.NO_TIMER": "No timer is running.",
  "time.refusal.TOO_LONG": "An entry cannot exceed 12 hours.",
  "time.refusal.END_BEFORE_START": "The end time must be after the start time.",
  "time.refusal.EMPTY": "The duration is zero: enter at least one minute.",
  "time.refusal.INVALID_TIME": "Invalid time: use the 09:30 format.",
  "time.refusal.INVALID_DATE": "Invalid date.",
  "time.refusal.END_IN_FUTURE": "The end time cannot be in the future.",
  "time.refusal.RUNNING_ENTRY": "This timer is still running: stop it first.",
  "time.refusal.CLIENT_ID_TAKEN": "This entry id is already used: reload the page.",
  "time.refusal.INVALID": "Incomplete entry: {details}",
  "time.refusal.NO_PERIOD": "No period covers {date}: ask the treasurer to open the period, then log it again.",
  "time.refusal.FUTURE_DATE": "This date is in the future: log the time once the work is done.",
  "time.refusal.INTERVENTION_SIGNED":
    "The report of “{title}” is signed: its time can no longer be added to or changed.",
  "time.refusal.INTERVENTION_CANCELLED": "The intervention “{title}” is cancelled: no time can be logged on it.",
  "time.refusal.INTERVENTION_NOT_PLANNED":
    "The intervention “{title}” is not planned yet: no time can be logged on it.",
};
