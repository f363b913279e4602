// The one place that reads the environment (issue 13). Each variable is declared once, with its
// default and what it accepts; a bad value stops the server at start-up with a message naming the
// variable (e.g. OUTBOX_CONCURRENCY=abc used to give 0 worker lanes and silently stop all e-mail).
// Documented in the README, "Configuration".
import { z } from "zod";
import { memoSyncForRequest } from "./request-memo.server";

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { message: "attendu : true ou false" })
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "yes"].includes(value)));

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        context.addIssue({ code: "custom", message: `attendu : un nombre entier entre ${min} et ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const positive = (fallback: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return fallback;
      const parsed = Number(value);
      if (!Number.isFinite(parsed) || parsed <= 0 || parsed > max) {
        context.addIssue({ code: "custom", message: `attendu : un nombre positif, au plus ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const url = (protocols: string[], example: string) =>
  optionalText.refine(
    (value) => value === undefined || (URL.canParse(value) && protocols.includes(new URL(value).protocol)),
    {
      message: `attendu : une adresse ${protocols.join(" ou ")}//…, par exemple ${example}`,
    },
  );

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { message: "attendu : development, production ou test" })
    .default("development"),
  PORT: integer(3000, 1, 65535),
  HOST: optionalText,
  APP_URL: url(["http:", "https:"], "https://quote-part.example.org"),
  TRUST_PROXY: flag(false),
  // postgres://… for a PostgreSQL server; file:folder for the embedded database in that folder.
  DATABASE_URL: url(["postgres:", "postgresql:", "file:"], "postgres://quote_part@127.0.0.1:5432/quote_part"),
  DATABASE_POOL_SIZE: integer(10, 1, 200),
  PGLITE_DIR: z.string().default("data/pglite"),
  SESSION_SECRET: optionalText,
  SESSION_SECRET_FILE: z.string().default("data/session-secret"),
  SESSION_MAX_DAYS: positive(30, 3650),
  SESSION_IDLE_HOURS: positive(8, 24 * 365),
  INSECURE_COOKIES: flag(false),
  SMTP_URL: url(["smtp:", "smtps:"], "smtp://utilisateur:motdepasse@smtp.example.org:587"),
  MAIL_FROM: z.string().default("Quote-part <no-reply@quote-part.test>"),
  MAIL_DIR: z.string().default("data/mail"),
  OUTBOX_WORKER: flag(true),
  OUTBOX_INTERVAL_MS: integer(2000, 50, 3_600_000),
  OUTBOX_CONCURRENCY: integer(3, 1, 32),
  SEED_DEMO: flag(true),
  SHOW_DEMO_ACCOUNTS: flag(true),
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_WEBHOOK_SECRET: optionalText,
  STRIPE_API_HOST: optionalText,
  STRIPE_API_PORT: optionalText,
  STRIPE_API_PROTOCOL: z.enum(["http", "https"], { message: "attendu : http ou https" }).optional(),
  EINVOICING_SECRET_KEY: optionalText,
  // The page benchmark's SQL round-trip counter (app/utils/query-count.server.ts); off in production.
  QP_COUNT_QUERIES: flag(false),
  // How often the worker asks the plateforme agréée and Chorus Pro for statuses no webhook announced.
  PA_POLL_MINUTES: integer(15, 1, 24 * 60),
});

export type Config = z.infer<typeof schema>;
const variables = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

/** The configuration is invalid: `problems` names each variable, its value and what it accepts. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** Parses an environment (process.env by default); throws ConfigError listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (`PORT=` in a .env) means "not set", as the shells and dotenv users expect.
  const given = Object.fromEntries(variables.map((name) => [name, env[name] === "" ? undefined : env[name]]));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} = « ${String(env[name])} » : ${issue.message}`;
    }),
  );
}

let cached: { key: string; config: Config } | undefined;

/**
 * The current configuration. Re-read only when a variable changed (tests set some, e.g. SMTP_URL),
 * and looked at once per page request: each look reads every variable of process.env, and the
 * session, toast and root loader helpers call this about ten times per page (1.5 % of a page's server
 * time under load, ADR 019). A change between two requests is still seen by the next one.
 */
export function config(): Config {
  return memoSyncForRequest("config", currentConfig);
}

function currentConfig(): Config {
  const key = variables.map((name) => process.env[name] ?? "").join("\u0000");
  if (cached?.key !== key) cached = { key, config: parseConfig() };
  return cached.config;
}
