// PGlite's `query()` sends every statement as an unnamed one: each call parses, analyses and plans
// it again, in WebAssembly on the server's own thread. For the member's home statement (7.5 KB of
// SQL) that was 2.2 ms of planning and about 1 ms more of parsing and exchange, for 0.6 ms of
// execution (ADR 019, seventh pass). `readRows` sends its statements as named prepared statements instead, each parsed
// once per PGlite instance; PostgreSQL then reuses its plan (a generic one after five runs, when it
// costs no more than the custom ones). The same wire messages `query()` sends, under the same two
// locks, with the statement's name: Parse and Describe once, then Bind, Execute and Sync.
import { parse as parseMessages, protocol, type messages, type PGlite } from "@electric-sql/pglite";
import { MAX_PREPARED_STATEMENTS, statementNameOf } from "./statement-name.server";

// As PGlite calls its parsers: with the column's type as second argument.
type Parsers = Record<number, (value: string, typeId?: number) => unknown>;

interface PreparedStatement {
  name: string;
  parameterTypes: number[];
  /** The columns, as the statement's Describe gave them (text format, as Execute returns them). */
  columns: { name: string; dataTypeID: number }[];
}

type RowMode = "object" | "array";

export interface PreparedResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
}

/** `pglite.query(sql, params, { parsers })`, through a named statement prepared on first use. */
export function preparedStatements(pglite: PGlite, maxStatements = MAX_PREPARED_STATEMENTS) {
  const statements = new Map<string, PreparedStatement>();

  const send = (message: Uint8Array) => pglite.execProtocolStream(message, { syncToFs: false });

  async function prepare(sql: string): Promise<PreparedStatement> {
    const known = statements.get(sql);
    if (known) {
      // Most recently used last, so that the first one is the one to deallocate.
      statements.delete(sql);
      statements.set(sql, known);
      return known;
    }
    if (statements.size >= maxStatements) {
      const [oldestSql, oldest] = statements.entries().next().value!;
      statements.delete(oldestSql);
      await send(protocol.serialize.close({ type: "S", name: oldest.name }));
    }
    const name = statementNameOf(sql);
    await send(protocol.serialize.parse({ name, text: sql }));
    const description = await send(protocol.serialize.describe({ type: "S", name }));
    const parameterTypes = parseMessages.parseDescribeStatementResults(description);
    const rowDescription = description.find((message) => message.name === "rowDescription") as
      messages.RowDescriptionMessage | undefined;
    const columns = (rowDescription?.fields ?? []).map(({ name, dataTypeID }) => ({ name, dataTypeID }));
    const statement = { name, parameterTypes, columns };
    statements.set(sql, statement);
    return statement;
  }

  async function run(sql: string, params: unknown[], parsers: Parsers, rowMode: RowMode): Promise<PreparedResult> {
    const rows: unknown[] = [];
    let fields: PreparedStatement["columns"] = [];
    try {
      const { name, parameterTypes, columns } = await prepare(sql);
      fields = columns;
      // As query() serializes them: by the type PostgreSQL inferred for each parameter.
      const values = params.map((param, index) => {
        if (param === null || param === undefined) return null;
        const serialize = pglite.serializers[parameterTypes[index]!];
        return serialize ? serialize(param) : String(param);
      });
      await send(protocol.serialize.bind({ statement: name, values }));
      // The columns are known from the statement's Describe: no Describe per call. Each value is
      // parsed as parseResults does, without the copy of PGlite's whole parser table that
      // parseResults makes on every call (6 % of the server's busy time under the bench).
      const parserOf = columns.map(({ dataTypeID }) => parsers[dataTypeID] ?? pglite.parsers[dataTypeID]);
      for (const message of await send(protocol.serialize.execute({}))) {
        if (message.name !== "dataRow") continue;
        const row: Record<string, unknown> | unknown[] = rowMode === "array" ? [] : {};
        (message as messages.DataRowMessage).fields.forEach((value, index) => {
          const parse = parserOf[index];
          const parsed = value === null ? null : parse ? parse(value, columns[index]!.dataTypeID) : value;
          if (Array.isArray(row)) row.push(parsed);
          else row[columns[index]!.name] = parsed;
        });
        rows.push(row);
      }
    } finally {
      // Ends the extended-query exchange, after an error too (as query() does).
      await send(protocol.serialize.sync());
    }
    return { rows, fields };
  }

  const exclusively = async (work: () => Promise<PreparedResult>) => {
    await pglite._checkReady();
    return pglite._runExclusiveTransaction(() => pglite._runExclusiveQuery(work));
  };

  return {
    /** Rows as objects keyed by column name, as `readRows` returns them. */
    query: async <T>(sql: string, params: unknown[], parsers: Parsers): Promise<T[]> =>
      (await exclusively(() => run(sql, params, parsers, "object"))).rows as T[],
    /** What `pglite.query(sql, params, { rowMode, parsers })` returns: its rows and fields. */
    results: (sql: string, params: unknown[], parsers: Parsers, rowMode: RowMode) =>
      exclusively(() => run(sql, params, parsers, rowMode)),
  };
}
