// The staff balance table: sorting by column and the CSV export. Pure, shared by the page
// and the export so both show the same rows in the same order.
import { neutraliseFormula } from "~/domain/exports/spreadsheet-text";
import { type BalanceSummary } from "./balance";

export interface BalanceTableRow extends BalanceSummary {
  memberName: string;
  shareHalves: number;
  projectedExhaustion: string | null;
}

/** Column names as they appear in the URL (?tri=restant&ordre=desc). */
export const BALANCE_SORT_KEYS = [
  "membre",
  "parts",
  "attribue",
  "consomme",
  "ajustements",
  "reserve",
  "restant",
  "utilise",
  "epuisement",
] as const;
export type BalanceSortKey = (typeof BALANCE_SORT_KEYS)[number];
export type SortOrder = "asc" | "desc";

export function parseBalanceSort(tri: string | null, ordre: string | null): { key: BalanceSortKey; order: SortOrder } {
  const key = (BALANCE_SORT_KEYS as readonly string[]).includes(tri ?? "") ? (tri as BalanceSortKey) : "membre";
  return { key, order: ordre === "desc" ? "desc" : "asc" };
}

const numericValue: Record<Exclude<BalanceSortKey, "membre" | "epuisement">, (row: BalanceTableRow) => number> = {
  parts: (row) => row.shareHalves,
  attribue: (row) => row.allottedMinutes,
  consomme: (row) => row.consumedMinutes,
  ajustements: (row) => row.adjustmentsMinutes,
  reserve: (row) => row.reservedMinutes,
  restant: (row) => row.remainingMinutes,
  utilise: (row) => row.usedPercent,
};

/**
 * A sorted copy. Ties keep the member name order; a missing exhaustion date (the time lasts
 * the whole period) sorts after every date in ascending order.
 */
export function sortBalanceRows<T extends BalanceTableRow>(
  rows: readonly T[],
  key: BalanceSortKey,
  order: SortOrder,
): T[] {
  const byName = (a: T, b: T) => a.memberName.localeCompare(b.memberName, "fr");
  const compare = (a: T, b: T): number => {
    if (key === "membre") return byName(a, b);
    if (key === "epuisement") {
      if (a.projectedExhaustion === b.projectedExhaustion) return 0;
      if (a.projectedExhaustion === null) return 1;
      if (b.projectedExhaustion === null) return -1;
      return a.projectedExhaustion < b.projectedExhaustion ? -1 : 1;
    }
    return numericValue[key](a) - numericValue[key](b);
  };
  const sign = order === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/**
 * Integer minutes as days with two decimals and a decimal comma, rounded half away from zero,
 * without floating point: 630 min of 420-min days → "1,50".
 */
export function minutesToDecimalDays(minutes: number, minutesPerDay: number): string {
  if (!Number.isSafeInteger(minutes) || !Number.isSafeInteger(minutesPerDay) || minutesPerDay <= 0) {
    throw new RangeError(`minutes and minutesPerDay must be integers, minutesPerDay > 0: ${minutes}, ${minutesPerDay}`);
  }
  const hundredths = Math.floor((Math.abs(minutes) * 200 + minutesPerDay) / (2 * minutesPerDay));
  const sign = minutes < 0 && hundredths > 0 ? "-" : "";
  return `${sign}${Math.trunc(hundredths / 100)},${String(hundredths % 100).padStart(2, "0")}`;
}

/**
 * One CSV cell for Excel in French: `;`-separated, quoted when needed, and a leading
 * = + - @ (or tab / carriage return) neutralised with a quote so it is never run as a formula.
 * Numbers are written as text we built, so negative figures are passed with `number: true`.
 */
export function csvCell(value: string | number, options: { number?: boolean } = {}): string {
  let text = String(value);
  if (!options.number) text = neutraliseFormula(text);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BALANCE_CSV_HEADERS = [
  "Structure",
  "Parts",
  "Attribué (min)",
  "Attribué (jours)",
  "Consommé (min)",
  "Consommé (jours)",
  "Ajustements (min)",
  "Réservé (min)",
  "Réservé (jours)",
  "Restant (min)",
  "Restant (jours)",
  "Utilisé (%)",
  "Épuisement prévu",
];

/** UTF-8 with a byte-order mark so Excel reads the accents; CRLF line ends. */
export function balancesCsv(rows: readonly BalanceTableRow[], minutesPerDay: number): string {
  const days = (minutes: number) => csvCell(minutesToDecimalDays(minutes, minutesPerDay), { number: true });
  const minutes = (value: number) => csvCell(value, { number: true });
  const lines = [
    BALANCE_CSV_HEADERS.map((header) => csvCell(header)).join(";"),
    ...rows.map((row) =>
      [
        csvCell(row.memberName),
        csvCell(row.shareHalves % 2 === 0 ? String(row.shareHalves / 2) : `${(row.shareHalves - 1) / 2},5`, {
          number: true,
        }),
        minutes(row.allottedMinutes),
        days(row.allottedMinutes),
        minutes(row.consumedMinutes),
        days(row.consumedMinutes),
        minutes(row.adjustmentsMinutes),
        minutes(row.reservedMinutes),
        days(row.reservedMinutes),
        minutes(row.remainingMinutes),
        days(row.remainingMinutes),
        minutes(row.usedPercent),
        csvCell(row.projectedExhaustion ?? ""),
      ].join(";"),
    ),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
