// `npm start` / `npm run serve`: opens the database (embedded PGlite unless DATABASE_URL is a
// postgres:// URL), applies pending migrations, seeds the demo association on first start, starts
// the outbox worker and serves the built Remix app.
// First: it may move the clock that every other module reads.
import "./fixed-clock";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { connectDatabase } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { isCrossSiteMutation } from "../app/utils/csrf.server";
import { drawCspNonce, securityHeaders } from "../app/utils/security-headers.server";
import { MAX_REQUEST_BYTES } from "../app/utils/forms/read-form.server";
import { loadDotEnv } from "../app/utils/env.server";
import { ConfigError, parseConfig } from "../app/utils/config.server";
import { startOutboxWorker } from "../app/utils/outbox-worker.server";
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
    console.error(`${error.message}\nCorrigez ces variables d'environnement (ou le fichier .env), puis relancez. Voir le README, « Configuration ».`);
    process.exit(1);
  }
}

const database = await connectDatabase();
const applied = await database.withRawSql((raw) => applyMigrations(raw));
if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(", ")}`);
const seeded = !settings.SEED_DEMO ? false : await seedDemoIfEmpty(database.prisma);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", settings.TRUST_PROXY);
app.use(compression());
app.use(drawCspNonce, securityHeaders({ production: settings.NODE_ENV === "production", development }));
app.use((request, response, next) => {
  // The forms' own guard (app/utils/forms/read-form.server.ts) reads at most this much; a larger
  // declared body is refused here before a byte of it is read.
  if (Number(request.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    response.status(413).type("text/plain; charset=utf-8").set("Connection", "close").send("Requête trop volumineuse.");
    return;
  }
  // Overwrites whatever a client sent: the app trusts only what the server saw (app/utils/rate-limit.server.ts).
  request.headers["x-quote-part-remote-address"] = request.ip ?? "unknown";
  const crossSite = isCrossSiteMutation({
    method: request.method,
    appOrigin: `${request.protocol}://${request.get("host")}`,
    originHeader: request.get("origin"),
    secFetchSite: request.get("sec-fetch-site"),
  });
  if (crossSite) {
    response.status(403).type("text/plain; charset=utf-8").send("Requête refusée : elle provient d'un autre site.");
    return;
  }
  next();
});
let build: ServerBuild | (() => Promise<ServerBuild>);
if (development) {
  const vite = await import("vite").then((module) => module.createServer({ server: { middlewareMode: true } }));
  app.use(vite.middlewares);
  build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
} else {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
  build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
}
app.all("*", createRequestHandler({ build, mode: settings.NODE_ENV, getLoadContext: (_request, response) => ({ cspNonce: response.locals.cspNonce as string }) }));

const worker = settings.OUTBOX_WORKER ? startOutboxWorker() : undefined;

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
