import type { CurrentUser } from "./auth.server";

/**
 * The one place tenant and member scoping is decided. Every query on a tenant-owned model
 * spreads `scopeOf(user)` into its `where`: staff see their association, member users only
 * their own organisation. A row outside the scope is simply not found (404), never "forbidden",
 * so ids of other tenants reveal nothing.
 */
export function scopeOf(user: Pick<CurrentUser, "associationId" | "role" | "memberId">) {
  if (user.role === "member") {
    if (!user.memberId) throw new Error("Un compte membre doit être rattaché à une structure.");
    return { associationId: user.associationId, memberId: user.memberId };
  }
  return { associationId: user.associationId };
}

/** Scope for models that carry only associationId (no memberId column). Staff only. */
export function associationScopeOf(user: Pick<CurrentUser, "associationId">) {
  return { associationId: user.associationId };
}

/**
 * A 404 says nothing itself: the error page and the downloads say it in the reader's language from the
 * status alone (route-error-card.tsx, downloadOrRefusal), so no French sentence travels with it.
 */
export function notFound(): never {
  throw new Response(null, { status: 404 });
}

/** Throws 404 when a scoped lookup found nothing. */
export function orNotFound<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) notFound();
  return row;
}
