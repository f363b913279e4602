import { describe, expect, it } from "vitest";
import { pageTitle } from "./page-title";

const root = (locale: string) => [{ id: "root", data: { locale } }];

describe("pageTitle", () => {
  it("says the page in the reader's language, then the product", () => {
    expect(pageTitle(root("fr"), "title.invoices")).toEqual({ title: "Factures · Quote-part" });
    expect(pageTitle(root("en"), "title.invoices")).toEqual({ title: "Invoices · Quote-part" });
  });

  it("puts a loaded name first and falls back to a word when there is none", () => {
    expect(pageTitle(root("en"), { name: "F-2026-0004", otherwise: "title.draft" }, "title.invoices").title).toBe(
      "F-2026-0004 · Invoices · Quote-part",
    );
    expect(pageTitle(root("en"), { name: undefined, otherwise: "title.draft" }, "title.invoices").title).toBe(
      "Draft · Invoices · Quote-part",
    );
  });

  it("reads French when the root has no data (an error before its loader ran)", () => {
    expect(pageTitle([{ id: "root", data: undefined }], "title.login").title).toBe("Connexion · Quote-part");
  });
});
