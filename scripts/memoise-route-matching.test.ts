import { createRequire } from "node:module";
import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { memoiseRouteMatching, memoisedForTest, memoisedServerRoutesForTest } from "./memoise-route-matching";

// A tree shaped like the app's: a root layout, index routes, nested layouts, params, a splat.
function tree() {
  return [
    {
      id: "root",
      path: "",
      children: [
        { id: "routes/_index", index: true },
        { id: "routes/profil", path: "profil" },
        {
          id: "routes/espace-membre",
          path: "espace-membre",
          children: [
            { id: "routes/espace-membre._index", index: true },
            { id: "routes/espace-membre.solde", path: "solde" },
            { id: "routes/espace-membre.factures.$id", path: "factures/:id" },
          ],
        },
        { id: "routes/factures.$invoiceId.avoir", path: "factures/:invoiceId/avoir" },
        { id: "routes/factures.$invoiceId", path: "factures/:invoiceId" },
        { id: "routes/Planning", path: "planning", caseSensitive: true },
        { id: "routes/$", path: "*" },
      ],
    },
  ];
}

const paths = [
  "/",
  "/profil",
  "/profil/",
  "/espace-membre",
  "/espace-membre/solde",
  "/espace-membre/factures/abc",
  "/factures/f%20x/avoir",
  "/factures/42",
  "/planning",
  "/Planning",
  "/nulle/part",
  "/espace-membre/solde?x=1#haut",
];

describe("memoised route matching", () => {
  it("answers what the router answers, first and second time, for a new tree of the same shape", () => {
    const memoised = memoisedForTest(matchRoutes as never);
    for (const path of paths) {
      for (const attempt of [1, 2]) {
        const routes = tree();
        const expected = matchRoutes(routes, path);
        const actual = memoised(routes, path);
        expect(actual, `${path} (${attempt})`).toEqual(expected);
        // The route objects are those of the tree passed, not of the tree first seen.
        for (const [position, match] of (actual ?? []).entries()) expect(match.route).toBe(expected![position].route);
        // One params object per call, shared by its matches, as the router does.
        if (actual && actual.length > 1) expect(actual[0].params).toBe(actual[actual.length - 1].params);
      }
    }
  });

  it("does not hand one call's params to the next", () => {
    const memoised = memoisedForTest(matchRoutes as never);
    const routes = tree();
    memoised(routes, "/factures/1")![0].params.invoiceId = "changed";
    expect(memoised(routes, "/factures/1")![0].params.invoiceId).toBe("1");
  });

  it("keeps a basename apart and leaves trees without ids to the router", () => {
    const memoised = memoisedForTest(matchRoutes as never);
    expect(memoised(tree(), "/app/profil", "/app")).toEqual(matchRoutes(tree(), "/app/profil", "/app"));
    expect(memoised(tree(), "/profil", "/app")).toBeNull();
    const anonymous = [{ path: "a" }, { path: "b/:x" }];
    expect(memoised(anonymous, "/b/1")).toEqual(matchRoutes(anonymous, "/b/1"));
  });

  it("replaces the router's exported matchRoutes, the one Remix's server and React packages call", () => {
    const router = createRequire(createRequire(import.meta.url).resolve("@remix-run/server-runtime"))(
      "@remix-run/router",
    ) as { matchRoutes: typeof matchRoutes };
    const before = router.matchRoutes;
    memoiseRouteMatching();
    expect(router.matchRoutes).not.toBe(before);
    expect(router.matchRoutes(tree(), "/espace-membre/solde")?.map((match) => match.route.id)).toEqual([
      "root",
      "routes/espace-membre",
      "routes/espace-membre.solde",
    ]);
  });

  it("rebuilds Remix's server route tree only when the manifest or a route module changes", () => {
    let built = 0;
    const createServerRoutes = memoisedServerRoutesForTest(() => {
      built += 1;
      return tree();
    });
    const manifest = { root: {} };
    const modules = { root: { default: "Root" } };
    const first = createServerRoutes(manifest, { ...modules }, {}, false);
    expect(createServerRoutes(manifest, { ...modules }, first, false)).not.toBe(first);
    const future = {};
    const again = createServerRoutes(manifest, { ...modules }, future, false);
    expect(createServerRoutes(manifest, { ...modules }, future, false)).toBe(again);
    expect(createServerRoutes(manifest, { root: { default: "Other" } }, future, false)).not.toBe(again);
    expect(createServerRoutes({ root: {} }, { ...modules }, future, false)).not.toBe(again);
    // A recursive call (parent id and grouped routes passed) is never served from the memo.
    createServerRoutes(manifest, { ...modules }, future, false, "root", {});
    expect(built).toBe(6);
  });
});
