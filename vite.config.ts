import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { extractLicences } from "./scripts/extract-licences";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// Shared with the page benchmark's bare baseline (scripts/bench-baseline/vite.config.ts).
export const remixFuture = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_singleFetch: true,
  v3_lazyRouteDiscovery: true,
  v3_routeConfig: true,
};

export default defineConfig({
  server: { port: 3000 },
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  build: { target: "es2022" },
  // The dependency scan would otherwise try to pre-bundle native and wasm server packages.
  optimizeDeps: { exclude: ["@node-rs/argon2", "@electric-sql/pglite", "pglite-prisma-adapter"] },
  ssr: {
    // Native and wasm packages stay as runtime imports instead of being bundled.
    external: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit", "nodemailer"],
  },
  // The libraries' licence comments go to one text file instead of every chunk (scripts/extract-licences.ts).
  plugins: [remix({ future: remixFuture }), extractLicences()],
});
