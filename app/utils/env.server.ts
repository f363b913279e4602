import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "./config.server";

/** Loads ./.env once (a prisma.config.ts disables Prisma's own loading, and Node does not). */
export function loadDotEnv(file = ".env") {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export function isProduction() {
  return config().NODE_ENV === "production";
}

/** The public origin of the app, used in emailed links and for the cross-site check. */
export function appOrigin() {
  const { APP_URL, HOST, PORT } = config();
  if (APP_URL) return APP_URL.replace(/\/$/, "");
  const host = HOST && HOST !== "0.0.0.0" ? HOST : "localhost";
  return `http://${host}:${PORT}`;
}

/**
 * Cookie secrets, newest first: put a new one in front to rotate, drop the oldest later.
 * Without SESSION_SECRET (the quick start), a random secret is created once in ./data/, so
 * sessions survive restarts and no two installations share a secret.
 */
export function sessionSecrets(): string[] {
  const configured = (config().SESSION_SECRET ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (configured.length > 0) return configured;
  cachedGeneratedSecret ??= readOrCreateGeneratedSecret();
  return [cachedGeneratedSecret];
}

let cachedGeneratedSecret: string | undefined;

function readOrCreateGeneratedSecret() {
  const file = path.resolve(config().SESSION_SECRET_FILE);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
