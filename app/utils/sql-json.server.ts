// Columns written inside `json_build_object` for the plain-SQL page reads (readRows, ADR 019).
// A `timestamp(3)` column holds UTC without a zone and would come out of JSON without one: it is
// written as an ISO instant and revived into a Date. A `date` column comes out as "YYYY-MM-DD",
// revived as Prisma does, a Date at UTC midnight.

/** SQL: a timestamp(3) column as "YYYY-MM-DDTHH:MM:SS.sssZ". */
export const isoInstantSql = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** SQL: a date column as "YYYY-MM-DD". */
export const isoDateSql = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

export const instantOf = (value: string) => new Date(value);
export const instantOrNull = (value: string | null) => (value === null ? null : new Date(value));
