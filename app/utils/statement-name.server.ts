import { createHash } from "node:crypto";

// Every plain-SQL read asks for its name: hashing a 7.5 KB statement on each request is work the
// hot path need not repeat. The texts are the code's own (parameters only), so they are few; the
// cap only guards against a caller that builds texts from data.
const MAX_NAMES = 1000;
const names = new Map<string, string>();

/**
 * The prepared statement's name for a statement's text (ADR 019, seventh pass): the same text gets
 * the same name on every connection, within PostgreSQL's 63 characters.
 */
export function statementNameOf(sql: string) {
  let name = names.get(sql);
  if (!name) {
    name = `qp_${createHash("sha1").update(sql).digest("hex")}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(sql, name);
  }
  return name;
}

/**
 * How many distinct statements a PostgreSQL connection may prepare. A connection never forgets a
 * named statement, and a list of ids gives one text per length: past this budget, new texts are
 * sent unnamed, as before (ADR 019, eighth pass). The hot texts are the first ones seen.
 */
export const MAX_PREPARED_STATEMENTS = 300;
const preparedTexts = new Set<string>();

/** The name to prepare a statement under on PostgreSQL, or undefined once the budget is spent. */
export function preparedStatementNameOf(sql: string): string | undefined {
  if (!preparedTexts.has(sql)) {
    if (preparedTexts.size >= MAX_PREPARED_STATEMENTS) return undefined;
    preparedTexts.add(sql);
  }
  return statementNameOf(sql);
}
