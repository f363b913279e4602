// One instance per process, even when Vite reloads modules or the server bundle and a script
// both import this file: two PGlite instances on one directory would corrupt it.
export function singleton<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as { __quotePartSingletons?: Map<string, unknown> };
  store.__quotePartSingletons ??= new Map();
  if (!store.__quotePartSingletons.has(name)) store.__quotePartSingletons.set(name, create());
  return store.__quotePartSingletons.get(name) as T;
}
