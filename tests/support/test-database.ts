// Where the integration tests' databases come from: a migrated template made once per run
// (global-setup.ts), copied for each test file (per-file-database.ts), on PGlite or PostgreSQL.
import path from "node:path";

export const artifactsDirectory = path.resolve("tests/.artifacts");

export type TestDatabaseKind = "pglite" | "postgres";

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

export function testServerUrl() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("TEST_DB=postgres demande TEST_DATABASE_URL (postgres://…/base) pour créer les bases de test.");
  return url;
}

/** The same server, another database name. */
export function urlForDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
