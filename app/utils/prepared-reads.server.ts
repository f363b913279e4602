// Prisma's driver adapters send every statement unnamed: the database parses and plans it again
// on each call. On PGlite that happens in WebAssembly on the server's own thread, and it was most of
// the cost of the treasurer's and administrator's pages, which read through Prisma (ADR 019, eighth
// pass). Here the reads Prisma makes go through named statements too, as `readRows` already does:
// parsed once, and planned once PostgreSQL settles on a generic plan.
import type { PGlite, QueryOptions, Results } from "@electric-sql/pglite";
import type pg from "pg";
import type { preparedStatements } from "./pglite-prepared.server";
import { preparedStatementNameOf } from "./statement-name.server";

/**
 * A statement that only reads: a SELECT, or a WITH whose parts do not write (a data-modifying CTE
 * names INSERT, UPDATE or DELETE as a word; column names such as "updatedAt" do not). Writes keep
 * the driver's own path: on PGlite, `query()` then syncs the files after a write outside a
 * transaction, which a read does not need.
 */
export function isPlainRead(sql: string) {
  if (/^\s*select\b/i.test(sql)) return true;
  return /^\s*with\b/i.test(sql) && !/\b(insert|update|delete|merge)\b/i.test(sql);
}

/**
 * The PGlite instance as pglite-prisma-adapter sees it: its `query()` outside a transaction sends a
 * read as a named statement. Transactions (`transaction()` and the `tx.query()` it hands out) and
 * every other statement are PGlite's own, unchanged.
 */
export function pgliteWithPreparedReads(pglite: PGlite, prepared: ReturnType<typeof preparedStatements>): PGlite {
  const query = async <T>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    const plain = !options?.blob && !options?.serializers && !options?.paramTypes;
    if (!plain || !isPlainRead(sql)) return pglite.query<T>(sql, params, options);
    const { rows, fields } = await prepared.results(sql, params, options?.parsers ?? {}, options?.rowMode ?? "object");
    return { rows: rows as T[], fields, affectedRows: 0 };
  };
  return new Proxy(pglite, {
    get(target, property) {
      if (property === "query") return query;
      // The target as receiver: PGlite's getters read its private fields.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type QueryConfig = pg.QueryConfig & { rowMode?: string };

/**
 * Each pooled connection names the reads it is given (ADR 019, eighth pass). Prisma's adapter-pg
 * and `readRows` both pass a query object; a read gets its name, within the process-wide budget of
 * names (`preparedStatementNameOf`), so that no connection prepares statements without bound.
 */
export function namePooledReads(pool: pg.Pool) {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
      if (isQueryConfig(config) && !config.name && isPlainRead(config.text)) {
        const name = preparedStatementNameOf(config.text);
        if (name) return query({ ...config, name }, ...rest);
      }
      return query(config, ...rest);
    };
  });
}

function isQueryConfig(config: unknown): config is QueryConfig {
  return typeof config === "object" && config !== null && typeof (config as QueryConfig).text === "string";
}
