import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Applies prisma/migrations/* in order and records them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does (same table, same sha256 checksums), so `prisma migrate status`
 * agrees. The runtime never goes through the Prisma CLI: docs/decisions/003-migrations-without-the-cli.md.
 */
export interface RawSql {
  /** Runs a script of several statements, without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(directory = path.resolve("prisma/migrations")): MigrationFile[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Two servers starting at once on one PostgreSQL must not both apply a migration.
const MIGRATION_LOCK_KEY = 727_073_691;

export async function applyMigrations(raw: RawSql, migrations = readMigrations()): Promise<string[]> {
  await raw.exec(createMigrationsTable);
  await raw.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    const applied = await raw.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const checksum = appliedByName.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `La migration ${migration.name} a été modifiée après avoir été appliquée : créez une nouvelle migration au lieu de la modifier.`,
          );
        }
        continue;
      }
      await applyOne(raw, migration);
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await raw.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(raw: RawSql, migration: MigrationFile) {
  const id = crypto.randomUUID();
  await raw.exec("BEGIN");
  try {
    await raw.exec(migration.sql);
    await raw.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await raw.exec("COMMIT");
  } catch (error) {
    await raw.exec("ROLLBACK");
    throw new Error(`Échec de la migration ${migration.name} : ${(error as Error).message}`, { cause: error });
  }
}
