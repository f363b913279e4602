import { describe, expect, it } from "vitest";
import { expectEach } from "../../tests/support/expect-each";
import { fill, formatterCache, intlLocaleOf, localeFromAcceptLanguage, translate, translateError } from "./i18n";

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
    expectEach(localeFromAcceptLanguage, [
      ["en-GB,en;q=0.9", "en"],
      ["fr-FR,en;q=0.5", "fr"],
      [null, "fr"],
    ]);
  });
  it("chooses the plural by the language's rules: 0 and 1 are singular in French, only 1 in English", () => {
    const fr = "{count, plural, one {# facture émise} other {# factures émises}}";
    const en = "{count, plural, one {# invoice issued} other {# invoices issued}}";
    expect([0, 1, 2, 10].map((count) => fill("fr", fr, { count }))).toEqual([
      "0 facture émise",
      "1 facture émise",
      "2 factures émises",
      "10 factures émises",
    ]);
    expect([0, 1, 2].map((count) => fill("en", en, { count }))).toEqual([
      "0 invoices issued",
      "1 invoice issued",
      "2 invoices issued",
    ]);
  });
  it("fills placeholders inside and around plurals, and an exact =0 first", () => {
    const text =
      "Campagne terminée : {issued, plural, one {# émise} other {# émises}} pour {period}, {already, plural, =0 {aucune déjà émise} one {# déjà émise} other {# déjà émises}}.";
    expect(fill("fr", text, { issued: 3, already: 0, period: "2026" })).toBe(
      "Campagne terminée : 3 émises pour 2026, aucune déjà émise.",
    );
    expect(fill("fr", "{n, plural, one {{name} a # part} other {{name} a # parts}}", { n: 2, name: "Lire" })).toBe(
      "Lire a 2 parts",
    );
    expect(translate("fr", "subscriptions.sharesCount", { shares: "1,5" })).toBe("1,5 part");
    expect(translate("en", "subscriptions.sharesCount", { shares: "1.5" })).toBe("1.5 shares");
  });
  it("says the catalogue's plurals in both languages", () => {
    expectEach(translate, [
      ["fr", "offline.synced", { count: 1 }, "1 saisie hors connexion envoyée."],
      ["fr", "offline.synced", { count: 2 }, "2 saisies hors connexion envoyées."],
      ["en", "offline.synced", { count: 1 }, "1 offline entry sent."],
      ["en", "offline.synced", { count: 0 }, "0 offline entries sent."],
    ]);
  });
});

describe("intlLocaleOf", () => {
  it("maps the interface language to its Intl locale", () => {
    expect(intlLocaleOf("fr")).toBe("fr-FR");
    expect(intlLocaleOf("en")).toBe("en-GB");
  });
});

describe("formatterCache", () => {
  it("builds one formatter per language and options, and reuses it", () => {
    let built = 0;
    const numberFormatOf = formatterCache((intlLocale, options: Intl.NumberFormatOptions) => {
      built += 1;
      return new Intl.NumberFormat(intlLocale, options);
    });
    const euros = numberFormatOf("fr-FR", { style: "currency", currency: "EUR" });
    expect(numberFormatOf("fr-FR", { style: "currency", currency: "EUR" })).toBe(euros);
    expect(euros.format(1234.5)).toBe("1\u202f234,50\u00a0€");
    expect(numberFormatOf("en-GB", { style: "currency", currency: "EUR" }).format(1234.5)).toBe("€1,234.50");
    expect(numberFormatOf("fr-FR", { maximumFractionDigits: 0 })).not.toBe(euros);
    expect(built).toBe(3);
  });
});
