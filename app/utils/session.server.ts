import crypto from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { db } from "./db.server";
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
export async function startSession(request: Request, membership: { id: string; userId: string; associationId: string }) {
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
  throw redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}

export async function findSession(request: Request) {
  const id = await readSessionId(request);
  if (!id) return null;
  const session = await db().session.findUnique({
    where: { id },
    include: { user: true, membership: { include: { association: { select: { name: true, timeZone: true } } } } },
  });
  if (!session || session.user.disabledAt) return null;
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
