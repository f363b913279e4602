// The Prisma CLI (generate, migrate diff, migrate status) runs offline through a driver adapter.
// The app itself never goes through the CLI: see docs/decisions/003-migrations-without-the-cli.md.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const configuredUrl = process.env.DATABASE_URL;
// The schema's `url = env("DATABASE_URL")` must resolve even on PGlite, or the CLI cannot read
// the schema and falls back to downloading native engines. The value is never used to connect.
process.env.DATABASE_URL ??= "postgresql://embedded-pglite@localhost/quote-part";

let memoizedAdapter: Promise<SqlMigrationAwareDriverAdapterFactory> | undefined;

// The CLI calls adapter() twice; opening PGlite twice on one directory crashes, so memoize.
function adapter() {
  memoizedAdapter ??= createCliAdapter();
  return memoizedAdapter;
}

async function createCliAdapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const url = configuredUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // allowExitOnIdle: otherwise the idle pool keeps the CLI process alive for ~10 s.
    return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dataDir = path.resolve(url && !url.includes("://") ? url : "data/pglite");
  fs.mkdirSync(dataDir, { recursive: true });
  return new PrismaPGlite(new PGlite(dataDir));
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter,
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
