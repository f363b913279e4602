// Every page renders its own heading and form, never its parent's instead.
//
// Remix nests `a.b.tsx` under `a.tsx` whenever both exist: the child only shows up where the parent
// renders an <Outlet />. A parent page without one silently shows itself at the child's address
// (that is how "Émettre un avoir" once showed the invoice again, with no form). This walks the route
// tree Remix builds from app/routes/ and checks, for every page:
//   - each of its ancestors (root aside) renders an <Outlet />, so the page is reachable at all;
//   - it renders a heading of its own (<h1>, or the UI kit's <PageHeading>, which renders one);
//   - when it has an action, it (or a component it imports) renders a form that posts to it.
import fs from "node:fs";
import path from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { describe, expect, it } from "vitest";

const appDirectory = path.resolve("app");
const manifest = flatRoutes(appDirectory, [], "routes");
const sourceOf = (file: string) => fs.readFileSync(path.join(appDirectory, file), "utf8");

/** The module's text plus that of the app components it imports (forms often live in a component). */
function renderedSource(file: string): string {
  const source = sourceOf(file);
  const components = [...source.matchAll(/from "~\/(components\/[^"]+)"/g)].map((match) => match[1]);
  const texts = components.map((component) => {
    const candidate = [".tsx", ".ts"]
      .map((ext) => path.join(appDirectory, `${component}${ext}`))
      .find((full) => fs.existsSync(full));
    return candidate ? fs.readFileSync(candidate, "utf8") : "";
  });
  return [source, ...texts].join("\n");
}

const pages = Object.values(manifest).filter((route) => /export default function/.test(sourceOf(route.file)));

describe("the route tree", () => {
  it("finds the pages of app/routes", () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it.each(pages.map((route) => [route.file, route] as const))("%s is rendered by its parents", (_file, route) => {
    let parentId = route.parentId;
    while (parentId && parentId !== "root") {
      const parent = manifest[parentId];
      expect(
        sourceOf(parent.file),
        `${parent.file} has no <Outlet />: ${route.file} shows ${parent.file} instead of itself`,
      ).toMatch(/<Outlet\b/);
      parentId = parent.parentId;
    }
  });

  it.each(pages.map((route) => [route.file] as const))("%s has its own heading", (file) => {
    expect(sourceOf(file)).toMatch(/<h1\b|<PageHeading\b/);
  });

  it.each(
    pages
      .filter((route) => /export (async function action\b|const action =)/.test(sourceOf(route.file)))
      .map((route) => [route.file] as const),
  )("%s renders the form it handles", (file) => {
    expect(renderedSource(file)).toMatch(/<(Form|form|fetcher\.Form)\b/);
  });
});
