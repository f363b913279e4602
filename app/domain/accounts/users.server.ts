import { DomainError } from "~/domain/domain-error";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import { Prisma } from "~/generated/prisma/client.ts";
import { readSql } from "~/utils/db.server";
import {
  listPendingInvitations,
  pendingInvitationOf,
  pendingInvitationsSql,
  type PendingInvitationJson,
} from "./invitations.server";

type Actor = Pick<CurrentUser, "id" | "associationId">;

const userRow = {
  id: true,
  role: true,
  isMemberAdmin: true,
  member: { select: { id: true, name: true } },
  user: { select: { id: true, name: true, email: true, disabledAt: true } },
} as const;

/** The board's page: every account of the association, its pending invitations, and the organisations to invite into. */
export async function usersPage(actor: Actor) {
  const [memberships, invitations, members] = await Promise.all([
    db().membership.findMany({
      where: associationScopeOf(actor),
      select: userRow,
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    }),
    listPendingInvitations(actor.associationId),
    db().member.findMany({
      where: { ...associationScopeOf(actor), status: { not: "LEFT" } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { users: memberships.map(toUserRow), invitations, members };
}

/**
 * A member organisation admin's page: the accounts of their own organisation only, and its pending
 * invitations. One plain-SQL statement (ADR 019, fifth pass), scoped by the association and the member.
 */
export async function colleaguesPage(actor: Actor & { memberId: string | null }, now = new Date()) {
  const memberId = orNotFound(actor.memberId);
  const [page] = await readSql<{ users: ReturnType<typeof toUserRow>[]; invitations: PendingInvitationJson[] }>(
    Prisma.sql`SELECT
      COALESCE((SELECT json_agg(json_build_object('id', u."id", 'name', u."name", 'email', u."email", 'role', ms."role",
          'isMemberAdmin', ms."isMemberAdmin", 'memberName', mb."name", 'disabled', u."disabledAt" IS NOT NULL)
          ORDER BY u."name", u."id")
        FROM "Membership" ms
        JOIN "User" u ON u."id" = ms."userId"
        LEFT JOIN "Member" mb ON mb."id" = ms."memberId" AND mb."associationId" = ms."associationId"
        WHERE ms."associationId" = ${actor.associationId} AND ms."memberId" = ${memberId}), '[]'::json) AS "users",
      ${pendingInvitationsSql(actor.associationId, memberId, now)} AS "invitations"`,
  );
  return { users: page!.users, invitations: page!.invitations.map(pendingInvitationOf) };
}

function toUserRow(membership: {
  role: CurrentUser["role"];
  isMemberAdmin: boolean;
  member: { id: string; name: string } | null;
  user: { id: string; name: string; email: string; disabledAt: Date | null };
}) {
  return {
    id: membership.user.id,
    name: membership.user.name,
    email: membership.user.email,
    role: membership.role,
    isMemberAdmin: membership.isMemberAdmin,
    memberName: membership.member?.name ?? null,
    disabled: membership.user.disabledAt !== null,
  };
}

/**
 * Disables or re-enables an account of the actor's association (404 for anyone else). Disabling
 * ends every session at once. The flag is on the user, so it applies to all their associations:
 * the schema has no per-membership switch. Nobody disables their own account (409): the association
 * could be left without anyone to re-enable it.
 */
export async function setUserDisabled(
  actor: Actor,
  userId: string,
  disabled: boolean,
  now = new Date(),
): Promise<{ email: string }> {
  if (userId === actor.id) throw new DomainError({ code: "SELF", status: 409, key: "users.notYourself" });
  return db().$transaction(async (tx) => {
    const membership = orNotFound(
      await tx.membership.findFirst({
        where: { ...associationScopeOf(actor), userId },
        select: { user: { select: { email: true, disabledAt: true } } },
      }),
    );
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? (membership.user.disabledAt ?? now) : null },
    });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: userId,
      before: { disabledAt: membership.user.disabledAt?.toISOString() ?? null },
    });
    return { email: membership.user.email };
  });
}
