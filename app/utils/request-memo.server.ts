import { AsyncLocalStorage } from "node:async_hooks";
import { singleton } from "./singleton.server";

/**
 * What one page request has already read, shared by its loaders: the root loader and the page's
 * loader both need the current user, and each would otherwise read the session again.
 *
 * Only GET and HEAD requests get a memo (scripts/http-pipeline.ts): an action may change what it
 * read (log out, switch language), and a POST without JavaScript runs the loaders in the same
 * request. The memo dies with the request, so logging out or disabling a user takes effect on the
 * very next request; nothing is cached between requests.
 *
 * One store per process (singleton): the server script and the built server bundle each load
 * their own copy of this module.
 */
const storage = () => singleton("request-memo", () => new AsyncLocalStorage<Map<string, unknown>>());

export function runWithRequestMemo<T>(work: () => T): T {
  return storage().run(new Map(), work);
}

/** `compute()` once per request under `key`; outside a memoised request (tests, scripts), every call computes. */
export function memoForRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = storage().getStore();
  if (!memo) return compute();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/** The same for a value computed synchronously (the configuration, read by several helpers per request). */
export function memoSyncForRequest<T>(key: string, compute: () => T): T {
  const memo = storage().getStore();
  if (!memo) return compute();
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}
