// One instance per process, even when Vite reloads modules or the server bundle and a script
// both import this file: two PGlite instances on one directory would corrupt it.
export function singletonStore(): Map<string, unknown> {
  const store = globalThis as unknown as { __quotePartSingletons?: Map<string, unknown> };
  store.__quotePartSingletons ??= new Map();
  return store.__quotePartSingletons;
}

export function singleton<T>(name: string, create: () => T): T {
  const store = singletonStore();
  if (!store.has(name)) store.set(name, create());
  return store.get(name) as T;
}
