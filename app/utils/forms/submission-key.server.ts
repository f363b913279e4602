// One-time submission keys (issue 10: 50 identical POSTs of the request form made 50 requests).
// Every form that creates something carries a key (<SubmissionKeyField/>); the action wraps its
// creation in onceForKey(). The first POST with a key claims it (an INSERT that only one can
// win, on PostgreSQL as on PGlite), creates, and records the redirect it answered; a replay or a
// double click waits for that answer and gives the same one, creating nothing.
import { db } from "~/utils/db.server";
import { getCurrentUser } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";
import { readForm } from "./read-form.server";

export const SUBMISSION_KEY_FIELD = "submissionKey";
const KEY_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;
/** Keys older than this are forgotten: nobody replays a form a day later on purpose. */
const KEY_LIFETIME_MS = 24 * 3600 * 1000;
/** How long a replay waits for the first submission to finish before giving up with 409. */
const WAIT_FOR_FIRST_MS = 30_000;

type KeyId = { userId: string; scope: string; key: string };

function isRedirect(response: Response) {
  return response.status >= 300 && response.status < 400 && response.headers.has("Location");
}

function replay(row: { location: string; setCookie: string | null }): Response {
  const headers = new Headers({ Location: row.location });
  for (const cookie of row.setCookie ? (JSON.parse(row.setCookie) as string[]) : [])
    headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 302, headers });
}

async function claim(id: KeyId): Promise<boolean> {
  const { count } = await db().submissionKey.createMany({ data: [id], skipDuplicates: true });
  return count === 1;
}

async function release(id: KeyId) {
  await db().submissionKey.deleteMany({ where: id });
}

/**
 * Runs `create` once per (user, scope, key). Without a key (an old page, a script) it simply
 * runs. A creation that does not end in a redirect (a refusal, a 400) frees the key, so the
 * corrected form can be sent again with it.
 */
export async function onceForKey<Result>(
  user: { id: string },
  formData: FormData,
  scope: string,
  create: () => Promise<Result>,
): Promise<Result> {
  const key = formData.get(SUBMISSION_KEY_FIELD);
  if (typeof key !== "string" || !KEY_SHAPE.test(key)) return create();
  const id: KeyId = { userId: user.id, scope, key };
  if (Math.random() < 0.02)
    await db().submissionKey.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEY_LIFETIME_MS) } } });

  const giveUpAt = Date.now() + WAIT_FOR_FIRST_MS;
  for (let pause = 20; Date.now() < giveUpAt; pause = Math.min(pause * 2, 250)) {
    if (await claim(id)) {
      let response: Result;
      try {
        response = await create();
      } catch (error) {
        await release(id);
        throw error;
      }
      if (!(response instanceof Response) || !isRedirect(response)) {
        await release(id);
        return response;
      }
      await db().submissionKey.update({
        where: { userId_scope_key: id },
        data: {
          location: response.headers.get("Location")!,
          setCookie: JSON.stringify(response.headers.getSetCookie()),
        },
      });
      return response;
    }
    const first = await db().submissionKey.findUnique({ where: { userId_scope_key: id } });
    // Thrown, as Remix allows: the action's own data type stays what the page expects.
    if (first?.location) throw replay({ location: first.location, setCookie: first.setCookie });
    // Still being handled (or just freed, then the next turn claims it).
    if (first) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  throw new Response(translate("fr", "errors.submissionReplayed"), {
    status: 409,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * An action whose creations happen once per submission key: `export const action =
 * withSubmissionKey("scope", async ({ request }) => …)`. The key is read from a copy of the
 * body, so the action reads its form as usual.
 */
export function withSubmissionKey<Args extends { request: Request }, Result>(
  scope: string,
  action: (args: Args) => Promise<Result>,
) {
  return async (args: Args): Promise<Result> => {
    const user = await getCurrentUser(args.request);
    if (!user) return action(args);
    const formData = await readForm(args.request.clone());
    return onceForKey(user, formData, scope, () => action(args));
  };
}
