// `npm run bench:pages`: every page each demo role reaches, against a bare Remix page, under load.
// Builds the app and the baseline (scripts/bench-baseline/), starts both, logs in as each demo role,
// and for each page of the role's navigation runs autocannon on the baseline, then on the page,
// alternately, in the same run. Prints req/s, p50, p99, non-2xx, the ratio page ÷ baseline and the
// SQL round trips per request (counted by the app itself: QP_COUNT_QUERIES, query-count.server.ts).
//
// The machine is shared: absolute figures are noisy; the ratio to the baseline measured
// moments before is what to read.
//
// Environment:
//   BENCH_SECONDS      seconds per autocannon run (default 8, as in issue 15)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//   BENCH_ROUNDS       turns of baseline then page within those seconds (default 2)
//   BENCH_DATABASES    "postgres,pglite" (default both)
//   BENCH_ROLES        "member,technician,treasurer,admin" (default all)
//   BENCH_PAGES        "/capacite,/paiements": only these paths of each role's navigation (default all)
//   BENCH_POSTGRES_URL database the run may wipe (default postgres://postgres@127.0.0.1:5432/qp_bench)
//   BENCH_PORT         first of three ports (default 3341)
//   BENCH_SKIP_BUILD   "true" to reuse build/ and build-baseline/
//   BENCH_CPU_PROF     a folder: the app server runs under `node --cpu-prof` and writes its profile there
import { execSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_PASSWORD, demoAccounts } from "../prisma/seed";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const databases = (process.env.BENCH_DATABASES ?? "postgres,pglite").split(",").map((name) => name.trim()) as (
  "postgres" | "pglite"
)[];
const roles = (process.env.BENCH_ROLES ?? "member,technician,treasurer,admin").split(",").map((name) => name.trim());
const onlyPages = process.env.BENCH_PAGES?.split(",").map((page) => page.trim());
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/qp_bench";
const basePort = Number(process.env.BENCH_PORT ?? 3341);
const clock = "2026-11-24T09:00:00+01:00";

interface Row {
  database: string;
  role: string;
  page: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  baselineReqPerSec: number;
  ratio: number;
  sqlPerRequest: number;
}

function build() {
  if (process.env.BENCH_SKIP_BUILD === "true") return;
  execSync("npx remix vite:build", { stdio: "inherit" });
  execSync("npx remix vite:build --config scripts/bench-baseline/vite.config.ts", { stdio: "inherit" });
}

