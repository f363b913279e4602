// SIREN (9 digits) and SIRET (14 digits = SIREN + 5-digit establishment number) carry a Luhn
// check digit, so most typing mistakes are caught before an invoice shows a wrong identifier.
// The Luhn and SIRET rules (with La Poste's exception) live in settings/identifiers.ts.
import { compactIdentifier, isValidSiret, luhnValid } from "~/domain/settings/identifiers";

export { isValidSiret };

/** Removes the spaces, dots and dashes people type in "732 829 320 00074". */
export const normalizeCompanyNumber = compactIdentifier;

export function isValidSiren(value: string): boolean {
  const digits = compactIdentifier(value);
  return /^\d{9}$/.test(digits) && luhnValid(digits);
}

/** The SIREN part of a SIRET. */
export function sirenOfSiret(siret: string): string {
  return compactIdentifier(siret).slice(0, 9);
}
