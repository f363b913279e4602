import type { RouteSpec } from "../route-access";

/** Accounts: password reset, invitations, users, profile, mailbox. */
export const accountsRoutes: Record<string, RouteSpec> = {};
