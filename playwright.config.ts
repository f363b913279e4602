// Browser tests (tests/e2e). They run against the ALREADY BUILT app: run `npm run build` first
// (`npm test` does it before calling `playwright test`). The server below starts on its own port
// with a fresh embedded database, so a developer's ./data/ and a running `npm start` are untouched.
//
// Chromium comes from Debian (`apt-get install chromium`), not from `playwright install`: the
// machines reach no browser download site. CHROMIUM_PATH overrides where it is.
import { defineConfig } from "@playwright/test";
import { E2E_CLOCK } from "./tests/e2e/support/clock";

const port = Number(process.env.E2E_PORT ?? 3210);
const artifacts = "tests/.artifacts";
const databaseDir = `${artifacts}/e2e-pglite`;
const mailDir = `${artifacts}/e2e-mail`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `${artifacts}/test-results`,
  // 2-core machines: one browser at a time keeps the server and the browser out of each other's way.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // One retry, reported as "flaky" in npm test's summary, never hidden. It was added while
  // offline-visit.phone.spec.ts failed one run in four ("Saisie incomplète : {details}"): a stop
  // tapped ahead of the server's clock was clamped to under a minute, and the server's "discarded"
  // came back as a refusal with no text. Both are fixed (the journey's phone clock starts behind the
  // server's; the sync answers "discarded" with its sentence), and the retry stays as a safety net
  // for a slow CI machine. A journey that left data behind fails its retry too: it is no cover.
  retries: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Journeys share one server and database, so each runs in one project only, chosen by its name:
    // `*.phone.spec.ts` at 360 px with touch (the technician's), `*.desktop.spec.ts` at 1280 px
    // (everyone else's); login.spec.ts runs in both.
    {
      name: "phone",
      testMatch: ["login.spec.ts", "**/*.phone.spec.ts"],
      use: {
        browserName: "chromium",
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
    {
      name: "desktop",
      testMatch: ["login.spec.ts", "**/*.desktop.spec.ts"],
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
  ],
  // Started in this order, each once it answers: the fake Stripe first, because the demo seed runs
  // at the app's start and pays one invoice by card against it (prisma/seed-card-payment.ts).
  webServer: [
    {
      command: "npx tsx tests/support/fake-stripe-server.ts",
      port: port + 89,
      env: {
        FAKE_STRIPE_PORT: String(port + 89),
        FAKE_STRIPE_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/stripe`,
        FAKE_STRIPE_WEBHOOK_SECRET: "whsec_test",
        QUOTE_PART_CLOCK: E2E_CLOCK,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `rm -rf ${databaseDir} ${mailDir} && npx tsx scripts/serve.ts`,
      url: `http://127.0.0.1:${port}/healthz`,
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        PGLITE_DIR: databaseDir,
        MAIL_DIR: mailDir,
        SEED_DEMO: "true",
        // Every journey runs on the same known working day (tests/e2e/support/clock.ts).
        QUOTE_PART_CLOCK: E2E_CLOCK,
        OUTBOX_WORKER: "true",
        SESSION_SECRET: "e2e-session-secret-not-for-production-0123456789",
        APP_URL: `http://127.0.0.1:${port}`,
        // A DATABASE_URL from the developer's shell would point the test server at a real database.
        DATABASE_URL: "",
        // Online payment (and the demo's card payment) against the fake Stripe above, on port E2E_PORT + 89.
        STRIPE_SECRET_KEY: "sk_test_fake",
        STRIPE_WEBHOOK_SECRET: "whsec_test",
        STRIPE_API_HOST: "127.0.0.1",
        STRIPE_API_PORT: String(port + 89),
        STRIPE_API_PROTOCOL: "http",
        // Chorus Pro's statuses are searched every minute, not every 15, so its journey sees one change.
        PA_POLL_MINUTES: "1",
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
