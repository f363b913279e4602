// Checks on French and banking identifiers typed by the board. Pure: shared by the form
// schema (server and browser) and unit-tested; a typo in a SIRET or an IBAN ends up on
// every invoice, so we catch it at input.

/** Removes the spaces, dots and dashes people type to group digits. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.\-\u00a0\u202f]/g, "").toUpperCase();
}

/**
 * A SIRET is 14 digits whose Luhn checksum is valid. The one exception is La Poste
 * (SIREN 356 000 000), whose establishments are numbered sequentially: for them INSEE
 * checks that the digit sum is a multiple of 5 instead.
 */
export function isValidSiret(value: string): boolean {
  const siret = compactIdentifier(value);
  if (!/^\d{14}$/.test(siret)) return false;
  if (luhnValid(siret)) return true;
  if (!siret.startsWith("356000000")) return false;
  const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
  return digitSum % 5 === 0;
}

/** Luhn (mod 10) over a string of digits: every second digit from the right is doubled. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// IBAN lengths of the SEPA countries a French association may bank with.
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/**
 * ISO 13616 check: move the first four characters to the end, turn letters into numbers
 * (A = 10 … Z = 35), and the result modulo 97 must be 1. Computed digit by digit so the
 * 30-digit number never needs a BigInt or loses precision.
 */
export function isValidIban(value: string): boolean {
  const iban = compactIdentifier(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength !== undefined && iban.length !== expectedLength) return false;
  return ibanMod97(iban) === 1;
}

export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const chunk = code >= 65 ? String(code - 55) : character;
    for (const digit of chunk) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** BIC / SWIFT: 4-letter bank, 2-letter country, 2 location characters, optional 3-character branch. */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactIdentifier(value));
}

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189", as printed on invoices. */
export function formatIban(value: string): string {
  return compactIdentifier(value).replace(/(.{4})(?=.)/g, "$1 ");
}

/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, zero-padded. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
}

/**
 * An intra-community VAT number. A French one is "FR" + its key + the SIREN, and the key must be the
 * one computed from the SIREN (a typo would be printed on every invoice and rejected by the buyer's
 * software); another member state's number is checked for its shape only (country code + 2 to 13
 * letters or digits).
 */
export function isValidVatNumber(value: string): boolean {
  const vatNumber = compactIdentifier(value);
  if (vatNumber.startsWith("FR")) {
    const match = /^FR(\d{2})(\d{9})$/.exec(vatNumber);
    return match !== null && match[1] === frenchVatKey(match[2]);
  }
  return /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[A-Z0-9]{2,13}$/.test(
    vatNumber,
  );
}
