// Which message areas each route module needs in the browser (ADR 023). A route module names its
// areas in a top-level `await loadMessages(…)` (app/utils/messages/load-messages.ts), the root's are
// always loaded. This follows each route module's imports, as the client bundle would, collects every
// string that is a message key (or the fixed start of a key built with a template,
// `lifecycle.state.${state}`), and maps it to the area whose French file defines it. Server-only
// modules (*.server.ts) are not followed: what they translate, they translate on the server, which
// has every catalogue.
//
// `npm run messages:areas` prints what each route misses; `-- --write` rewrites the loadMessages
// lines to exactly what the graph needs. app/utils/messages/route-areas.test.ts fails on any miss.
import fs from "node:fs";
import path from "node:path";
import type { MessageArea } from "../app/utils/i18n";

export const app = path.resolve(import.meta.dirname, "../app");
const messagesDir = path.join(app, "utils/messages");

/** Every key and the area whose French file defines it. */
export function keyAreas() {
  const areas = new Map<string, MessageArea>();
  for (const file of fs.readdirSync(messagesDir).filter((name) => name.endsWith(".fr.ts"))) {
    const area = file.replace(/\.fr\.ts$/, "") as MessageArea;
    const source = fs.readFileSync(path.join(messagesDir, file), "utf8");
    for (const match of source.matchAll(/^\s+"([^"]+)":/gm)) areas.set(match[1], area);
  }
  return areas;
}

function resolveImport(from: string, specifier: string): string | undefined {
  let target: string;
  if (specifier.startsWith("~/")) target = path.join(app, specifier.slice(2));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(from), specifier);
  else return undefined; // a package: carries no key of ours
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`])
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate)) return candidate;
  return undefined;
}

const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Files a module reaches through its imports, as the client bundle would (no *.server, no types). */
export function clientGraph(entry: string) {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(IMPORT)) {
      if (match[1]) continue;
      const specifier = match[2] ?? match[3];
      if (/\.server(\.tsx?)?$/.test(specifier) || specifier.includes("/messages/")) continue;
      const resolved = resolveImport(file, specifier);
      if (resolved && !resolved.startsWith(messagesDir) && !resolved.endsWith("utils/i18n.ts")) queue.push(resolved);
    }
  }
  return seen;
}

/**
 * The areas of every key a set of files can name, with one example key per area. Every dotted
 * word is a candidate, in strings, templates or code alike (parsing quotes would trip on an
 * apostrophe in JSX text); one that ends with a dot (`lifecycle.state.${state}`,
 * "lifecycle.state." + state) stands for every key it starts. Reading too much only loads more.
 */
export function areasUsed(files: Iterable<string>, areaOf: Map<string, MessageArea>) {
  const used = new Map<MessageArea, string>();
  const keys = [...areaOf.keys()];
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
    for (const [text] of source.matchAll(/[A-Za-z][\w-]*(?:\.[\w-]+)+\.?/g)) {
      const hits = text.endsWith(".") ? keys.filter((key) => key.startsWith(text)) : [text];
      for (const key of hits) {
        const area = areaOf.get(key);
        if (area && !used.has(area)) used.set(area, `${key} (${path.relative(app, file)})`);
      }
    }
  }
  return used;
}

/** The areas a route module names: the arguments of its top-level `await loadMessages(…)`. */
export function declaredAreas(file: string): MessageArea[] {
  const source = fs.readFileSync(file, "utf8");
  const call = /^await loadMessages\(([^)]*)\);$/m.exec(source);
  return call ? ([...call[1].matchAll(/"([^"]+)"/g)].map((match) => match[1]) as MessageArea[]) : [];
}

export const areaOf = keyAreas();
export const root = path.join(app, "root.tsx");
export const rootAreas = declaredAreas(root);
export const routes = fs
  .readdirSync(path.join(app, "routes"))
  .filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))
  .map((name) => path.join(app, "routes", name));

export function missingAreas(file: string, alsoLoaded: MessageArea[]) {
  const declared = new Set([...declaredAreas(file), ...alsoLoaded]);
  return [...areasUsed(clientGraph(file), areaOf)].filter(([area]) => !declared.has(area));
}

/** Rewrites (or adds) a module's `await loadMessages(…)` line; the root loads all it needs. */
function writeAreas(file: string, areas: MessageArea[]) {
  const source = fs.readFileSync(file, "utf8");
  const call = `await loadMessages(${areas.map((area) => JSON.stringify(area)).join(", ")});`;
  if (/^await loadMessages\([^)]*\);$/m.test(source)) {
    fs.writeFileSync(file, source.replace(/^await loadMessages\([^)]*\);$/m, call));
    return;
  }
  const lines = source.split("\n");
  let lastImport = -1;
  let inImport = false;
  lines.forEach((line, index) => {
    if (/^import\s/.test(line)) inImport = true;
    if (inImport && /["'];\s*$/.test(line)) {
      inImport = false;
      lastImport = index;
    }
  });
  lines.splice(lastImport + 1, 0, `import { loadMessages } from "~/utils/messages/load-messages";`, "", call);
  fs.writeFileSync(file, lines.join("\n"));
}

/** Routes that render something in the browser: a component or an ErrorBoundary. */
export function rendersInBrowser(file: string) {
  return /export default|export function ErrorBoundary/.test(fs.readFileSync(file, "utf8"));
}

if (process.argv[1]?.endsWith("message-areas.ts")) {
  const write = process.argv.includes("--write");
  const sorted = (areas: Iterable<MessageArea>) => [...new Set(areas)].sort();
  const rootNeeds = sorted(areasUsed(clientGraph(root), areaOf).keys());
  if (write) writeAreas(root, rootNeeds);
  for (const file of routes.filter(rendersInBrowser)) {
    const needs = sorted([...areasUsed(clientGraph(file), areaOf).keys()].filter((area) => !rootNeeds.includes(area)));
    const declared = declaredAreas(file);
    if (write && needs.join() !== declared.join()) writeAreas(file, needs);
    console.log(`${path.relative(app, file).padEnd(60)} ${needs.join(", ")}`);
  }
  console.log(`${"root.tsx".padEnd(60)} ${rootNeeds.join(", ")}`);
}
