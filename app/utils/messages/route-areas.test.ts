// Every key a route module can show in the browser belongs to an area it (or the root) loads, so a
// page never meets a key whose text is not there (scripts/message-areas.ts explains how).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  app,
  areaOf,
  areasUsed,
  clientGraph,
  missingAreas,
  root,
  rootAreas,
  routes,
} from "../../../scripts/message-areas";

describe("message areas loaded in the browser", () => {
  it("finds the keys of the catalogues and follows imports", () => {
    expect(areaOf.get("today.title")).toBe("technician");
    expect(areaOf.get("nav.home")).toBe("core");
    // The entry form reads the offline queue's texts through a component (offline.banner), and an
    // apostrophe in JSX text ("Aujourd'hui") must not hide a key that follows it.
    const entryForm = areasUsed(clientGraph(path.join(app, "routes/technicien.temps.nouveau.tsx")), areaOf);
    expect([...entryForm.keys()].sort()).toEqual(["core", "technician", "time", "time-entries"]);
    expect(entryForm.get("technician")).toMatch(/^offline\./);
  });

  it("reads a key built from a template or a concatenation as every key it starts", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qp-areas-")), "probe.tsx");
    fs.writeFileSync(file, 'const label = `lifecycle.state.${state}`;\nconst other = "time.kind." + kind;\n');
    expect([...areasUsed([file], areaOf).keys()].sort()).toEqual(["lifecycle", "time"]);
  });

  it("the root names every area its shell and error pages read", () => {
    expect(missingAreas(root, [])).toEqual([]);
  });

  it.each(routes.map((file) => [path.relative(app, file), file]))("%s names every area it reads", (_name, file) => {
    // A route without a component or ErrorBoundary renders nothing in the browser.
    const source = fs.readFileSync(file, "utf8");
    if (!/export default|export function ErrorBoundary/.test(source)) return;
    expect(missingAreas(file, rootAreas).map(([area, example]) => `${area}: ${example}`)).toEqual([]);
  });
});
