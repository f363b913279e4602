import { db } from "~/utils/db.server";
import { verifyPassword } from "~/utils/password.server";
import { checkLoginThrottle, clearLoginFailures, recordLoginFailure } from "~/utils/rate-limit.server";

export type LoginResult =
  | {
      ok: true;
      membership: {
        id: string;
        userId: string;
        associationId: string;
        role: "admin" | "treasurer" | "technician" | "member";
      };
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function authenticate(email: string, password: string, ip: string): Promise<LoginResult> {
  const throttle = await checkLoginThrottle(email, ip);
  if (!throttle.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await db().user.findUnique({
    where: { email },
    include: { memberships: { orderBy: { createdAt: "asc" }, take: 1 } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const membership = user?.memberships[0];
  if (!user || !passwordOk || user.disabledAt || !membership) {
    await recordLoginFailure(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearLoginFailures(email, ip);
  return { ok: true, membership };
}
