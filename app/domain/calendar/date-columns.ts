// Prisma maps @db.Date columns to JS Dates at UTC midnight; the domain works on "YYYY-MM-DD".
import type { IsoDate } from "./local-date";

export const isoOf = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export const dateColumn = (iso: IsoDate): Date => new Date(`${iso}T00:00:00.000Z`);

/** A nullable @db.Date column as "YYYY-MM-DD" or null. */
export const isoOrNull = (date: Date | null): IsoDate | null => (date ? isoOf(date) : null);
