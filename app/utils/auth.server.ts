import { redirect } from "@remix-run/node";
import { can, type Permission, type RoleName } from "./permissions";
import { findSession } from "./session.server";

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

export async function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  const session = await findSession(request);
  if (!session) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    locale: session.user.locale === "en" ? "en" : "fr",
    role: session.membership.role,
    associationId: session.membership.associationId,
    associationName: session.membership.association.name,
    timeZone: session.membership.association.timeZone,
    memberId: session.membership.memberId,
    isMemberAdmin: session.membership.isMemberAdmin,
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
