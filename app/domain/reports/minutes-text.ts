/** 35 → "35 min", 157 → "2 h 37", 180 → "3 h": how the phone and the report read a duration. */
export function minutesText(minutes: number) {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, "0")}` : ""}`;
}
