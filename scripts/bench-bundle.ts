// `npm run bench:bundle`: the JavaScript each page makes the browser load on a first visit, gzip.
// Starts the BUILT app (run `npm run build` first, or let BENCH_BUILD=true do it) on a fresh
// embedded database with the demo data, opens each page in Chromium with an empty cache, and sums
// every script response the page fetched until the network went idle: the entry, the route
// modules, their modulepreloaded imports and whatever they import lazily (message catalogues).
// Each body is gzipped here at level 9, so the figure does not depend on the server's compression.
// Visiting in Chromium rather than reading the manifest counts what really loads, lazy chunks
// included (issue 15: the technician's Today page ≤ 100 KB).
//
// Environment: BENCH_PORT (default 3331), BENCH_BUILD=true to build first, CHROMIUM_PATH.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "../app/domain/accounts/demo-accounts";

const port = Number(process.env.BENCH_PORT ?? 3331);
const base = `http://127.0.0.1:${port}`;

interface Visit {
  label: string;
  path: string;
  email?: string;
  locale: "fr" | "en";
}

const visits: Visit[] = [
  { label: "login (visitor)", path: "/connexion", locale: "fr" },
  { label: "login (visitor)", path: "/connexion", locale: "en" },
  { label: "technician Today", path: "/technicien/aujourdhui", email: "technicien", locale: "fr" },
  { label: "technician entry form", path: "/technicien/temps/nouveau", email: "technicien", locale: "fr" },
  { label: "member home", path: "/espace-membre", email: "membre", locale: "fr" },
  { label: "member invoices", path: "/espace-membre/factures", email: "membre", locale: "fr" },
  { label: "treasurer home", path: "/tresorerie", email: "tresorier", locale: "fr" },
  { label: "profile", path: "/profil", email: "membre", locale: "fr" },
  { label: "technician Today", path: "/technicien/aujourdhui", email: "technicien", locale: "en" },
  { label: "member home", path: "/espace-membre", email: "membre2", locale: "en" },
  { label: "profile", path: "/profil", email: "membre2", locale: "en" },
];

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function sessionCookie(email: string) {
  const response = await fetch(`${base}/connexion`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ email: `${email}@demo.quote-part.test`, password: DEMO_PASSWORD }),
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`login ${email}: ${response.status}`);
  const [name, ...value] = cookie.split("=");
  return { name, value: value.join("="), url: base };
}

/** Switches a demo account to English through its profile form, as a person would. */
async function switchToEnglish(browser: Browser, email: string) {
  const context = await browser.newContext();
  await context.addCookies([await sessionCookie(email)]);
  const page = await context.newPage();
  await page.goto(`${base}/profil`);
  await page.locator('select[name="locale"]').selectOption("en");
  await page.locator('form:has(select[name="locale"]) button[type="submit"]').click();
  await page.waitForLoadState("networkidle");
  await context.close();
}

async function measure(browser: Browser, visit: Visit) {
  const context = await browser.newContext({
    serviceWorkers: "block",
    extraHTTPHeaders: visit.email ? {} : { "Accept-Language": visit.locale === "en" ? "en-GB" : "fr-FR" },
  });
  if (visit.email) await context.addCookies([await sessionCookie(visit.email)]);
  const page = await context.newPage();
  const scripts = new Map<string, Promise<number>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const url = new URL(response.url()).pathname;
    scripts.set(
      url,
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => Number.NaN,
      ),
    );
  });
  const response = await page.goto(`${base}${visit.path}`);
  if (!response?.ok()) throw new Error(`${visit.path}: ${response?.status()}`);
  await page.waitForLoadState("networkidle");
  const lang = await page.locator("html").getAttribute("lang");
  if (lang !== visit.locale) throw new Error(`${visit.path}: page in ${lang}, expected ${visit.locale}`);
  const sizes = await Promise.all([...scripts].map(async ([url, size]) => ({ url, size: await size })));
  await context.close();
  return sizes;
}

function kb(bytes: number) {
  return (bytes / 1000).toFixed(1);
}

async function main() {
  if (process.env.BENCH_BUILD === "true") execSync("npx remix vite:build", { stdio: "inherit" });
  if (!fs.existsSync("build/server/index.js")) throw new Error("build/ is missing: run `npm run build` first");
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), "qp-bench-bundle-"));
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      PGLITE_DIR: databaseDir,
      MAIL_DIR: path.join(databaseDir, "mail"),
      SEED_DEMO: "true",
      DATABASE_URL: "",
      OUTBOX_WORKER: "false",
      QUOTE_PART_CLOCK: "2026-11-24T09:00:00+01:00",
      SESSION_SECRET: "bench-bundle-session-secret-0123456789abcdef",
      APP_URL: base,
    },
    // The server's errors show.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    await waitFor(`${base}/healthz`);
    // French visits first: an account switched to English stays so for the rest of the run.
    const switched = new Set<string>();
    const rows: string[] = [];
    const detail = process.argv.includes("--detail");
    for (const visit of visits) {
      if (visit.locale === "en" && visit.email && !switched.has(visit.email)) {
        await switchToEnglish(browser, visit.email);
        switched.add(visit.email);
      }
      const sizes = await measure(browser, visit);
      const total = sizes.reduce((sum, { size }) => sum + size, 0);
      rows.push(`| ${visit.label} | \`${visit.path}\` | ${visit.locale} | ${sizes.length} | ${total} | ${kb(total)} |`);
      if (detail)
        for (const { url, size } of sizes.sort((a, b) => b.size - a.size))
          console.log(`  ${visit.label} ${url} ${size}`);
    }
    console.log("| page | path | language | scripts | bytes gzip | KB gzip |");
    console.log("|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
  } finally {
    await browser.close();
    // The server closes its embedded database on SIGTERM: its folder goes only once it has exited
    // (removed under it, the closing database failed with an unhandled rejection).
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }
}

await main();
