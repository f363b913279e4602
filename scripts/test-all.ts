// `npm test`: everything CI checks, in order, stopping at the first failing step:
// typecheck → lint → formatting → unit → integration on PGlite → integration on PostgreSQL (when
// TEST_DATABASE_URL is set) → build → browser tests. Ends with one summary line of test counts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.resolve("tests/.artifacts/reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

function run(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} a échoué (${seconds} s).`);
    return false;
  }
  console.log(`✓ ${title} (${seconds} s)`);
  return true;
}

function countVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
  skipped += report.stats.skipped;
}

const vitest = (project: string, report: string, env: Record<string, string> = {}) =>
  run(
    `Tests ${project}${env.TEST_DB ? ` (${env.TEST_DB})` : ""}`,
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env,
  );

const steps: Array<() => boolean> = [
  () => run("Vérification des types (tsc)", "npx", ["tsc"]),
  () => run("Lint (eslint)", "npx", ["eslint", "--max-warnings=0", "."]),
  () => run("Mise en forme (prettier, 120 colonnes)", "npx", ["prettier", "--check", "."]),
  () => {
    const ok = vitest("unit", path.join(reports, "unit.json"));
    countVitest(path.join(reports, "unit.json"));
    return ok;
  },
  () => {
    const ok = vitest("integration", path.join(reports, "integration-pglite.json"), { TEST_DB: "pglite" });
    countVitest(path.join(reports, "integration-pglite.json"));
    return ok;
  },
  () => {
    if (!process.env.TEST_DATABASE_URL) {
      console.log(
        "\n━━ Tests integration (postgres) ━━\nTEST_DATABASE_URL n'est pas défini : les tests sur PostgreSQL ne sont pas lancés.",
      );
      return true;
    }
    const ok = vitest("integration", path.join(reports, "integration-postgres.json"), { TEST_DB: "postgres" });
    countVitest(path.join(reports, "integration-postgres.json"));
    return ok;
  },
  () => run("Build de production", "npm", ["run", "build"]),
  () => {
    const report = path.join(reports, "e2e.json");
    const ok = run("Tests navigateur (Playwright + Chromium)", "npx", ["playwright", "test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    countPlaywright(report);
    return ok;
  },
];

let allOk = true;
for (const step of steps) {
  if (!step()) {
    allOk = false;
    break;
  }
}
if (!allOk && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(allOk ? 0 : 1);
