// Integer amounts to text, by integer arithmetic only: a float never touches an amount on its way to
// the PDF or the XML, so "0.1 + 0.2" style drift cannot show up on a legal document.

import { parseIsoDate, type IsoDate } from "~/domain/calendar/local-date";
import { formatCents } from "~/utils/format-amounts";

/** Non-breaking space: keeps "1 234,56 €" on one line, and the PDFs' font (Arimo) has the glyph. */
const NBSP = "\u00a0";

const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** `value` scaled by 10^fractionDigits as a decimal string: (123456, 2) → "1234.56", (-5, 3) → "-0.005". */
export function formatScaledInteger(value: number, fractionDigits: number, decimalSeparator = "."): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
  const digits = String(Math.abs(value)).padStart(fractionDigits + 1, "0");
  const integerPart = digits.slice(0, digits.length - fractionDigits);
  const fractionPart = digits.slice(digits.length - fractionDigits);
  const sign = value < 0 ? "-" : "";
  return fractionDigits === 0 ? `${sign}${integerPart}` : `${sign}${integerPart}${decimalSeparator}${fractionPart}`;
}

/** XML amount with exactly 2 decimals (EN 16931 BR-DEC-*): 123456 → "1234.56". */
export function centsToDecimalText(cents: number): string {
  return formatScaledInteger(cents, 2);
}

/** XML quantity with 3 decimals: 1500 → "1.500". */
export function thousandthsToDecimalText(thousandths: number): string {
  return formatScaledInteger(thousandths, 3);
}

/** XML percentage with 2 decimals: 2000 basis points → "20.00". */
export function basisPointsToPercentText(basisPoints: number): string {
  return formatScaledInteger(basisPoints, 2);
}

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** French money: 123456 → "1 234,56 €" (non-breaking spaces). */
export function formatEurosFr(cents: number): string {
  return formatCents(cents, "fr");
}

/** French quantity, without useless zeros: 1500 → "1,5", 2000 → "2", 333 → "0,333". */
export function formatQuantityFr(thousandths: number): string {
  const text = formatScaledInteger(thousandths, 3, ",").replace(/,?0+$/, "");
  const negative = text.startsWith("-");
  const [integerPart, fractionPart] = (negative ? text.slice(1) : text).split(",");
  return `${negative ? "−" : ""}${groupThousands(integerPart)}${fractionPart ? `,${fractionPart}` : ""}`;
}

/** French percentage: 2000 → "20 %", 550 → "5,5 %". */
export function formatPercentFr(basisPoints: number): string {
  return `${formatScaledInteger(basisPoints, 2, ",").replace(/,?0+$/, "")}${NBSP}%`;
}

/** "2026-02-15" → "15/02/2026". */
export function formatDateFr(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** "2026-02-01" → "1er février 2026". */
export function formatLongDateFr(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day === 1 ? "1er" : day} ${FRENCH_MONTHS[month - 1]} ${year}`;
}

/** "2026-02-15" → "20260215", the CII date format 102. */
export function toCiiDate(date: IsoDate): string {
  parseIsoDate(date);
  return date.replaceAll("-", "");
}
