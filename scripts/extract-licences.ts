// A Vite plugin for the browser build: moves the libraries' licence comments (`/** @license … */`,
// `/*! … */`) out of the JavaScript chunks into one `assets/third-party-licenses.txt`, as webpack's
// Terser plugin does with its `.LICENSE.txt` files. They are about 1.2 KB gzip of the 100 KB a phone
// downloads for the technician's Today page (issue 15, ADR 019), repeated in every chunk that
// bundles a piece of React or Remix; the notices stay shipped with the app, once, in the text file.
import { transformWithEsbuild, type Plugin } from "vite";

const LICENCE_FILE = "assets/third-party-licenses.txt";

/**
 * The licence comments of a chunk, found by esbuild's own tokenizer (`legalComments: "external"`),
 * so a `/*!` inside a string is never mistaken for one.
 */
export async function licenceComments(code: string): Promise<string[]> {
  const result = await transformWithEsbuild(code, "chunk.js", { loader: "js", legalComments: "external" });
  const notices = (result as { legalComments?: string }).legalComments ?? "";
  return notices
    .split(/\n(?=\/[*/])/)
    .map((notice) => notice.trim())
    .filter(Boolean);
}

export function extractLicences(): Plugin {
  let serverBuild = false;
  const notices = new Set<string>();
  return {
    name: "quote-part:extract-licences",
    apply: "build",
    // The minifier drops them from the chunks ("none"): no second pass rewrites a minified chunk.
    config: () => ({ esbuild: { legalComments: "none" } }),
    configResolved(config) {
      serverBuild = Boolean(config.build.ssr);
    },
    // A plugin's renderChunk runs before Vite's minifier (a "post" plugin): the comments are still there.
    async renderChunk(code) {
      if (serverBuild) return null;
      for (const notice of await licenceComments(code)) notices.add(notice);
      return null;
    },
    generateBundle() {
      if (serverBuild || notices.size === 0) return;
      this.emitFile({ type: "asset", fileName: LICENCE_FILE, source: [...notices].join("\n\n") + "\n" });
    },
  };
}
