// The two route-tree costs Remix 2 pays on every page request that memoise-route-matching.ts cannot
// reach through `matchRoutes` (ADR 019, fifth pass).
//
// 1. The router's static handler (`createStaticHandler`, which runs the loaders) matches the URL
//    against its own copy of the tree through its internal `matchRoutes`: with 78 routes, flattening,
//    ranking and compiling every path was 6–7 % of a page's server time. Its answer depends only on
//    the branch matched (root → layout → page), so each branch gets its own static handler, built
//    on first use from the routes of that branch only, and a page request is handed to it: its
//    internal match then runs over 2 to 4 routes. The branch is found by the memoised `matchRoutes`
//    over the whole tree, so it is the branch the whole tree gives (a subset of the tree's branches,
//    in the same order, ranks the same one first). A URL that matches nothing goes to the whole
//    tree's handler (the 404 needs it).
// 2. `<RemixServer>`'s static router converts the 78 server routes into data routes on every render
//    (`UNSAFE_convertRoutesToDataRoutes`, 2–3 %). The conversion depends only on the routes given,
//    which memoise-route-matching.ts keeps the same objects per build: it is done once per tree.
//
// Both replace a property of @remix-run/router's CommonJS exports, the one Remix's server and
// react-router-dom's server call, so nothing in node_modules is patched.

interface Route {
  id?: string;
  children?: Route[];
}

type Match = { route: Route };
type MatchRoutes = (routes: Route[], location: { pathname: string }, basename?: string) => Match[] | null;

interface StaticHandler {
  dataRoutes: Route[];
  query: (request: Request, options?: unknown) => Promise<unknown>;
}

type CreateStaticHandler = (routes: Route[], options?: { basename?: string }) => StaticHandler;

/** The routes of one branch: the tree's routes whose ids are in `ids`, each with only such children. */
export function branchOf(routes: Route[], ids: ReadonlySet<string>): Route[] {
  return routes
    .filter((route) => route.id !== undefined && ids.has(route.id))
    .map((route) => (route.children ? { ...route, children: branchOf(route.children, ids) } : route));
}

// A branch per route at most (78): no bound needed beyond the tree's size.
function handlersPerBranch(original: CreateStaticHandler, matchRoutes: () => MatchRoutes): CreateStaticHandler {
  return (routes, options) => {
    const whole = original(routes, options);
    const basename = options?.basename || "/";
    const byBranch = new Map<string, StaticHandler>();
    const query: StaticHandler["query"] = (request, queryOptions) => {
      const matches = matchRoutes()(whole.dataRoutes, { pathname: new URL(request.url).pathname }, basename);
      if (!matches) return whole.query(request, queryOptions);
      const ids = matches.map((match) => match.route.id!);
      const key = ids.join("\u0000");
      let handler = byBranch.get(key);
      if (!handler) {
        handler = original(branchOf(routes, new Set(ids)), options);
        byBranch.set(key, handler);
      }
      return handler.query(request, queryOptions);
    };
    return { ...whole, query };
  };
}

type ConvertRoutes = (
  routes: Route[],
  mapRouteProperties: unknown,
  parentPath?: string[],
  manifest?: Record<string, Route>,
) => Route[];

/** One conversion per tree and mapping; the caller's manifest is filled as the conversion would fill it. */
function convertedOnce(original: ConvertRoutes): ConvertRoutes {
  const converted = new WeakMap<Route[], { mapping: unknown; routes: Route[]; manifest: Record<string, Route> }>();
  return (routes, mapRouteProperties, parentPath, manifest) => {
    if (parentPath !== undefined || !manifest || Object.keys(manifest).length > 0)
      return original(routes, mapRouteProperties, parentPath, manifest);
    let known = converted.get(routes);
    if (!known || known.mapping !== mapRouteProperties) {
      const ownManifest: Record<string, Route> = {};
      known = {
        mapping: mapRouteProperties,
        routes: original(routes, mapRouteProperties, undefined, ownManifest),
        manifest: ownManifest,
      };
      converted.set(routes, known);
    }
    Object.assign(manifest, known.manifest);
    return known.routes;
  };
}

export function installRouteBranchHandlers(router: {
  createStaticHandler: CreateStaticHandler;
  UNSAFE_convertRoutesToDataRoutes: ConvertRoutes;
  matchRoutes: MatchRoutes;
}) {
  // Read when called: the memoised matchRoutes may be installed after this.
  router.createStaticHandler = handlersPerBranch(router.createStaticHandler, () => router.matchRoutes);
  router.UNSAFE_convertRoutesToDataRoutes = convertedOnce(router.UNSAFE_convertRoutesToDataRoutes);
}

/** For tests. */
export const handlersPerBranchForTest = handlersPerBranch;
export const convertedOnceForTest = convertedOnce;