function startServer(
  script: string,
  port: number,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, "--import", "tsx", script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (
      await fetch(url)
        .then((response) => response.ok)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** Creates the bench's database when this machine has never run the bench (a new machine has none). */
async function ensurePostgresDatabase() {
  const url = new URL(postgresUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  await admin.end();
}

async function resetPostgres() {
  await ensurePostgresDatabase();
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

async function login(base: string, email: string) {
  const response = await fetch(`${base}/connexion`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`login ${email}: ${response.status}`);
  return cookie;
}

/** The pages a role reaches: the links of its main navigation, as a person would see them. */
async function pagesOf(base: string, cookie: string) {
  const html = await (await fetch(`${base}/`, { headers: { Cookie: cookie } })).text();
  const nav = html.match(/<nav class="main-nav"[\s\S]*?<\/nav>/)?.[0] ?? "";
  const pages = [...new Set([...nav.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!))];
  return onlyPages ? pages.filter((page) => onlyPages.includes(page)) : pages;
}

async function roundTripsPerRequest(base: string, url: string, cookie: string) {
  const read = async () => ((await (await fetch(`${base}/__bench/sql-round-trips`)).json()) as { trips: number }).trips;
  await fetch(url, { headers: { Cookie: cookie } }).then((response) => response.arrayBuffer());
  const before = await read();
  const samples = 4;
  for (let index = 0; index < samples; index++)
    await fetch(url, { headers: { Cookie: cookie } }).then((response) => response.arrayBuffer());
  return ((await read()) - before) / samples;
}

async function load(url: string, cookie: string | undefined, duration: number) {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) },
  });
  return {
    requests: result.requests.total,
    duration: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * The baseline and the page in turns, `rounds` times each (BENCH_ROUNDS, 2 by default), the same
 * total time each: other work on a shared machine then weighs on both alike. req/s over all turns,
 * p50 the mean of the turns', p99 the worst turn's.
 */
async function alternate(pageUrl: string, cookie: string, baselineUrl: string) {
  const turns = { page: [] as Awaited<ReturnType<typeof load>>[], baseline: [] as Awaited<ReturnType<typeof load>>[] };
  for (let round = 0; round < rounds; round++) {
    turns.baseline.push(await load(baselineUrl, undefined, seconds / rounds));
    turns.page.push(await load(pageUrl, cookie, seconds / rounds));
  }
  const summary = (list: Awaited<ReturnType<typeof load>>[]) => ({
    reqPerSec: list.reduce((sum, turn) => sum + turn.requests, 0) / list.reduce((sum, turn) => sum + turn.duration, 0),
    p50: Math.round(list.reduce((sum, turn) => sum + turn.p50, 0) / list.length),
    p99: Math.max(...list.map((turn) => turn.p99)),
    non2xx: list.reduce((sum, turn) => sum + turn.non2xx, 0),
    errors: list.reduce((sum, turn) => sum + turn.errors, 0),
  });
  return { page: summary(turns.page), baseline: summary(turns.baseline) };
}

async function benchDatabase(database: "postgres" | "pglite", rows: Row[]) {
  const appPort = basePort + (database === "postgres" ? 1 : 2);
  const app = `http://127.0.0.1:${appPort}`;
  const baseline = `http://127.0.0.1:${basePort}`;
  let pgliteDirectory: string | undefined;
  let databaseUrl = postgresUrl;
  if (database === "postgres") await resetPostgres();
  else {
    pgliteDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "qp-bench-pages-"));
    databaseUrl = `file:${pgliteDirectory}`;
  }
  const profileFolder = process.env.BENCH_CPU_PROF;
  const server = startServer(
    "scripts/serve.ts",
    appPort,
    {
      DATABASE_URL: databaseUrl,
      QUOTE_PART_CLOCK: clock,
      QP_COUNT_QUERIES: "true",
      OUTBOX_WORKER: "false",
      SESSION_SECRET: "bench-pages-secret-0123456789abcdef",
    },
    // One folder per database; tsx's loader thread writes its own (small) profile beside the main one.
    profileFolder ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileFolder, database)}`] : [],
  );
  const baselineServer = startServer("scripts/bench-baseline/serve.ts", basePort, {});
  // A server that dies mid-run would otherwise show only as the next fetch failing: say which and how.
  const stopping = { now: false };
  for (const [name, child] of [
    [`app (${database})`, server],
    ["baseline", baselineServer],
  ] as const)
    child.once("exit", (code, signal) => {
      if (!stopping.now) console.error(`bench:pages: the ${name} server exited (code ${code}, signal ${signal})`);
    });
  try {
    await waitFor(`${app}/healthz`);
    await waitFor(baseline);
    // Warm both servers first (JIT, module loading, pool): the first page measured would pay it.
    await autocannon({ url: baseline, connections, duration: 2 });
    await autocannon({ url: `${app}/connexion`, connections, duration: 2 });
    for (const account of demoAccounts.filter((candidate) => roles.includes(candidate.role))) {
      // One account per role: the second member's pages are the first's.
      if (rows.some((row) => row.database === database && row.role === account.role)) continue;
      const cookie = await login(app, account.email);
      for (const page of await pagesOf(app, cookie)) {
        const sqlPerRequest = await roundTripsPerRequest(app, `${app}${page}`, cookie);
        const { page: measured, baseline: reference } = await alternate(`${app}${page}`, cookie, baseline);
        const row = {
          database,
          role: account.role,
          page,
          ...measured,
          baselineReqPerSec: reference.reqPerSec,
          ratio: measured.reqPerSec / reference.reqPerSec,
          sqlPerRequest,
        };
        rows.push(row);
        console.log(
          `${database.padEnd(8)} ${account.role.padEnd(10)} ${page.padEnd(32)} ${row.reqPerSec.toFixed(0).padStart(5)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  non-2xx ${row.non2xx}  baseline ${row.baselineReqPerSec.toFixed(0)} req/s  ratio ${row.ratio.toFixed(2)}  SQL ${row.sqlPerRequest}`,
        );
      }
    }
  } finally {
    stopping.now = true;
    await stop(server);
    await stop(baselineServer);
    if (pgliteDirectory) fs.rmSync(pgliteDirectory, { recursive: true, force: true });
  }
}

build();
const rows: Row[] = [];
try {
  for (const database of databases) await benchDatabase(database, rows);
} catch (error) {
  console.error("bench:pages stopped:", error);
  process.exitCode = 1;
}
console.log(
  `\n${seconds} s per page and as much for the baseline, in ${rounds} alternating turns, ${connections} connections, ${os.cpus().length} cores. The ratio (page ÷ baseline measured just before) is the figure to read; absolute req/s depend on the machine's load.\n`,
);
console.log(
  "| database | role | page | req/s | p50 ms | p99 ms | non-2xx | baseline req/s | ratio | SQL round trips |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  console.log(
    `| ${row.database} | ${row.role} | ${row.page} | ${row.reqPerSec.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.non2xx + row.errors} | ${row.baselineReqPerSec.toFixed(0)} | ${row.ratio.toFixed(2)} | ${row.sqlPerRequest} |`,
  );
}
