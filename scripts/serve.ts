// `npm start` / `npm run serve`: opens the database (embedded PGlite unless DATABASE_URL is a
// postgres:// URL), applies pending migrations, seeds the demo association on first start, starts
// the outbox worker and serves the built Remix app.
// First: it may move the clock that every other module reads.
import "./fixed-clock";
import { connectDatabase } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { sqlRoundTrips } from "../app/utils/query-count.server";
import { loadDotEnv } from "../app/utils/env.server";
import { startOutboxWorker } from "../app/utils/outbox-worker.server";
import { createHttpPipeline } from "./http-pipeline";
import { DEMO_PASSWORD, demoAccounts, seedDemoIfEmpty } from "../prisma/seed";

loadDotEnv();
// `npm run dev` passes --dev: Vite serves the sources with hot reload instead of build/.
const development = process.argv.includes("--dev");
process.env.NODE_ENV ??= development ? "development" : "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const database = await connectDatabase();
const applied = await database.withRawSql((raw) => applyMigrations(raw));
if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(", ")}`);
const seeded = process.env.SEED_DEMO === "false" ? false : await seedDemoIfEmpty(database.prisma);

const app = await createHttpPipeline({
  development,
  // The page benchmark (scripts/bench-pages.ts) reads how many SQL round trips the app has made.
  before: (app) => {
    if (process.env.QP_COUNT_QUERIES === "true") app.get("/__bench/sql-round-trips", (_request, response) => void response.json({ trips: sqlRoundTrips() }));
  },
});

const worker = process.env.OUTBOX_WORKER === "false" ? undefined : startOutboxWorker();

const server = app.listen(port, host, () => {
  const shownHost = host === "0.0.0.0" ? "localhost" : host;
  console.log(`\nQuote-part est prêt : http://${shownHost}:${port}`);
  console.log(`Base de données : ${database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : "PGlite embarqué dans ./data/"}`);
  if (seeded) console.log("L'association de démonstration « Amie des 7 vallées » vient d'être créée.");
  console.log(`\nComptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`);
  for (const account of demoAccounts) console.log(`  ${account.email.padEnd(34)} ${account.label}`);
  console.log("");
});

async function shutdown() {
  server.close();
  await worker?.stop();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
