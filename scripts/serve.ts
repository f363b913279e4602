// `npm start` / `npm run serve`: opens the database (embedded PGlite unless DATABASE_URL is a
// postgres:// URL), applies pending migrations, seeds the demo association on first start, starts
// the outbox worker and serves the built Remix app.
// First: it may move the clock that every other module reads.
import "./fixed-clock";
// The outbox worker's e-mails run from these sources, not from the build: they need the catalogues too.
import "../app/utils/messages/all.server";
import { connectDatabase } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { sqlRoundTrips } from "../app/utils/query-count.server";
import { loadDotEnv } from "../app/utils/env.server";
import { ConfigError, parseConfig } from "../app/utils/config.server";
import { startOutboxWorker } from "../app/utils/outbox-worker.server";
import { createHttpPipeline } from "./http-pipeline";
import { DEMO_PASSWORD, demoAccounts, seedDemoIfEmpty } from "../prisma/seed";

loadDotEnv();
// `npm run dev` passes --dev: Vite serves the sources with hot reload instead of build/.
const development = process.argv.includes("--dev");
process.env.NODE_ENV ??= development ? "development" : "production";
// A bad variable stops the server here, naming it, before anything runs with a wrong value.
const settings = readConfigOrExit();
const port = settings.PORT;
const host = settings.HOST ?? "0.0.0.0";

function readConfigOrExit() {
  try {
    return parseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(
      `${error.message}\nCorrigez ces variables d'environnement (ou le fichier .env), puis relancez. Voir le README, « Configuration ».`,
    );
    process.exit(1);
  }
}

const database = await connectDatabase();
const applied = await database.withRawSql((raw) => applyMigrations(raw));
if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(", ")}`);
const seeded = !settings.SEED_DEMO ? false : await seedDemoIfEmpty(database.prisma);

const app = await createHttpPipeline({
  development,
  // The page benchmark (scripts/bench-pages.ts) reads how many SQL round trips the app has made.
  before: (app) => {
    if (settings.QP_COUNT_QUERIES)
      app.get("/__bench/sql-round-trips", (_request, response) => void response.json({ trips: sqlRoundTrips() }));
  },
});

const worker = settings.OUTBOX_WORKER ? startOutboxWorker() : undefined;

const server = app.listen(port, host, () => {
  const shownHost = host === "0.0.0.0" ? "localhost" : host;
  console.log(`\nQuote-part est prêt : http://${shownHost}:${port}`);
  console.log(
    `Base de données : ${database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : "PGlite embarqué dans ./data/"}`,
  );
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
