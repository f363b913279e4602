import { describe, expect, it } from "vitest";
import { localizedDedupeKey, recipientsByLocale } from "./mail-locale";

describe("recipientsByLocale", () => {
  it("writes to a user in their language and to an address without account in the association's", () => {
    expect(
      recipientsByLocale(
        [
          { email: "contact@ecole.fr" },
          { email: "Ada@Example.org", locale: "en" },
          { email: "jeanne@ecole.fr", locale: "fr" },
        ],
        "fr",
      ),
    ).toEqual([
      ["fr", ["contact@ecole.fr", "jeanne@ecole.fr"]],
      ["en", ["Ada@Example.org"]],
    ]);
  });

  it("lets a user's own language win over the same address listed as a contact, and lists it once", () => {
    const groups = recipientsByLocale([{ email: "ada@example.org", locale: "en" }, { email: "ADA@example.org" }], "fr");
    expect(groups).toEqual([["en", ["ada@example.org"]]]);
  });

  it("keeps the usual dedupe key for the association's language", () => {
    expect(localizedDedupeKey("report:1", "fr", "fr")).toBe("report:1");
    expect(localizedDedupeKey("report:1", "en", "fr")).toBe("report:1:en");
  });
});
