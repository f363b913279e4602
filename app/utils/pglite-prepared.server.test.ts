import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparedStatements } from "./pglite-prepared.server";

// readRows on PGlite goes through named statements (ADR 019, seventh pass): the rows must be the
// ones `query()` returns, and an error must leave the connection usable.
describe("preparedStatements", () => {
  let pglite: PGlite;
  const parsers = { 1114: (value: string) => new Date(`${value.replace(" ", "T")}Z`) };

  beforeAll(async () => {
    pglite = await PGlite.create();
    await pglite.exec(`
      CREATE TABLE item (id text PRIMARY KEY, n int, day date, at timestamp(3), tags text[], data jsonb, done boolean);
      INSERT INTO item VALUES
        ('a', 1, '2026-01-02', '2026-01-02 10:00:00.123', '{x,y}', '{"k": [1, 2]}', true),
        ('b', 2, NULL, NULL, NULL, NULL, false);`);
  });
  afterAll(() => pglite.close());

  const statement = `SELECT id, n, day, at, tags, data, done, $3::json AS echo FROM item
    WHERE n >= $1 AND ($2::date IS NULL OR day <= $2) ORDER BY id`;

  it("returns what query() returns, with the caller's parsers, for every parameter type", async () => {
    const prepared = preparedStatements(pglite);
    for (const params of [
      [1, null, { a: 1 }],
      [2, new Date("2026-05-01T00:00:00.000Z"), [1, "two"]],
      [0, "2026-01-02", null],
    ]) {
      // Past the five custom plans, when PostgreSQL may switch to its generic plan.
      for (let run = 0; run < 7; run++) {
        expect(await prepared.query(statement, params, parsers)).toEqual(
          (await pglite.query(statement, params, { parsers })).rows,
        );
      }
    }
  });

  it("reports an error and keeps answering afterwards", async () => {
    const prepared = preparedStatements(pglite);
    await expect(prepared.query("SELECT 1 / $1::int AS q", [0], {})).rejects.toThrow(/division by zero/);
    await expect(prepared.query("SELECT nothing FROM item", [], {})).rejects.toThrow(/nothing/);
    expect(await prepared.query("SELECT 6 / $1::int AS q", [3], {})).toEqual([{ q: 2 }]);
    expect((await pglite.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });

  it("keeps at most the given number of statements, closing the least recently used", async () => {
    const prepared = preparedStatements(pglite, 2);
    const names = async () =>
      (
        await pglite.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements ORDER BY statement")
      ).rows
        .map((row) => row.statement)
        .filter((text) => text.includes("AS kept"));
    await pglite.query("DEALLOCATE ALL");
    await prepared.query("SELECT 1 AS kept", [], {});
    await prepared.query("SELECT 2 AS kept", [], {});
    await prepared.query("SELECT 1 AS kept", [], {});
    await prepared.query("SELECT 3 AS kept", [], {});
    expect(await names()).toEqual(["SELECT 1 AS kept", "SELECT 3 AS kept"]);
    expect(await prepared.query("SELECT 2 AS kept", [], {})).toEqual([{ kept: 2 }]);
  });

  it("queues behind a transaction, as query() does", async () => {
    const prepared = preparedStatements(pglite);
    const order: string[] = [];
    const transaction = pglite.transaction(async (tx) => {
      await tx.query("UPDATE item SET n = 10 WHERE id = 'b'");
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("transaction");
      await tx.query("UPDATE item SET n = 2 WHERE id = 'b'");
    });
    const read = prepared.query<{ n: number }>("SELECT n FROM item WHERE id = $1", ["b"], {}).then((rows) => {
      order.push("read");
      return rows;
    });
    await transaction;
    expect(await read).toEqual([{ n: 2 }]);
    expect(order).toEqual(["transaction", "read"]);
  });
});
