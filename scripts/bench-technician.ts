// `npx tsx scripts/bench-technician.ts` (after `npm run build`): the Today page's weight and speed.
// 1. JavaScript the page loads, from the build's Remix manifest: entry + root + route modules and
//    their imports, plus the chunks the route imports lazily on mount (offline queue), gzipped.
// 2. Server response time: seeds a large demo association in a throwaway PGlite directory (the
//    demo plus three years of interventions and time entries for the technician), starts the
//    built server on it, logs in, and times 50 requests of the page and of its loader (.data).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { openDatabase } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { DEMO_PASSWORD, seedAssociation } from "../prisma/seed";
import { seedVisitHistory } from "../prisma/seed-history";
import { app, declaredAreas } from "./message-areas";

const ROUTE_ID = "routes/technicien.aujourdhui";
const RUNS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3297);
const BASE = `http://127.0.0.1:${PORT}`;

const CATALOGUE = /^[\w-]+\.(fr|en)-[\w-]+\.js$/;

function javascriptWeight() {
  const assets = path.resolve("build/client/assets");
  const manifestFile = fs.readdirSync(assets).find((file) => /^manifest-.*\.js$/.test(file));
  if (!manifestFile) throw new Error("Run `npm run build` first.");
  const manifest = JSON.parse(
    fs
      .readFileSync(path.join(assets, manifestFile), "utf8")
      .replace(/^window\.__remixManifest=/, "")
      .replace(/;\s*$/, ""),
  );
  const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
  for (const id of ["root", ROUTE_ID]) {
    const route = manifest.routes[id];
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  // Lazy chunks these files import on mount (import("./x.js")): the offline queue's IndexedDB half.
  const lazy: string[] = [];
  for (const file of [...files]) {
    const code = fs.readFileSync(path.join("build/client", file), "utf8");
    for (const match of code.matchAll(/import\("\.\/([^"]+\.js)"\)/g))
      if (!files.has(`/assets/${match[1]}`) && !CATALOGUE.test(match[1])) lazy.push(`/assets/${match[1]}`);
  }
  // Message catalogues (ADR 023): of the chunks load-messages can import, the page loads those of
  // the areas the root and the route name, in its language (French here).
  const areas = [...declaredAreas(path.join(app, "root.tsx")), ...declaredAreas(path.join(app, `${ROUTE_ID}.tsx`))];
  for (const area of areas) {
    const chunk = fs.readdirSync(assets).find((file) => file.startsWith(`${area}.fr-`) && file.endsWith(".js"));
    if (chunk) lazy.push(`/assets/${chunk}`);
  }
  for (const file of lazy) {
    files.add(file);
    // …and what those chunks import statically.
    const code = fs.readFileSync(path.join("build/client", file), "utf8");
    for (const match of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g))
      if (!files.has(`/assets/${match[1]}`)) files.add(`/assets/${match[1]}`);
  }
  let raw = 0;
  let gzip = 0;
  const rows = [...files].map((file) => {
    const bytes = fs.readFileSync(path.join("build/client", file));
    const compressed = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += compressed;
    return {
      file,
      kB: +(bytes.length / 1024).toFixed(1),
      gzipKB: +(compressed / 1024).toFixed(1),
      lazy: lazy.includes(file),
    };
  });
  console.table(rows);
  console.log(
    `JavaScript of ${ROUTE_ID}: ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (${files.size} files, ${lazy.length} lazy)`,
  );
}

async function seedLarge(directory: string) {
  const database = await openDatabase(`file:${directory}`);
  await database.withRawSql((raw) => applyMigrations(raw));
  const today = new Date().toISOString().slice(0, 10);
  const seeded = await seedAssociation(database.prisma, { today });
  const { associationId, technicianId, memberIds } = seeded;
  const interventions = await seedVisitHistory(database.prisma, {
    associationId,
    technicianId,
    from: `${Number(today.slice(0, 4)) - 3}-01-01`,
    days: 365 * 3,
    memberFor: (day, hour) => memberIds[(day + hour) % memberIds.length],
  });
  console.log(`Seeded ${interventions.length} extra interventions and time entries.`);
  await database.close();
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function time(url: string, cookie: string) {
  const durations: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS + 5; run++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { Cookie: cookie, "Accept-Encoding": "gzip" }, redirect: "manual" });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    if (run >= 5) durations.push(performance.now() - started);
    bytes = gzipSync(Buffer.from(body)).length;
  }
  return {
    median: median(durations).toFixed(1),
    p90: [...durations].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)].toFixed(1),
    bytes,
  };
}

async function serverTiming() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "qp-bench-technician-"));
  await seedLarge(directory);
  // Its own process group, so stopping it also stops the node process tsx starts.
  const server = spawn("npx", ["tsx", "scripts/serve.ts"], {
    detached: true,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      DATABASE_URL: `file:${directory}`,
      SEED_DEMO: "false",
      OUTBOX_WORKER: "false",
      SESSION_SECRET: "bench-technician-secret-0123456789",
    },
    stdio: "ignore",
  });
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 120) throw new Error("server did not start");
      if (
        await fetch(`${BASE}/healthz`)
          .then((response) => response.ok)
          .catch(() => false)
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const login = await fetch(`${BASE}/connexion`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams({ email: "technicien@demo.quote-part.test", password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    if (login.status !== 302 || !cookie) throw new Error(`login failed: ${login.status}`);
    const page = await time(`${BASE}/technicien/aujourdhui`, cookie);
    const data = await time(`${BASE}/technicien/aujourdhui.data`, cookie);
    console.log(
      `GET /technicien/aujourdhui (HTML): median ${page.median} ms, p90 ${page.p90} ms, ${(page.bytes / 1024).toFixed(1)} KB gzip`,
    );
    console.log(
      `GET /technicien/aujourdhui.data (loader): median ${data.median} ms, p90 ${data.p90} ms, ${(data.bytes / 1024).toFixed(1)} KB gzip`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

javascriptWeight();
await serverTiming();
