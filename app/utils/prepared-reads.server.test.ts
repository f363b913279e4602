import { messages, PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparedStatements } from "./pglite-prepared.server";
import { isPlainRead, pgliteWithPreparedReads } from "./prepared-reads.server";
import { MAX_PREPARED_STATEMENTS, preparedStatementNameOf, statementNameOf } from "./statement-name.server";

// What pglite-prisma-adapter sees (ADR 019, eighth pass): its reads answered from named
// statements exactly as PGlite's query() answers them; everything else is PGlite's own.
describe("pgliteWithPreparedReads", () => {
  let pglite: PGlite;
  let proxied: PGlite;
  const preparedNames = async () =>
    (await pglite.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements")).rows.map(
      (row) => row.statement,
    );

  beforeAll(async () => {
    pglite = await PGlite.create();
    await pglite.exec(`
      CREATE TABLE item (id text PRIMARY KEY, n int, at timestamp(3), tags text[], data jsonb, raw bytea);
      INSERT INTO item VALUES ('a', 1, '2026-01-02 10:00:00.123', '{x,y}', '{"k": 1}', '\\x0102'), ('b', 2, NULL, NULL, NULL, NULL);`);
    proxied = pgliteWithPreparedReads(pglite, preparedStatements(pglite));
  });
  afterAll(() => pglite.close());

  it("answers a read with query()'s rows and fields, in either row mode, through a named statement", async () => {
    const sql = `SELECT id, n, at, tags, data, raw FROM item WHERE n >= $1 ORDER BY id`;
    const parsers = { 1114: (value: string) => `timestamp ${value}` };
    for (const rowMode of ["array", "object"] as const) {
      const expected = await pglite.query(sql, [1], { rowMode, parsers });
      const actual = await proxied.query(sql, [1], { rowMode, parsers });
      expect(actual.rows).toEqual(expected.rows);
      expect(actual.fields).toEqual(expected.fields);
    }
    expect(await preparedNames()).toContain(sql);
  });

  it("leaves writes, exec and transactions to PGlite", async () => {
    await proxied.query("INSERT INTO item (id, n) VALUES ($1, $2)", ["c", 3]);
    await proxied.transaction(async (tx) => {
      await tx.query("UPDATE item SET n = 30 WHERE id = 'c'");
      expect((await tx.query<{ n: number }>("SELECT n FROM item WHERE id = 'c'")).rows).toEqual([{ n: 30 }]);
    });
    await proxied.exec("DELETE FROM item WHERE id = 'c'");
    expect((await proxied.query("SELECT count(*)::int AS count FROM item")).rows).toEqual([{ count: 2 }]);
    expect((await preparedNames()).filter((text) => !text.startsWith("SELECT"))).toEqual([]);
    expect(proxied.closed).toBe(false);
  });

  it("reports a failed read as PGlite's own DatabaseError, which the adapter translates", async () => {
    const failure = await proxied.query("SELECT 1 / $1::int AS q", [0]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(messages.DatabaseError);
    expect((failure as messages.DatabaseError).code).toBe("22012");
    expect((await proxied.query("SELECT 6 / $1::int AS q", [3])).rows).toEqual([{ q: 2 }]);
  });
});

describe("isPlainRead", () => {
  it("tells a read from a write", () => {
    expect(isPlainRead('SELECT "id" FROM "Member"')).toBe(true);
    expect(isPlainRead("\n  select 1")).toBe(true);
    expect(isPlainRead('INSERT INTO "Member" ("id") VALUES ($1) RETURNING "id"')).toBe(false);
    expect(isPlainRead('UPDATE "Member" SET "name" = $1')).toBe(false);
    expect(isPlainRead("SELECTED")).toBe(false);
    expect(
      isPlainRead('WITH period AS (SELECT "id", "updatedAt", "deletedAt" FROM "Period") SELECT * FROM period'),
    ).toBe(true);
    expect(isPlainRead('WITH gone AS (DELETE FROM "Session" RETURNING "id") SELECT count(*) FROM gone')).toBe(false);
    expect(isPlainRead('WITH moved AS (UPDATE "Invoice" SET "status" = $1 RETURNING 1) SELECT 1')).toBe(false);
  });
});

describe("preparedStatementNameOf", () => {
  it("names statements up to the budget, then leaves new texts unnamed and keeps the old names", () => {
    const first = "SELECT 'budget 0'";
    expect(preparedStatementNameOf(first)).toBe(statementNameOf(first));
    for (let index = 1; index < MAX_PREPARED_STATEMENTS; index++) {
      expect(preparedStatementNameOf(`SELECT 'budget ${index}'`)).toMatch(/^qp_/);
    }
    expect(preparedStatementNameOf("SELECT 'one too many'")).toBeUndefined();
    expect(preparedStatementNameOf(first)).toBe(statementNameOf(first));
  });
});
