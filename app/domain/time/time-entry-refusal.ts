// Why the server refused a time entry or a timer action. Each code has a message
// (time.refusal.<code> in app/utils/messages/technician.ts), shown to the technician as is, also
// for entries replayed from the offline queue.
export const REFUSAL_CODES = [
  "NOT_TECHNICIAN",
  "LOCKED_PERIOD",
  "OVERLAP",
  "TIMER_RUNNING",
  "NO_TIMER",
  "TOO_LONG",
  "END_BEFORE_START",
  "EMPTY",
  "INVALID_TIME",
  "INVALID_DATE",
  "END_IN_FUTURE",
  "RUNNING_ENTRY",
  "CLIENT_ID_TAKEN",
  "INVALID",
  "NO_PERIOD",
  "FUTURE_DATE",
  "INTERVENTION_SIGNED",
  "INTERVENTION_CANCELLED",
  "INTERVENTION_NOT_PLANNED",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class TimeEntryRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly values: Record<string, string> = {},
  ) {
    super(code);
    this.name = "TimeEntryRefusal";
  }
}
