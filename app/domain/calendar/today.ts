// "Today" is a local date in the association's zone, never the server's nor UTC: at 00:30 in Paris
// it is already tomorrow there and still yesterday in UTC. Every use of "today" goes through here.
import type { IsoDate } from "./local-date";
import { localDateOf } from "./zoned-time";

export function todayIn(scope: { timeZone: string }, now: Date = new Date()): IsoDate {
  return localDateOf(now, scope.timeZone);
}
