import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, translate, translateError } from "./i18n";

describe("i18n", () => {
  it("speaks French by default and fills placeholders", () => {
    expect(translate("fr", "invite.sent", { email: "a@b.fr" })).toBe("Invitation envoyée à a@b.fr.");
    expect(translate("en", "invite.sent", { email: "a@b.fr" })).toBe("Invitation sent to a@b.fr.");
  });
  it("translates error keys and leaves sentences alone", () => {
    expect(translateError("en", "errors.required")).toBe("This field is required.");
    expect(translateError("fr", "Déjà une phrase.")).toBe("Déjà une phrase.");
    // zod's English defaults never reach the page as they are.
    expect(translateError("fr", "Invalid input")).toBe("Cette valeur n'est pas valide : vérifiez le champ.");
    expect(translateError("fr", "Required")).toBe("Ce champ est obligatoire.");
    expect(translateError("fr", "Expected number, received string")).toBe(
      "Cette valeur n'est pas valide : vérifiez le champ.",
    );
  });
  it("only switches to English when the browser prefers it", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.5")).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBe("fr");
  });
});
