import { createHash } from "node:crypto";

/**
 * The prepared statement's name for a statement's text (ADR 019, seventh pass): the same text gets
 * the same name on every connection, within PostgreSQL's 63 characters.
 */
export function statementNameOf(sql: string) {
  return `qp_${createHash("sha1").update(sql).digest("hex")}`;
}
