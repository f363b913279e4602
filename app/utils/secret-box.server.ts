// Secrets the app must send back to a third party (the PA's OAuth2 client secret, its webhook secret) are
// stored sealed with AES-256-GCM, never in clear and never shown back. The key is derived (HKDF-SHA256)
// from EINVOICING_SECRET_KEY when set, else from the session secrets: sealing uses the newest, opening
// tries each, so rotating SESSION_SECRET (new one first, old one kept a while) keeps stored secrets readable.
import crypto from "node:crypto";
import { sessionSecrets } from "./env.server";
import { config } from "./config.server";

const FORMAT = "v1";
const SALT = "quote-part/secret-box";

export function secretBoxSecrets(): string[] {
  const dedicated = config().EINVOICING_SECRET_KEY ?? "";
  return dedicated ? [dedicated] : sessionSecrets();
}

function keyOf(secret: string, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, SALT, purpose, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url); `purpose` binds the sealed value to its use. */
export function sealSecret(plain: string, purpose: string, secrets = secretBoxSecrets()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyOf(secrets[0], purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    FORMAT,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(".");
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

/** The plain secret; throws SecretBoxError when no key opens it (tampered, or the key was dropped). */
export function openSecret(sealed: string, purpose: string, secrets = secretBoxSecrets()): string {
  const [format, iv, tag, ciphertext] = sealed.split(".");
  if (format !== FORMAT || !iv || !tag || ciphertext === undefined)
    throw new SecretBoxError("Sealed secret in an unknown format.");
  for (const secret of secrets) {
    try {
      const decipher = crypto.createDecipheriv("aes-256-gcm", keyOf(secret, purpose), Buffer.from(iv, "base64url"));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      // Wrong key (an older or newer secret): try the next one.
    }
  }
  throw new SecretBoxError("No configured key opens this secret: was SESSION_SECRET or EINVOICING_SECRET_KEY changed?");
}
