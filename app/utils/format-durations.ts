// A duration within a day, in hours and minutes. One counted in the association's working days
// (balances, estimates) is format-workdays.ts's.

/** 45 → "45 min", 90 → "1 h 30", 180 → "3 h": a duration within a day, as the phone, reports and invoice lines read it. */
export function formatMinutes(minutes: number) {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, "0")}` : ""}`;
}
