import crypto from "node:crypto";

/**
 * Secret tokens sent in links (password reset, invitations, calendar feeds). Only the SHA-256 of a
 * token is stored: a leaked database row cannot be turned back into a working link. The token
 * carries 256 random bits, so a plain fast hash is enough (no salt or slow hash needed).
 */
export function newToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}
