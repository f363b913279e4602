import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./db.server";
import { singleton } from "./singleton.server";

// rate-limiter-flexible's Postgres store, talking through our Prisma client so the same code
// serves PGlite and PostgreSQL. Its table (rate_limits) is created by our migrations.
const prismaAsPgClient = {
  async query(query: { text: string; values?: unknown[] }) {
    const values = query.values ?? [];
    if (!/\b(SELECT|RETURNING)\b/i.test(query.text)) {
      return { rows: [], rowCount: await db().$executeRawUnsafe(query.text, ...values) };
    }
    const rows = await db().$queryRawUnsafe<Record<string, unknown>[]>(query.text, ...values);
    // The store does arithmetic on `expire` (bigint); Prisma returns BigInt, pg a string.
    const plainRows = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
    );
    return { rows: plainRows, rowCount: plainRows.length };
  },
};

function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  return singleton(
    `rate-limiter:${keyPrefix}`,
    () =>
      new RateLimiterPostgres({
        storeClient: prismaAsPgClient,
        storeType: "client",
        tableName: "rate_limits",
        tableCreated: true,
        // Its own cleanup timer would keep short-lived processes (tests, scripts) alive.
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration: durationSeconds,
      }),
  );
}

// Login: 5 failures per account and address per 15 minutes, 50 per address (shared offices).
const loginPerAccount = () => limiter("login-account", 5, 15 * 60);
const loginPerAddress = () => limiter("login-ip", 50, 15 * 60);

export interface Throttle {
  allowed: boolean;
  retryAfterSeconds: number;
}

function isLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === "object" && value !== null && "msBeforeNext" in value;
}

export async function checkLoginThrottle(email: string, ip: string): Promise<Throttle> {
  const [account, address] = await Promise.all([
    loginPerAccount().get(`${email.toLowerCase()}|${ip}`),
    loginPerAddress().get(ip),
  ]);
  const blocked = [
    account && account.consumedPoints >= 5 ? account : null,
    address && address.consumedPoints >= 50 ? address : null,
  ].filter(Boolean) as RateLimiterRes[];
  if (blocked.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000) };
}

export async function recordLoginFailure(email: string, ip: string) {
  await Promise.all([
    loginPerAccount().penalty(`${email.toLowerCase()}|${ip}`, 1).catch(ignoreLimitReached),
    loginPerAddress().penalty(ip, 1).catch(ignoreLimitReached),
  ]);
}

export async function clearLoginFailures(email: string, ip: string) {
  await loginPerAccount().delete(`${email.toLowerCase()}|${ip}`);
}

// Reset emails: 3 per address per hour, 20 per client address, so the form cannot flood an inbox.
const resetPerEmail = () => limiter("reset-email", 3, 60 * 60);
const resetPerAddress = () => limiter("reset-ip", 20, 60 * 60);

/** Counts one password-reset request; refuses beyond the limits, whether the account exists or not. */
export async function consumePasswordResetAttempt(email: string, ip: string): Promise<Throttle> {
  try {
    await resetPerAddress().consume(ip);
    await resetPerEmail().consume(email.toLowerCase());
    return { allowed: true, retryAfterSeconds: 0 };
  } catch (error) {
    if (!isLimiterRes(error)) throw error;
    return { allowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
  }
}

function ignoreLimitReached(error: unknown) {
  if (!isLimiterRes(error)) throw error;
}

/** The client's address, set by the HTTP server from the socket (or the proxy when TRUST_PROXY=true). */
export function clientAddress(request: Request) {
  return request.headers.get("X-Quote-Part-Remote-Address") ?? "unknown";
}
