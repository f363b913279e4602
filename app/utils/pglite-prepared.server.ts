// PGlite's `query()` sends every statement as an unnamed one: each call parses, analyses and plans
// it again, in WebAssembly on the server's own thread. For the member's home statement (7.5 KB of
// SQL) that was 2.2 ms of planning and about 1 ms of parsing for 0.6 ms of execution (ADR 019,
// seventh pass). `readRows` sends its statements as named prepared statements instead, each parsed
// once per PGlite instance; PostgreSQL then reuses its plan (a generic one after five runs, when it
// costs no more than the custom ones). The same wire messages `query()` sends, under the same two
// locks, with the statement's name: Parse and Describe once, then Bind, Describe, Execute and Sync.
import { parse as parseMessages, protocol, type PGlite } from "@electric-sql/pglite";
import { statementNameOf } from "./statement-name.server";

type Parsers = PGlite["parsers"];

/**
 * Beyond this many distinct statements the least recently used is closed: the texts are the code's
 * own (parameters only), but a list of ids gives one text per length.
 */
const MAX_STATEMENTS = 200;

interface PreparedStatement {
  name: string;
  parameterTypes: number[];
}

/** `pglite.query(sql, params, { parsers })`, through a named statement prepared on first use. */
export function preparedStatements(pglite: PGlite, maxStatements = MAX_STATEMENTS) {
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
    const parameterTypes = parseMessages.parseDescribeStatementResults(
      await send(protocol.serialize.describe({ type: "S", name })),
    );
    const statement = { name, parameterTypes };
    statements.set(sql, statement);
    return statement;
  }

  async function run<T>(sql: string, params: unknown[], parsers: Parsers) {
    const messages = [];
    try {
      const { name, parameterTypes } = await prepare(sql);
      // As query() serializes them: by the type PostgreSQL inferred for each parameter.
      const values = params.map((param, index) => {
        if (param === null || param === undefined) return null;
        const serialize = pglite.serializers[parameterTypes[index]!];
        return serialize ? serialize(param) : String(param);
      });
      messages.push(...(await send(protocol.serialize.bind({ statement: name, values }))));
      messages.push(...(await send(protocol.serialize.describe({ type: "P" }))));
      messages.push(...(await send(protocol.serialize.execute({}))));
    } finally {
      // Ends the extended-query exchange, after an error too (as query() does).
      await send(protocol.serialize.sync());
    }
    return parseMessages.parseResults(messages, pglite.parsers, { parsers })[0]!.rows as T[];
  }

  return {
    query: async <T>(sql: string, params: unknown[], parsers: Parsers): Promise<T[]> => {
      await pglite._checkReady();
      return pglite._runExclusiveTransaction(() => pglite._runExclusiveQuery(() => run<T>(sql, params, parsers)));
    },
  };
}
