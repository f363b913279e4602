import { Prisma } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { localeOf } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import type { RoleName } from "~/utils/permissions";
import { notFound } from "~/utils/scope.server";
import { instantOf, isoInstantSql } from "~/utils/sql-json.server";
import { hashToken, newToken } from "~/utils/tokens.server";
import { invitationEmail } from "./account-emails";

export const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

type Actor = Pick<CurrentUser, "id" | "name" | "associationId" | "associationName">;

export interface InvitationInput {
  email: string;
  name?: string;
  role: RoleName;
  memberId?: string;
  isMemberAdmin?: boolean;
}

export type InvitationResult = { ok: true; email: string } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Invites someone into the actor's association. A member id is checked against the association
 * (another tenant's organisation answers 404). A newer invitation replaces a pending one for the
 * same address, so only the latest link works.
 */
export async function createInvitation(
  actor: Actor,
  input: InvitationInput,
  now = new Date(),
): Promise<InvitationResult> {
  const isMember = input.role === "member";
  const { token, tokenHash } = newToken();
  return db().$transaction(async (tx) => {
    const member = isMember
      ? await tx.member.findFirst({
          where: { id: input.memberId ?? "", associationId: actor.associationId },
          select: { id: true, name: true },
        })
      : null;
    if (isMember && !member) notFound();
    const taken = await tx.membership.findFirst({
      where: { associationId: actor.associationId, user: { email: input.email } },
      select: { id: true },
    });
    if (taken) return { ok: false, fieldErrors: { email: ["errors.emailTaken"] } };

    await tx.invitation.updateMany({
      where: { associationId: actor.associationId, email: input.email, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        associationId: actor.associationId,
        email: input.email,
        name: input.name ?? "",
        role: input.role,
        memberId: member?.id ?? null,
        isMemberAdmin: isMember && Boolean(input.isMemberAdmin),
        tokenHash,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
        invitedById: actor.id,
      },
    });
    // Someone who already has an account reads their own language; a newcomer the association's.
    const [existingUser, association] = await Promise.all([
      tx.user.findUnique({ where: { email: input.email }, select: { locale: true } }),
      tx.association.findUniqueOrThrow({ where: { id: actor.associationId }, select: { defaultLocale: true } }),
    ]);
    await enqueueEmail(
      tx,
      invitationEmail({
        locale: localeOf(existingUser?.locale ?? association.defaultLocale),
        email: input.email,
        name: input.name ?? "",
        associationName: actor.associationName,
        inviterName: actor.name,
        role: input.role,
        memberName: member?.name ?? null,
        link: `${appOrigin()}/invitation/${token}`,
      }),
      { associationId: actor.associationId, dedupeKey: `invitation:${invitation.id}`, urgent: true },
    );
    await recordAudit(tx, actor, {
      action: "invitation.create",
      entityType: "Invitation",
      entityId: invitation.id,
      after: {
        email: input.email,
        role: input.role,
        memberId: invitation.memberId,
        isMemberAdmin: invitation.isMemberAdmin,
      },
    });
    return { ok: true, email: input.email };
  });
}

export interface PendingInvitationJson {
  id: string;
  email: string;
  name: string;
  role: RoleName;
  expiresAt: string;
  member: { name: string } | null;
}

/**
 * SQL: the invitations not yet accepted nor expired (one organisation's when `memberId` is given),
 * newest first, as a JSON array for a page's own statement (ADR 019, fifth pass);
 * `pendingInvitationOf` revives each. `now` is the app's clock, never the database's.
 */
export function pendingInvitationsSql(associationId: string, memberId: string | null, now: Date) {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', i."id", 'email', i."email", 'name', i."name",
      'role', i."role", 'expiresAt', ${Prisma.raw(isoInstantSql(`i."expiresAt"`))},
      'member', (SELECT json_build_object('name', mb."name") FROM "Member" mb
        WHERE mb."id" = i."memberId" AND mb."associationId" = i."associationId"))
      ORDER BY i."createdAt" DESC, i."id" DESC)
    FROM "Invitation" i
    WHERE i."associationId" = ${associationId} ${memberId ? Prisma.sql`AND i."memberId" = ${memberId}` : Prisma.empty}
      AND i."acceptedAt" IS NULL AND i."expiresAt" > (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')), '[]'::json)`;
}

export const pendingInvitationOf = (invitation: PendingInvitationJson) => ({
  ...invitation,
  expiresAt: instantOf(invitation.expiresAt),
});

/** What the invitation page shows; null when the link is unknown, used or expired. */
export async function findUsableInvitation(token: string, now = new Date()) {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      acceptedAt: true,
      expiresAt: true,
      association: { select: { name: true } },
      member: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return null;
  const existingUser = await db().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    associationName: invitation.association.name,
    memberName: invitation.member?.name ?? null,
    hasAccount: Boolean(existingUser),
  };
}

export type AcceptInput =
  { kind: "new"; name: string; password: string; locale: "fr" | "en" } | { kind: "existing"; password: string };

export type AcceptResult =
  | { ok: true; membership: { id: string; userId: string; associationId: string; role: RoleName } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "field"; fieldErrors: Record<string, string[]> };

/**
 * Accepts an invitation: creates the account (or proves ownership of the existing one with its
 * password), then the membership. The invitation is claimed with a conditional update inside the
 * same transaction, so a link works once even under concurrent submissions.
 */
export async function acceptInvitation(token: string, input: AcceptInput, now = new Date()): Promise<AcceptResult> {
  const tokenHash = hashToken(token);
  const invitation = await db().invitation.findUnique({ where: { tokenHash } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return { ok: false, reason: "invalid" };
  const existing = await db().user.findUnique({
    where: { email: invitation.email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  if (existing) {
    if (input.kind !== "existing")
      return { ok: false, reason: "field", fieldErrors: { "": ["invite.accept.hasAccount"] } };
    const ok = await verifyPassword(existing.passwordHash, input.password);
    if (!ok || existing.disabledAt)
      return { ok: false, reason: "field", fieldErrors: { password: ["invite.accept.wrongPassword"] } };
  } else if (input.kind !== "new") {
    return { ok: false, reason: "field", fieldErrors: { "": ["errors.generic"] } };
  }
  const passwordHash = input.kind === "new" ? await hashPassword(input.password) : null;

  return db().$transaction(async (tx): Promise<AcceptResult> => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return { ok: false, reason: "invalid" };
    const userId =
      existing?.id ??
      (
        await tx.user.create({
          data: {
            email: invitation.email,
            name: input.kind === "new" ? input.name : invitation.name,
            passwordHash,
            locale: input.kind === "new" ? input.locale : "fr",
          },
          select: { id: true },
        })
      ).id;
    const already = await tx.membership.findUnique({
      where: { associationId_userId: { associationId: invitation.associationId, userId } },
    });
    if (already) return { ok: false, reason: "invalid" };
    const membership = await tx.membership.create({
      data: {
        associationId: invitation.associationId,
        userId,
        role: invitation.role,
        memberId: invitation.role === "member" ? invitation.memberId : null,
        isMemberAdmin: invitation.role === "member" && invitation.isMemberAdmin,
      },
      select: { id: true, userId: true, associationId: true, role: true },
    });
    await recordAudit(
      tx,
      { id: userId, associationId: invitation.associationId },
      {
        action: "invitation.accept",
        entityType: "Invitation",
        entityId: invitation.id,
        after: { membershipId: membership.id, role: membership.role },
      },
    );
    return { ok: true, membership };
  });
}
