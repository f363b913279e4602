import crypto from "node:crypto";
import { createCookie, redirectDocument } from "@remix-run/node";
import { db, readRows } from "./db.server";
import { isProduction, sessionSecrets } from "./env.server";
import { config } from "./config.server";

/** Absolute lifetime of a session, whatever its use: SESSION_MAX_DAYS, 30 by default. */
export function sessionMaxDays() {
  return config().SESSION_MAX_DAYS;
}

/** A session unused this long ends: SESSION_IDLE_HOURS, 8 by default (a working day). */
export function sessionIdleMs() {
  return config().SESSION_IDLE_HOURS * 3600 * 1000;
}

// lastSeenAt is written at most this often: one UPDATE per minute and session, not per request.
const LAST_SEEN_PRECISION_MS = 60 * 1000;

function sessionCookie() {
  return createCookie("qp_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction() && !config().INSECURE_COOKIES,
    path: "/",
    maxAge: sessionMaxDays() * 24 * 3600,
    secrets: sessionSecrets(),
  });
}

export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

/** A new session row on every login, so a session id planted before login is worthless after. */
export async function startSession(
  request: Request,
  membership: { id: string; userId: string; associationId: string },
) {
  const previous = await readSessionId(request);
  if (previous) await db().session.deleteMany({ where: { id: previous } });
  const session = await db().session.create({
    data: {
      id: crypto.randomBytes(32).toString("base64url"),
      userId: membership.userId,
      membershipId: membership.id,
      associationId: membership.associationId,
      expiresAt: new Date(Date.now() + sessionMaxDays() * 24 * 3600 * 1000),
      userAgent: (request.headers.get("User-Agent") ?? "").slice(0, 300),
    },
  });
  return sessionCookie().serialize(session.id);
}

export async function endSession(request: Request, redirectTo = "/connexion") {
  const id = await readSessionId(request);
  if (id) await db().session.deleteMany({ where: { id } });
  // A full page load: the next page may speak another language (ADR 023), and nothing of the
  // session stays in the page.
  throw redirectDocument(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}

/** The session with its user, membership and association: what every page needs, in one row. */
export interface SessionRow {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  name: string;
  locale: string;
  disabledAt: Date | null;
  role: "admin" | "treasurer" | "technician" | "member";
  associationId: string;
  memberId: string | null;
  isMemberAdmin: boolean;
  associationName: string;
  timeZone: string;
}

/**
 * One SQL round trip instead of Prisma's `include` (a query per relation), read once per page
 * request (request-memo.server.ts). Plain SQL outside Prisma's client: under load, Prisma's own
 * cost for this one-row read was three times the driver's (ADR 019).
 */
async function readSessionRow(id: string): Promise<SessionRow | null> {
  const rows = await readRows<SessionRow>(
    `SELECT s."id", s."expiresAt", s."lastSeenAt", u."id" AS "userId", u."email", u."name", u."locale", u."disabledAt",
            m."role"::text AS "role", m."associationId", m."memberId", m."isMemberAdmin", a."name" AS "associationName", a."timeZone"
     FROM "Session" s
     JOIN "User" u ON u."id" = s."userId"
     JOIN "Membership" m ON m."id" = s."membershipId"
     JOIN "Association" a ON a."id" = m."associationId"
     WHERE s."id" = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findSession(request: Request): Promise<SessionRow | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const session = await readSessionRow(id);
  if (!session || session.disabledAt) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() < now || session.lastSeenAt.getTime() + sessionIdleMs() < now) {
    await db().session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    await db().session.updateMany({ where: { id }, data: { lastSeenAt: new Date(now) } });
  }
  return session;
}
