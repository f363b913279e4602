import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.server";

describe("configuration from the environment", () => {
  it("has a default for every variable, and an empty value means unset", () => {
    const config = parseConfig({ PORT: "", OUTBOX_CONCURRENCY: "" });
    expect(config.PORT).toBe(3000);
    expect(config.OUTBOX_CONCURRENCY).toBe(3);
    expect(config.SESSION_IDLE_HOURS).toBe(8);
    expect(config.SESSION_MAX_DAYS).toBe(30);
    expect(config.OUTBOX_WORKER).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("reads what is given", () => {
    const config = parseConfig({
      PORT: "8080",
      OUTBOX_CONCURRENCY: "5",
      SESSION_IDLE_HOURS: "0.5",
      OUTBOX_WORKER: "false",
      DATABASE_URL: "postgres://u@db:5432/qp",
      SMTP_URL: "smtps://u:p@mail.example.org:465",
    });
    expect(config).toMatchObject({
      PORT: 8080,
      OUTBOX_CONCURRENCY: 5,
      SESSION_IDLE_HOURS: 0.5,
      OUTBOX_WORKER: false,
      DATABASE_URL: "postgres://u@db:5432/qp",
    });
  });

  it("names every bad variable, its value and what it accepts", () => {
    let error: unknown;
    try {
      parseConfig({
        OUTBOX_CONCURRENCY: "abc",
        PORT: "99999",
        DATABASE_URL: "mysql://x",
        OUTBOX_WORKER: "peut-être",
        NODE_ENV: "prod",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toContain("OUTBOX_CONCURRENCY = « abc » : attendu : un nombre entier entre 1 et 32");
    expect(problems).toContain("PORT = « 99999 » : attendu : un nombre entier entre 1 et 65535");
    expect(problems.find((problem) => problem.startsWith("DATABASE_URL = « mysql://x »"))).toMatch(/postgres:/);
    expect(problems.find((problem) => problem.startsWith("OUTBOX_WORKER"))).toContain("true ou false");
    expect(problems.find((problem) => problem.startsWith("NODE_ENV"))).toContain("production");
    expect(problems).toHaveLength(5);
  });

  it("stops the server at start-up with that message (OUTBOX_CONCURRENCY=abc used to stop all e-mail silently)", () => {
    const run = spawnSync("npx", ["tsx", "scripts/serve.ts"], {
      env: {
        ...process.env,
        OUTBOX_CONCURRENCY: "abc",
        PORT: "3999",
        DATABASE_URL: "",
        PGLITE_DIR: "/nonexistent/never-opened",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Configuration invalide");
    expect(run.stderr).toContain("OUTBOX_CONCURRENCY = « abc » : attendu : un nombre entier entre 1 et 32");
  }, 60_000);
});
