// Why the server refused a time entry or a timer action: a DomainError (ADR 025) whose code is one of
// these and whose sentence is time.refusal.<code>, shown to the technician as is, also for entries
// replayed from the offline queue. Instants among the values are written in the technician's zone.
import { DomainError, type MessageValues } from "~/domain/domain-error";

export type TimeRefusalCode =
  | "NOT_TECHNICIAN"
  | "LOCKED_PERIOD"
  | "OVERLAP"
  | "TIMER_RUNNING"
  | "NO_TIMER"
  | "TOO_LONG"
  | "END_BEFORE_START"
  | "EMPTY"
  | "INVALID_TIME"
  | "INVALID_DATE"
  | "END_IN_FUTURE"
  | "RUNNING_ENTRY"
  | "CLIENT_ID_TAKEN"
  | "NO_PERIOD"
  | "FUTURE_DATE"
  | "INTERVENTION_SIGNED"
  | "INTERVENTION_CANCELLED"
  | "INTERVENTION_NOT_PLANNED";

export function timeRefusal(code: TimeRefusalCode, values: MessageValues = {}): DomainError {
  return new DomainError({ code, status: 409, key: `time.refusal.${code}`, values });
}

/** The refusal's code when `error` is a time refusal (a caller may tolerate one of them). */
export function timeRefusalCode(error: unknown): string | null {
  return error instanceof DomainError && error.key.startsWith("time.refusal.") ? error.code : null;
}
