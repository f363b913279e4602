import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, SecretBoxError } from "./secret-box.server";

describe("secret box (AES-256-GCM)", () => {
  it("seals without the clear text and opens back, with a fresh IV each time", () => {
    const sealed = sealSecret("client-secret-é🚀", "pa-client-secret", ["key-one"]);
    expect(sealed).not.toContain("client-secret");
    expect(sealed).not.toBe(sealSecret("client-secret-é🚀", "pa-client-secret", ["key-one"]));
    expect(openSecret(sealed, "pa-client-secret", ["key-one"])).toBe("client-secret-é🚀");
  });

  it("still opens after a rotation that keeps the old secret second", () => {
    const sealed = sealSecret("s3cret", "pa-client-secret", ["old"]);
    expect(openSecret(sealed, "pa-client-secret", ["new", "old"])).toBe("s3cret");
  });

  it("refuses a tampered value, another purpose, or a dropped key", () => {
    const sealed = sealSecret("s3cret", "pa-client-secret", ["key"]);
    const parts = sealed.split(".");
    const flipped = parts[3][0] === "A" ? "B" : "A";
    expect(() =>
      openSecret([...parts.slice(0, 3), flipped + parts[3].slice(1)].join("."), "pa-client-secret", ["key"]),
    ).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, "pa-webhook-secret", ["key"])).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, "pa-client-secret", ["other"])).toThrow(SecretBoxError);
    expect(() => openSecret("plain text", "pa-client-secret", ["key"])).toThrow(SecretBoxError);
  });
});
