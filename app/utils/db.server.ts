import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient, type Prisma } from "~/generated/prisma/client.ts";
import type { RawSql } from "./migrate.server";
import { withBinaryBytes } from "./pglite-bytes.server";
import { lockDatabaseDirectory } from "./pglite-lock.server";
import { countRoundTrip, withQueryCounting } from "./query-count.server";
import { singletonStore } from "./singleton.server";
import { namePooledReads, pgliteWithPreparedReads } from "./prepared-reads.server";
import { config } from "./config.server";

export type Db = PrismaClient;
/** The client handed to `prisma.$transaction(async (tx) => …)` callbacks. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DatabaseKind = "pglite" | "postgres";

export function databaseKindOf(url: string | undefined): DatabaseKind {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "pglite";
}

/** Directory of the embedded database: `./data/pglite`, or the path given as `DATABASE_URL=file:…`. */
export function pgliteDirectory(url: string | undefined) {
  if (url?.startsWith("file:")) return path.resolve(url.slice("file:".length));
  return path.resolve(config().PGLITE_DIR);
}

export interface OpenDatabase {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /**
   * A read in plain SQL, outside Prisma's client and query compiler, on the same pool (PostgreSQL)
   * or instance (PGlite): the session read that every page makes (ADR 019). `timestamp` columns
   * come back as Dates read in UTC, as Prisma stores them.
   */
  readRows: <T>(sql: string, params: unknown[]) => Promise<T[]>;
  /** Plain SQL on the same database, outside Prisma: migrations run multi-statement scripts. */
  withRawSql: <T>(work: (raw: RawSql) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

// PGlite has a single connection: interactive transactions queue behind each other, so the
// default 2 s maxWait would fail them under load (P2028) although they would succeed.
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

// `timestamp(3)` without a zone: Prisma writes UTC, the drivers would read local time. A `date`
// comes back as its UTC midnight, as Prisma returns it (pg would give the local midnight).
const TIMESTAMP_OID = 1114;
const DATE_OID = 1082;
const utcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const utcDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

export async function openDatabase(url = config().DATABASE_URL): Promise<OpenDatabase> {
  if (databaseKindOf(url) === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { default: pg } = await import("pg");
    // One pool for Prisma and for readRows; Prisma's $disconnect ends it.
    const pool = new pg.Pool({ connectionString: url, max: config().DATABASE_POOL_SIZE });
    // Prisma's reads and readRows are named statements on each connection (ADR 019, eighth pass).
    namePooledReads(pool);
    const adapter = withQueryCounting(new PrismaPg(pool, { disposeExternalPool: true }));
    const prisma = new PrismaClient({ adapter, transactionOptions });
    const types = {
      getTypeParser: (oid: number, format?: string) =>
        oid === TIMESTAMP_OID
          ? utcTimestamp
          : oid === DATE_OID
            ? utcDate
            : pg.types.getTypeParser(oid, format as "text"),
    };
    return {
      prisma,
      kind: "postgres",
      readRows: async <T>(sql: string, params: unknown[]) => {
        countRoundTrip();
        // Named by namePooledReads: each connection parses it once and PostgreSQL reuses its plan.
        return (await pool.query({ text: sql, values: params, types })).rows as T[];
      },
      withRawSql: async (work) => {
        const { default: pg } = await import("pg");
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return await work({
            exec: async (sql) => void (await client.query(sql)),
            query: async (sql, params) => (await client.query(sql, params)).rows,
          });
        } finally {
          await client.end();
        }
      },
      close: () => prisma.$disconnect(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const directory = pgliteDirectory(url);
  fs.mkdirSync(directory, { recursive: true });
  const release = lockDatabaseDirectory(directory);
  try {
    const open = await wrapPglite(await PGlite.create(directory));
    return { ...open, close: () => open.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}

export async function wrapPglite(pglite: PGlite): Promise<OpenDatabase> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  // Parsed and planned once per instance, not on every call (ADR 019, seventh pass): readRows, and
  // Prisma's reads outside transactions (eighth pass).
  const { preparedStatements } = await import("./pglite-prepared.server");
  const prepared = preparedStatements(pglite);
  const prisma = new PrismaClient({
    adapter: withQueryCounting(withBinaryBytes(new PrismaPGlite(pgliteWithPreparedReads(pglite, prepared)))),
    transactionOptions,
  });
  const parsers = { [TIMESTAMP_OID]: utcTimestamp, [DATE_OID]: utcDate };
  return {
    prisma,
    kind: "pglite",
    readRows: async <T>(sql: string, params: unknown[]) => {
      countRoundTrip();
      return prepared.query<T>(sql, params, parsers);
    },
    withRawSql: (work) =>
      work({
        exec: async (sql) => void (await pglite.exec(sql)),
        query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      }),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/**
 * The process-wide database. Scripts (serve, tests) open it first with `useDatabase`; the app's
 * modules then reach the same instance through `db()`.
 */
export function useDatabase(open: OpenDatabase) {
  singletonStore().set("database", open);
  return open;
}

/** Forgets the process-wide database (tests close theirs between files). */
export function forgetDatabase() {
  singletonStore().delete("database");
  opening = undefined;
}

let opening: Promise<OpenDatabase> | undefined;

export function db(): PrismaClient {
  const existing = singletonIfPresent();
  if (!existing) {
    throw new Error("La base de données n'est pas ouverte : appelez connectDatabase() au démarrage.");
  }
  return existing.prisma;
}

/**
 * A page's read in plain SQL, outside Prisma's client and query compiler, counted like any round
 * trip (ADR 019, fourth pass): where Prisma's own cost dominated a hot page. Parameters only,
 * never interpolated values; every tenant read is scoped by its associationId parameter.
 */
export function readRows<T>(sql: string, params: unknown[]): Promise<T[]> {
  const existing = singletonIfPresent();
  if (!existing) {
    throw new Error("La base de données n'est pas ouverte : appelez connectDatabase() au démarrage.");
  }
  return existing.readRows<T>(sql, params);
}

/**
 * A page read in plain SQL (ADR 019, fourth pass): a statement built with `Prisma.sql` sent through
 * `readRows`, outside Prisma's client, counted like every round trip. For the hot reads only; the
 * statement casts what it returns (`::int`, `::text`) as it did for `$queryRaw`.
 */
export function readSql<T>(query: Prisma.Sql): Promise<T[]> {
  return readRows<T>(query.text, query.values);
}

export function currentDatabase(): OpenDatabase | undefined {
  return singletonIfPresent();
}

/** Opens the database once per process (idempotent). */
export async function connectDatabase(url = config().DATABASE_URL): Promise<OpenDatabase> {
  const existing = singletonIfPresent();
  if (existing) return existing;
  opening ??= openDatabase(url).then(useDatabase);
  return opening;
}

function singletonIfPresent(): OpenDatabase | undefined {
  return singletonStore().get("database") as OpenDatabase | undefined;
}
