// The Express pipeline in front of Remix: compression, security headers, body-size and
// cross-site guards, static assets. `npm run serve` uses it for the app, and the page benchmark
// uses it for its bare baseline page, so both are served the same way.
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { isCrossSiteMutation } from "../app/utils/csrf.server";
import { drawCspNonce, securityHeaders } from "../app/utils/security-headers.server";
import { MAX_REQUEST_BYTES } from "../app/utils/forms/read-form.server";
import { runWithRequestMemo } from "../app/utils/request-memo.server";
import { config } from "../app/utils/config.server";
import { memoiseRouteMatching } from "./memoise-route-matching";

export interface PipelineOptions {
  development: boolean;
  /** Folder holding client/ and server/ of the build. */
  buildDirectory?: string;
  /** Extra routes mounted before Remix (the benchmark's query counter). */
  before?: (app: express.Express) => void;
}

export async function createHttpPipeline(options: PipelineOptions) {
  const { development } = options;
  memoiseRouteMatching();
  const buildDirectory = path.resolve(options.buildDirectory ?? "build");
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config().TRUST_PROXY);
  app.use(compression());
  app.use(drawCspNonce, securityHeaders({ production: config().NODE_ENV === "production", development }));
  app.use((request, response, next) => {
    // The forms' own guard (app/utils/forms/read-form.server.ts) reads at most this much; a larger
    // declared body is refused here before a byte of it is read.
    if (Number(request.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
      response
        .status(413)
        .type("text/plain; charset=utf-8")
        .set("Connection", "close")
        .send("Requête trop volumineuse.");
      return;
    }
    // Overwrites whatever a client sent: the app trusts only what the server saw (app/utils/rate-limit.server.ts).
    request.headers["x-quote-part-remote-address"] = request.ip ?? "unknown";
    const crossSite = isCrossSiteMutation({
      method: request.method,
      appOrigin: `${request.protocol}://${request.get("host")}`,
      originHeader: request.get("origin"),
      secFetchSite: request.get("sec-fetch-site"),
    });
    if (crossSite) {
      response.status(403).type("text/plain; charset=utf-8").send("Requête refusée : elle provient d'un autre site.");
      return;
    }
    next();
  });
  // The loaders of one page read the session once (app/utils/request-memo.server.ts).
  app.use((request, _response, next) =>
    request.method === "GET" || request.method === "HEAD" ? runWithRequestMemo(next) : next(),
  );
  options.before?.(app);
  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (development) {
    const vite = await import("vite").then((module) => module.createServer({ server: { middlewareMode: true } }));
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    app.use("/assets", express.static(path.join(buildDirectory, "client/assets"), { immutable: true, maxAge: "1y" }));
    // Only a path with a file extension can be one of client/'s files (favicon.svg, sw.js, icons/…): a page's
    // path skips the failing stat and its error object that express.static would pay on every page request.
    const files = express.static(path.join(buildDirectory, "client"), { maxAge: "1h" });
    app.use((request, response, next) => (path.extname(request.path) ? files(request, response, next) : next()));
    build = (await import(pathToFileURL(path.join(buildDirectory, "server/index.js")).href)) as ServerBuild;
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config().NODE_ENV,
      getLoadContext: (_request, response) => ({ cspNonce: response.locals.cspNonce as string }),
    }),
  );
  return app;
}
