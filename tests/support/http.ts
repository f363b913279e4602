// Builds requests for calling route loaders and actions directly, as Remix would.
import { db } from "../../app/utils/db.server";
import { startSession } from "../../app/utils/session.server";

export const BASE = "http://localhost:3000";

/** A session cookie for this user, as if they had just logged in. */
export async function sessionCookieFor(email: string) {
  const user = await db().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  const setCookie = await startSession(new Request(BASE), { ...user.memberships[0], userId: user.id });
  return setCookie.split(";")[0];
}

export function getRequest(path: string, cookie?: string) {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function postRequest(path: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

/** Runs a loader or action and returns the Response, whether it was returned or thrown. */
export async function respond(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    if (isDataWithInit(result)) return Response.json(result.data, result.init ?? {});
    return Response.json(result);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

// Remix's data() helper wraps its value with a status and headers.
function isDataWithInit(result: unknown): result is { data: unknown; init: ResponseInit | null } {
  return Boolean(result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit");
}

export async function statusOf(run: () => Promise<unknown>) {
  try {
    const result = await run();
    if (result instanceof Response) return result.status;
    if (isDataWithInit(result)) return result.init?.status ?? 200;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}
