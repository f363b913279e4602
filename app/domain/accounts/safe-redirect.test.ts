import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { safeRedirect } from "./login.schema";

describe("safeRedirect (issue 10: open redirect after login)", () => {
  it.each([
    "/\t/evil.example",
    "/%09/evil.example",
    "/\\evil.example",
    "//evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\u0000/x",
    "/\u007f",
    "",
  ])("sends %j home", (target) => {
    const resolved = safeRedirect(target, "/home");
    expect(resolved === "/home" || !new URL(resolved, "https://app.example").host.includes("evil")).toBe(true);
    expect(new URL(resolved, "https://app.example").origin).toBe("https://app.example");
  });

  it("refuses the tab and backslash tricks outright", () => {
    expectEach(safeRedirect, [
      ["/\t/evil.example", "/home", "/home"],
      ["/\\evil.example", "/home", "/home"],
      ["/%09/evil.example", "/home", "/%09/evil.example"],
    ]);
  });

  it("keeps this site's own paths, query and anchor", () => {
    expect(safeRedirect("/factures?statut=due#haut", "/home")).toBe("/factures?statut=due#haut");
    expect(safeRedirect("/espace-membre/demandes", "/home")).toBe("/espace-membre/demandes");
  });

  it("never puts a control character in the Location it returns", () => {
    for (let code = 0; code < 0x20; code++) {
      const resolved = safeRedirect(`/a${String.fromCharCode(code)}b`, "/home");
      expect(() => new Headers({ Location: resolved })).not.toThrow();
    }
  });
});
