// Security headers of every response, static files and downloads included (issue 10: another
// site could frame a logged-in member's space). Applied by scripts/serve.ts through helmet.
import crypto from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";

/** A fresh nonce per response, for Remix's inline scripts (app/entry.server.tsx). */
export const drawCspNonce: RequestHandler = (_request, response, next) => {
  response.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
};

export function securityHeaders(options: { production: boolean; development: boolean }): RequestHandler {
  return helmet({
    // Vite's dev server injects its own inline scripts: the policy applies to built apps only.
    contentSecurityPolicy: options.development
      ? false
      : {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: [
              "'self'",
              (_request, response) =>
                `'nonce-${(response as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`,
            ],
            // React renders style="…" attributes (bars of the charts, widths): those need
            // 'unsafe-inline', which allows no script. No <style> element is rendered.
            styleSrc: ["'self'", "'unsafe-inline'"],
            // The signature pad previews and logo previews are data: URLs.
            imgSrc: ["'self'", "data:", "blob:"],
            fontSrc: ["'self'"],
            connectSrc: ["'self'"],
            workerSrc: ["'self'"],
            manifestSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            frameAncestors: ["'none'"],
            // No form-action: the Stripe payment button posts here, then is redirected to Stripe
            // Checkout, and Chrome applies form-action to that redirect.
          },
        },
    // X-Frame-Options for browsers that ignore frame-ancestors.
    xFrameOptions: { action: "deny" },
    xContentTypeOptions: true,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    // Only in production: HSTS on a http://localhost trial would pin the browser to https.
    strictTransportSecurity: options.production ? { maxAge: 31536000, includeSubDomains: true } : false,
    // The PDFs and iCal feeds are opened by other apps; the site embeds nothing cross-origin.
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
}
