import { createRequire } from "node:module";
import { createStaticHandler, matchRoutes, redirect, UNSAFE_convertRoutesToDataRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { memoiseRouteMatching, memoisedForTest } from "./memoise-route-matching";
import { branchOf, convertedOnceForTest, handlersPerBranchForTest } from "./route-branch-handlers";

type Args = { params: Record<string, string | undefined>; request: Request };

// A tree shaped like the app's: a root layout with an error boundary, index routes, nested layouts,
// params, a splat, a loader that throws, one that redirects, and actions.
function tree() {
  const data = (id: string) => (args: Args) => ({ id, params: { ...args.params } });
  return [
    {
      id: "root",
      path: "",
      hasErrorBoundary: true,
      loader: data("root"),
      children: [
        { id: "routes/_index", index: true, loader: data("index"), action: () => ({ posted: "index" }) },
        { id: "routes/profil", path: "profil", loader: data("profil"), action: () => ({ posted: "profil" }) },
        {
          id: "routes/espace-membre",
          path: "espace-membre",
          loader: data("espace-membre"),
          children: [
            { id: "routes/espace-membre._index", index: true, loader: data("member home") },
            { id: "routes/espace-membre.solde", path: "solde", loader: data("balance") },
            {
              id: "routes/espace-membre.panne",
              path: "panne",
              loader: () => {
                throw new Error("broken");
              },
            },
            { id: "routes/espace-membre.ailleurs", path: "ailleurs", loader: () => redirect("/profil") },
          ],
        },
        { id: "routes/factures.$invoiceId.avoir", path: "factures/:invoiceId/avoir", loader: data("credit") },
        { id: "routes/factures.$invoiceId", path: "factures/:invoiceId", loader: data("invoice") },
        { id: "routes/$", path: "*", loader: data("splat") },
      ],
    },
  ];
}

const requests = [
  "/",
  "/profil",
  "/espace-membre",
  "/espace-membre/",
  "/espace-membre/solde",
  "/espace-membre/panne",
  "/espace-membre/ailleurs",
  "/factures/f%20x/avoir",
  "/factures/42",
  "/nulle/part",
].map((path) => () => new Request(`http://localhost${path}`));
requests.push(
  () => new Request("http://localhost/profil", { method: "POST", body: new URLSearchParams({ a: "1" }) }),
  () => new Request("http://localhost/?index", { method: "POST", body: new URLSearchParams({ a: "1" }) }),
);

/** What Remix reads of a static handler's answer, with each match's route reduced to its id. */
function comparable(context: unknown) {
  if (context instanceof Response) return { status: context.status, location: context.headers.get("Location") };
  const { matches, errors, ...rest } = context as {
    matches: { route: { id: string }; params: object; pathname: string; pathnameBase: string }[];
    errors: Record<string, unknown> | null;
  };
  return {
    ...rest,
    errors: errors && Object.fromEntries(Object.entries(errors).map(([id, error]) => [id, String(error)])),
    matches: matches.map(({ route, ...match }) => ({ ...match, id: route.id })),
  };
}

describe("one static handler per route branch", () => {
  it("answers every request as the whole tree's handler does: loaders, actions, errors, redirects, 404", async () => {
    const memoised = memoisedForTest(matchRoutes as never);
    const perBranch = handlersPerBranchForTest(createStaticHandler as never, () => memoised as never)(tree());
    const whole = createStaticHandler(tree());
    for (const request of requests)
      for (const attempt of [1, 2]) {
        const expected = comparable(await whole.query(request()));
        expect(
          comparable(await perBranch.query(request())),
          `${request().method} ${request().url} (${attempt})`,
        ).toEqual(expected);
      }
  });

  it("keeps a branch's routes and only them, nested as in the tree", () => {
    const branch = branchOf(tree(), new Set(["root", "routes/espace-membre", "routes/espace-membre.solde"]));
    expect(branch.map((route) => route.id)).toEqual(["root"]);
    expect(branch[0].children?.map((route) => route.id)).toEqual(["routes/espace-membre"]);
    expect(branch[0].children?.[0].children?.map((route) => route.id)).toEqual(["routes/espace-membre.solde"]);
  });

  it("converts a route tree to data routes once, and fills each caller's manifest", () => {
    let conversions = 0;
    const convert = convertedOnceForTest(((...args: Parameters<typeof UNSAFE_convertRoutesToDataRoutes>) => {
      conversions += 1;
      return UNSAFE_convertRoutesToDataRoutes(...args);
    }) as never);
    const routes = tree();
    const mapping = () => ({ hasErrorBoundary: false });
    const expectedManifest = {};
    const expected = UNSAFE_convertRoutesToDataRoutes(routes, mapping, undefined, expectedManifest);
    const manifests = [{}, {}] as Record<string, unknown>[];
    const first = convert(routes, mapping, undefined, manifests[0] as never);
    const second = convert(routes, mapping, undefined, manifests[1] as never);
    expect(first).toEqual(expected);
    expect(second).toBe(first);
    expect(Object.keys(manifests[1])).toEqual(Object.keys(expectedManifest));
    expect(manifests[1]["routes/profil"]).toBe(first[0].children![1]);
    expect(conversions).toBe(1);
    // Another mapping converts again.
    convert(routes, () => ({ hasErrorBoundary: true }), undefined, {});
    expect(conversions).toBe(2);
  });

  it("is installed on the router's exports that Remix's server and react-router-dom's server call", () => {
    const router = createRequire(createRequire(import.meta.url).resolve("@remix-run/server-runtime"))(
      "@remix-run/router",
    ) as { createStaticHandler: unknown; UNSAFE_convertRoutesToDataRoutes: unknown };
    const before = [router.createStaticHandler, router.UNSAFE_convertRoutesToDataRoutes];
    memoiseRouteMatching();
    expect(router.createStaticHandler).not.toBe(before[0]);
    expect(router.UNSAFE_convertRoutesToDataRoutes).not.toBe(before[1]);
  });
});
