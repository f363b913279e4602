import { redirect } from "@remix-run/node";
import { can, type Permission, type RoleName } from "./permissions";
import { memoForRequest } from "./request-memo.server";
import { findSession } from "./session.server";
import { localeOf } from "./i18n";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: "fr" | "en";
  role: RoleName;
  associationId: string;
  associationName: string;
  timeZone: string;
  /** Set for member users: the organisation they belong to. */
  memberId: string | null;
  isMemberAdmin: boolean;
  sessionId: string;
}

/** The signed-in user, read once per page request (the root and the page loaders share it). */
export function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  return memoForRequest("current-user", () => readCurrentUser(request));
}

async function readCurrentUser(request: Request): Promise<CurrentUser | null> {
  const session = await findSession(request);
  if (!session) return null;
  return {
    id: session.userId,
    email: session.email,
    name: session.name,
    locale: localeOf(session.locale),
    role: session.role,
    associationId: session.associationId,
    associationName: session.associationName,
    timeZone: session.timeZone,
    memberId: session.memberId,
    isMemberAdmin: session.isMemberAdmin,
    sessionId: session.id,
  };
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(redirectTo)}`);
  }
  return user;
}

/** The first line of every protected loader and action. */
export async function requireUserWithPermission(request: Request, permission: Permission): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!can(user.role, permission, { isMemberAdmin: user.isMemberAdmin })) {
    throw new Response("Vous n'avez pas accès à cette page.", { status: 403 });
  }
  return user;
}
