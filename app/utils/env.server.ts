import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Loads ./.env once (a prisma.config.ts disables Prisma's own loading, and Node does not). */
export function loadDotEnv(file = ".env") {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export function isProduction() {
  return process.env.NODE_ENV === "production";
}

/** The public origin of the app, used in emailed links and for the cross-site check. */
export function appOrigin() {
  const explicit = process.env.APP_URL?.replace(/\/$/, "");
  if (explicit) return explicit;
  const host = process.env.HOST && process.env.HOST !== "0.0.0.0" ? process.env.HOST : "localhost";
  return `http://${host}:${process.env.PORT ?? 3000}`;
}

/**
 * Cookie secrets, newest first: put a new one in front to rotate, drop the oldest later.
 * Without SESSION_SECRET (the quick start), a random secret is created once in ./data/, so
 * sessions survive restarts and no two installations share a secret.
 */
export function sessionSecrets(): string[] {
  const configured = (process.env.SESSION_SECRET ?? "").split(",").map((secret) => secret.trim()).filter(Boolean);
  if (configured.length > 0) return configured;
  cachedGeneratedSecret ??= readOrCreateGeneratedSecret();
  return [cachedGeneratedSecret];
}

let cachedGeneratedSecret: string | undefined;

function readOrCreateGeneratedSecret() {
  const file = path.resolve(process.env.SESSION_SECRET_FILE ?? "data/session-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
