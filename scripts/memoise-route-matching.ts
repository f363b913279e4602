// Remix 2's route matching, memoised per route tree and pathname (ADR 019, third pass).
//
// `matchRoutes` from @remix-run/router flattens the whole route tree, ranks every branch and
// compiles every path's regular expression on each call, and a page request calls it five times
// (the server's match, the `<Routes>` render, and once per parent path for the lazy route
// discovery manifest in `<Scripts>`). With 78 routes that was 11 % of the server's busy time under
// load. The result depends only on the tree's shape (ids, paths, index and case flags) and the
// pathname, so it is kept: the first request for a path pays the full match, the next ones rebuild
// the same answer from the route ids.
//
// How: @remix-run/server-runtime, @remix-run/react and react-router all call it as a property of
// the router's CommonJS exports (`router.matchRoutes(…)`), so replacing that property at the
// server's start reaches them without touching node_modules. The router's own static handler calls
// its internal function: it gets one handler per branch instead (route-branch-handlers.ts). The tree
// `<RemixServer>` builds from the manifest on each request is kept the same way (memoisedServerRoutes).
import { createRequire } from "node:module";
import { installRouteBranchHandlers } from "./route-branch-handlers";

interface RouteLike {
  id?: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  children?: RouteLike[];
}

interface Match {
  params: Record<string, string | undefined>;
  pathname: string;
  pathnameBase: string;
  route: RouteLike;
}

type MatchRoutes = (routes: RouteLike[], location: string | { pathname?: string }, basename?: string) => Match[] | null;

/** A match stored without its route objects: a new tree of the same shape gets its own objects back. */
interface StoredMatch {
  routeIds: string[];
  pathnames: string[];
  pathnameBases: string[];
  params: Record<string, string | undefined>;
}

interface TreeIndex {
  shape: string;
  byId: Map<string, RouteLike>;
}

// Paths with ids in them (/factures/<id>) are many: past this many per tree, start again.
const MAX_PATHS_PER_TREE = 2_000;
const MAX_TREES = 20;

const trees = new WeakMap<RouteLike[], TreeIndex | null>();
const stored = new Map<string, Map<string, StoredMatch | null>>();

/** The tree's shape as a string, and its routes by id; null when a route has no id (not memoised). */
function indexTree(routes: RouteLike[]): TreeIndex | null {
  if (trees.has(routes)) return trees.get(routes)!;
  const byId = new Map<string, RouteLike>();
  const parts: string[] = [];
  let complete = true;
  const walk = (list: RouteLike[]) => {
    for (const route of list) {
      if (typeof route.id !== "string" || byId.has(route.id)) complete = false;
      else byId.set(route.id, route);
      parts.push(`${route.id}\u0001${route.path ?? ""}\u0001${route.index ? 1 : 0}${route.caseSensitive ? 1 : 0}(`);
      if (route.children) walk(route.children);
      parts.push(")");
    }
  };
  walk(routes);
  const index = complete ? { shape: parts.join(""), byId } : null;
  trees.set(routes, index);
  return index;
}

function memoised(original: MatchRoutes): MatchRoutes {
  return (routes, location, basename = "/") => {
    const tree = Array.isArray(routes) ? indexTree(routes) : null;
    if (!tree) return original(routes, location, basename);
    // matchRoutes reads only the pathname; a string may carry ?search#hash, kept in the key (harmless).
    const key = `${basename}\u0000${typeof location === "string" ? location : (location.pathname ?? "/")}`;
    let byPath = stored.get(tree.shape);
    if (!byPath) {
      if (stored.size >= MAX_TREES) stored.clear();
      byPath = new Map();
      stored.set(tree.shape, byPath);
    }
    if (!byPath.has(key)) {
      const matches = original(routes, location, basename);
      if (byPath.size >= MAX_PATHS_PER_TREE) byPath.clear();
      byPath.set(
        key,
        matches && {
          routeIds: matches.map((match) => match.route.id!),
          pathnames: matches.map((match) => match.pathname),
          pathnameBases: matches.map((match) => match.pathnameBase),
          params: { ...matches[matches.length - 1]?.params },
        },
      );
      return matches;
    }
    const match = byPath.get(key)!;
    if (!match) return null;
    // As the router does: every match of one call shares one params object, a fresh one per call.
    const params = { ...match.params };
    return match.routeIds.map((id, position) => ({
      params,
      pathname: match.pathnames[position],
      pathnameBase: match.pathnameBases[position],
      route: tree.byId.get(id)!,
    }));
  };
}

type CreateServerRoutes = (
  manifest: object,
  routeModules: Record<string, unknown>,
  future: unknown,
  isSpaMode: unknown,
  ...rest: unknown[]
) => RouteLike[];

/**
 * `<RemixServer>` rebuilds the route tree it renders from the manifest on every request (2 % of the
 * busy time on a simple page). The tree depends only on the build: the same manifest object and the
 * same route modules (the server hands a new object holding the same modules on each request).
 */
function memoisedServerRoutes(original: CreateServerRoutes): CreateServerRoutes {
  let last: { manifest: object; modules: Record<string, unknown>; future: unknown; spa: unknown; routes: RouteLike[] };
  return (manifest, routeModules, future, isSpaMode, ...rest) => {
    if (rest.length > 0) return original(manifest, routeModules, future, isSpaMode, ...rest);
    const same =
      last &&
      last.manifest === manifest &&
      last.future === future &&
      last.spa === isSpaMode &&
      Object.keys(routeModules).length === Object.keys(last.modules).length &&
      Object.entries(routeModules).every(([id, module]) => last.modules[id] === module);
    if (!same)
      last = {
        manifest,
        modules: { ...routeModules },
        future,
        spa: isSpaMode,
        routes: original(manifest, routeModules, future, isSpaMode),
      };
    return last.routes;
  };
}

let installed = false;

/**
 * Replaces `matchRoutes` and `createServerRoutes` on their CommonJS exports, and the static handler's
 * and static router's route work (route-branch-handlers.ts), once per process.
 */
export function memoiseRouteMatching() {
  if (installed) return;
  installed = true;
  const here = createRequire(import.meta.url);
  // Resolved from @remix-run/server-runtime, as it resolves it, so both see the same module.
  const router = createRequire(here.resolve("@remix-run/server-runtime"))("@remix-run/router") as Parameters<
    typeof installRouteBranchHandlers
  >[0] & { matchRoutes: MatchRoutes };
  router.matchRoutes = memoised(router.matchRoutes);
  // The static handler's own match and the static router's route conversion (route-branch-handlers.ts).
  installRouteBranchHandlers(router);
  // @remix-run/react/dist/server.js calls it as `routes.createServerRoutes(…)`.
  const remixRoutes = createRequire(here.resolve("@remix-run/react"))("./routes.js") as {
    createServerRoutes: CreateServerRoutes;
  };
  remixRoutes.createServerRoutes = memoisedServerRoutes(remixRoutes.createServerRoutes);
}

/** For tests: the memoised functions around any `matchRoutes` or `createServerRoutes`. */
export const memoisedForTest = memoised;
export const memoisedServerRoutesForTest = memoisedServerRoutes;
