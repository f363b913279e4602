// Quantities typed by treasurers, French style ("1,5", "0.25", "2"), as the integer thousandths the
// invoice lines store: no float ever touches a quantity on its way to a legal document.

/** The largest quantity one line accepts: a million units, far above any real invoice. */
export const MAX_QUANTITY_THOUSANDTHS = 1_000_000_000;

/** Integer thousandths, or null when the text is not a positive number with at most 3 decimals. */
export function parseQuantityThousandths(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  const match = /^(\d{1,7})(?:[,.](\d{1,3}))?$/.exec(compact);
  if (!match) return null;
  const [, whole, decimals = ""] = match;
  const thousandths = Number(whole) * 1000 + Number(decimals.padEnd(3, "0"));
  if (thousandths === 0 || thousandths > MAX_QUANTITY_THOUSANDTHS) return null;
  return thousandths;
}

/** 1500 → "1,5", 2000 → "2": the value put back into a form field (parsed back to the same integer). */
export function thousandthsToInput(thousandths: number): string {
  const whole = Math.trunc(thousandths / 1000);
  const decimals = String(thousandths % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  return decimals ? `${whole},${decimals}` : String(whole);
}
