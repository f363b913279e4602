// The bare Remix 2.17 page the page benchmark compares every page with (scripts/bench-pages.ts):
// the same Remix version and future flags as the app, no database, no session.
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { remixFuture } from "../../vite.config";

const here = new URL(".", import.meta.url).pathname;

export default defineConfig({
  root: here,
  build: { target: "es2022" },
  plugins: [
    remix({
      appDirectory: `${here}app`,
      buildDirectory: `${here}../../build-baseline`,
      future: remixFuture,
    }),
  ],
});
