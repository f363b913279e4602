// Shares typed by treasurers, French style ("1,5" parts), turned into the integer half-shares
// the database stores, without going through floating point. (Euro amounts: settings/euro-amount.ts.)

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: SharesInputError };

export type SharesInputError =
  "subscriptions.errors.sharesFormat" | "subscriptions.errors.sharesZero" | "subscriptions.errors.sharesHalf";

/** The most shares one subscription may hold; far above any real AMIE, it stops typos like "150". */
export const MAX_SHARE_HALVES = 200;

/** "1,5" or "1.5" → 3 half-shares; "2" → 4. Only whole and half shares exist. */
export function parseShareHalves(text: string): Parsed<number> {
  const match = /^(\d{1,4})(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return { ok: false, error: "subscriptions.errors.sharesFormat" };
  const whole = Number(match[1]);
  const decimals = (match[2] ?? "").replace(/0+$/, "");
  if (decimals !== "" && decimals !== "5") return { ok: false, error: "subscriptions.errors.sharesHalf" };
  const halves = whole * 2 + (decimals === "5" ? 1 : 0);
  if (halves === 0) return { ok: false, error: "subscriptions.errors.sharesZero" };
  if (halves > MAX_SHARE_HALVES) return { ok: false, error: "subscriptions.errors.sharesFormat" };
  return { ok: true, value: halves };
}

/** 3 → "1,5": the value put back into the form field. */
export function shareHalvesToInput(halves: number): string {
  return halves % 2 === 0 ? String(halves / 2) : `${Math.trunc(halves / 2)},5`;
}
