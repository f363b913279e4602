import { db } from "~/utils/db.server";
import { appOrigin } from "~/utils/env.server";
import { localeOf } from "~/utils/i18n";
import { enqueueEmail, enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { hashPassword } from "~/utils/password.server";
import { consumePasswordResetAttempt, type Throttle } from "~/utils/rate-limit.server";
import { hashToken, newToken } from "~/utils/tokens.server";
import { passwordResetEmail } from "./account-emails";

export const RESET_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

export const PASSWORD_RESET_JOB = "password-reset";

/**
 * Asks for a reset link. Known, unknown and disabled addresses take exactly the same path here:
 * one outbox job with the address (issue 10: the lookup and the token made a known address answer
 * 12 ms slower). The worker does the rest (sendPasswordReset below).
 */
export async function requestPasswordReset(
  email: string,
  options: { ip?: string; now?: Date } = {},
): Promise<Throttle> {
  const { ip = "unknown", now = new Date() } = options;
  const throttle = await consumePasswordResetAttempt(email, ip);
  if (!throttle.allowed) return throttle;
  await enqueueJob(db(), PASSWORD_RESET_JOB, { email, requestedAt: now.toISOString() }, { urgent: true });
  return throttle;
}

/** The outbox job: a link for an active account, nothing for anyone else. */
export async function sendPasswordReset(payload: { email: string; requestedAt: string }) {
  const user = await db().user.findUnique({
    where: { email: payload.email },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      disabledAt: true,
      memberships: { select: { associationId: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  if (!user || user.disabledAt) return;
  const { token, tokenHash } = newToken();
  // The hour runs from the request, not from when the worker got to it.
  const expiresAt = new Date(new Date(payload.requestedAt).getTime() + RESET_TOKEN_LIFETIME_MS);
  await db().$transaction(async (tx) => {
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
    await enqueueEmail(
      tx,
      passwordResetEmail({ ...user, locale: localeOf(user.locale) }, `${appOrigin()}/reinitialiser/${token}`),
      {
        // Filed under the user's (first) association, so that board's development mailbox shows it.
        associationId: user.memberships[0]?.associationId ?? null,
        dedupeKey: `password-reset:${tokenHash}`,
        urgent: true,
      },
    );
  });
}

registerOutboxHandler(PASSWORD_RESET_JOB, (payload) =>
  sendPasswordReset(payload as { email: string; requestedAt: string }),
);

/** The token's row if the link can still be used: unused, unexpired, for an active account. */
export async function findUsableResetToken(token: string, now = new Date()) {
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, disabledAt: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  return { id: row.id, userId: row.userId, email: row.user.email };
}

/**
 * Sets the new password and burns the token. The token is claimed with a conditional update, so
 * two submissions racing on the same link cannot both succeed. Every session of the account is
 * ended: whoever knew the old password is logged out.
 */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<{ ok: boolean }> {
  const usable = await findUsableResetToken(token, now);
  if (!usable) return { ok: false };
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: usable.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return { ok: false };
    await tx.user.update({ where: { id: usable.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: usable.userId } });
    // Other links sent earlier would otherwise still let someone set the password again.
    await tx.passwordResetToken.updateMany({ where: { userId: usable.userId, usedAt: null }, data: { usedAt: now } });
    return { ok: true };
  });
}
