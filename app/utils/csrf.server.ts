const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface CrossSiteCheck {
  method: string;
  /** Origin the app is served from, e.g. "https://amie.example.org". */
  appOrigin: string;
  originHeader: string | null | undefined;
  secFetchSite: string | null | undefined;
}

/**
 * Rejects state-changing requests that a browser says come from another site. SameSite=Lax
 * cookies already stop most of them; this closes the rest (old browsers, sibling subdomains).
 * Requests without either header (curl, server-to-server webhooks) pass: they carry no cookie
 * a victim's browser would add.
 */
export function isCrossSiteMutation(check: CrossSiteCheck): boolean {
  if (SAFE_METHODS.has(check.method.toUpperCase())) return false;
  if (check.secFetchSite === "cross-site") return true;
  if (check.originHeader && check.originHeader !== "null") {
    return check.originHeader !== check.appOrigin;
  }
  return check.originHeader === "null";
}
