// Money and shares, as a page, a PDF or an e-mail writes them.
import { formatterCache, intlLocaleOf, type Locale } from "./i18n";

// Money uses a plain no-break space: the invoice PDF's font has that glyph, and UI and documents share this formatter.
const NBSP = "\u00a0";

/** 123456 → "1 234,56 €" (fr) or "€1,234.56" (en), from integer cents without floating point. */
export function formatCents(cents: number, locale: Locale = "fr") {
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100);
  const rest = String(absolute % 100).padStart(2, "0");
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "fr" ? NBSP : ",");
  const sign = negative ? "−" : "";
  return locale === "fr" ? `${sign}${grouped},${rest}${NBSP}€` : `${sign}€${grouped}.${rest}`;
}

/** The Intl.NumberFormat of a language and options, built once and kept. */
export const numberFormatOf = formatterCache(
  (intlLocale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale, options),
);

/** A chart axis's whole euros, written the reader's way: "1 000 €" in French, "€1,000" in English. */
export function formatWholeEuros(euros: number, locale: Locale) {
  return numberFormatOf(intlLocaleOf(locale), { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(
    euros,
  );
}

/** Half-shares are stored as integers: 3 → "1,5". */
export function formatShareHalves(halves: number, locale: Locale = "fr") {
  const whole = Math.trunc(halves / 2);
  return halves % 2 === 0 ? String(whole) : `${whole}${locale === "fr" ? "," : "."}5`;
}
