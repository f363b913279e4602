// Invoice numbers: "F2026-0001" for invoices, "AV2026-0001" for credit notes (one gapless series each per year).
// This file only formats and parses; assigning the next sequence is the issuing service's transaction.
//
// The sequence has at least 4 digits and grows beyond 9999 ("F2026-10000"). So plain string order matches
// issue order only up to 9999: sort with compareInvoiceNumbers, never with a string comparison.

import type { InvoiceDocumentType } from "./invoice-totals";

export type InvoiceSeriesPrefix = "F" | "AV";

export type ParsedInvoiceNumber = {
  series: string;
  prefix: InvoiceSeriesPrefix;
  year: number;
  sequence: number;
};

const MIN_SEQUENCE_DIGITS = 4;
const SERIES_PATTERN = /^(F|AV)(\d{4})$/;
// A 5+ digit sequence never starts with 0, so each number has exactly one spelling.
const NUMBER_PATTERN = /^(F|AV)(\d{4})-(\d{4}|[1-9]\d{4,15})$/;

export function seriesPrefixFor(documentType: InvoiceDocumentType): InvoiceSeriesPrefix {
  return documentType === "CREDIT_NOTE" ? "AV" : "F";
}

/** The series a document issued in `year` belongs to: "F2026" or "AV2026". */
export function invoiceSeriesName(documentType: InvoiceDocumentType, year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`Series year must have 4 digits, got ${year}`);
  return `${seriesPrefixFor(documentType)}${year}`;
}

export function formatInvoiceNumber(series: string, sequence: number): string {
  if (!SERIES_PATTERN.test(series)) throw new RangeError(`Not an invoice series (F2026, AV2026…): "${series}"`);
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`Sequence must be a positive integer, got ${sequence}`);
  return `${series}-${String(sequence).padStart(MIN_SEQUENCE_DIGITS, "0")}`;
}

/** The parts of a canonical invoice number, or null when the text is not one. */
export function parseInvoiceNumber(text: string): ParsedInvoiceNumber | null {
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const sequence = Number(match[3]);
  if (sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  const prefix = match[1] as InvoiceSeriesPrefix;
  return { series: `${prefix}${match[2]}`, prefix, year: Number(match[2]), sequence };
}

/** Orders by series (year, then invoices before credit notes), then by sequence as a number. */
export function compareInvoiceNumbers(a: string, b: string): number {
  const left = parseInvoiceNumber(a);
  const right = parseInvoiceNumber(b);
  if (!left || !right) throw new RangeError(`Not an invoice number: "${left ? b : a}"`);
  if (left.year !== right.year) return left.year - right.year;
  if (left.prefix !== right.prefix) return left.prefix === "F" ? -1 : 1;
  return left.sequence - right.sequence;
}
