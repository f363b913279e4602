import crypto from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { db } from "./db.server";
import { isProduction, sessionSecrets } from "./env.server";

const SESSION_DAYS = 30;

function sessionCookie() {
  return createCookie("qp_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction() && process.env.INSECURE_COOKIES !== "true",
    path: "/",
    maxAge: SESSION_DAYS * 24 * 3600,
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
      expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000),
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
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return null;
  return session;
}
