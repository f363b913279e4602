// Amounts typed in euros ("2 000,00", "2000.5", "150 €") become integer cents by string
// manipulation only: parseFloat("2000.10") * 100 is 200009.99999999997, and a cent lost on a
// price is a cent wrong on every invoice.

/** Largest amount accepted: 10 million euros, far above any AMIE price, well inside safe integers. */
export const MAX_EURO_CENTS = 1_000_000_000;

const GROUP_SEPARATORS = /[\s\u00a0\u202f']/g;

/** Integer cents, or null when the text is not a non-negative amount with at most 2 decimals. */
export function parseEurosToCents(text: string): number | null {
  const compact = text.trim().replace(/€$/, "").replace(GROUP_SEPARATORS, "");
  const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const [, euros, decimals = ""] = match;
  if (euros.length > 10) return null;
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, "0"));
  return cents <= MAX_EURO_CENTS ? cents : null;
}

/** Integer cents → text the same parser reads back: 200000 → "2000,00". */
export function centsToEuroInput(cents: number): string {
  const euros = Math.trunc(cents / 100);
  return `${euros},${String(cents % 100).padStart(2, "0")}`;
}

/** "50, 80 100" → [50, 80, 100] sorted and without duplicates; null on anything else. */
export function parseIntegerList(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((part) => !/^\d{1,6}$/.test(part))) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}
