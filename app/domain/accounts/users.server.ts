import { DomainError } from "~/domain/domain-error";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, readSql } from "~/utils/db.server";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import { Prisma } from "~/generated/prisma/client.ts";
import { pendingInvitationOf, pendingInvitationsSql, type PendingInvitationJson } from "./invitations.server";

type Actor = Pick<CurrentUser, "id" | "associationId">;

/** An account as the users and colleagues pages list it. */
interface UserRow {
  id: string;
  name: string;
  email: string;
  role: CurrentUser["role"];
  isMemberAdmin: boolean;
  memberName: string | null;
  disabled: boolean;
}

/**
 * SQL: the association's accounts (one organisation's when `memberId` is given) as a JSON array,
 * by role (the enum's order), then name.
 */
function accountsSql(associationId: string, memberId: string | null) {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', u."id", 'name', u."name", 'email', u."email",
      'role', ms."role", 'isMemberAdmin', ms."isMemberAdmin", 'memberName', mb."name",
      'disabled', u."disabledAt" IS NOT NULL)
      ORDER BY ms."role", u."name", u."id")
    FROM "Membership" ms
    JOIN "User" u ON u."id" = ms."userId"
    LEFT JOIN "Member" mb ON mb."id" = ms."memberId" AND mb."associationId" = ms."associationId"
    WHERE ms."associationId" = ${associationId} ${memberId ? Prisma.sql`AND ms."memberId" = ${memberId}` : Prisma.empty}
  ), '[]'::json)`;
}

/**
 * The board's page: every account of the association, its pending invitations, and the
 * organisations to invite into. One plain-SQL statement (ADR 019, eighth pass; three Prisma reads
 * before, most of the page's server time), scoped by the association.
 */
export async function usersPage(actor: Actor, now = new Date()) {
  const [page] = await readSql<{
    users: UserRow[];
    invitations: PendingInvitationJson[];
    members: { id: string; name: string }[];
  }>(
    Prisma.sql`SELECT
      ${accountsSql(actor.associationId, null)} AS "users",
      ${pendingInvitationsSql(actor.associationId, null, now)} AS "invitations",
      COALESCE((SELECT json_agg(json_build_object('id', m."id", 'name', m."name") ORDER BY m."name", m."id")
        FROM "Member" m WHERE m."associationId" = ${actor.associationId} AND m."status" <> 'LEFT'), '[]'::json) AS "members"`,
  );
  return { users: page!.users, invitations: page!.invitations.map(pendingInvitationOf), members: page!.members };
}

/**
 * A member organisation admin's page: the accounts of their own organisation only, and its pending
 * invitations. One plain-SQL statement (ADR 019, fifth pass), scoped by the association and the member.
 */
export async function colleaguesPage(actor: Actor & { memberId: string | null }, now = new Date()) {
  const memberId = orNotFound(actor.memberId);
  const [page] = await readSql<{ users: UserRow[]; invitations: PendingInvitationJson[] }>(
    Prisma.sql`SELECT
      ${accountsSql(actor.associationId, memberId)} AS "users",
      ${pendingInvitationsSql(actor.associationId, memberId, now)} AS "invitations"`,
  );
  return { users: page!.users, invitations: page!.invitations.map(pendingInvitationOf) };
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
