// A member reads the app in English and moves between pages of different message areas without a
// full page load: each page brings its texts in the page's language only (ADR 023), so nothing
// shows a bare key or falls back to French. Then back to French, the other way round.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

type Catalogue = Record<string, string>;

/** Every text of one language, read from the catalogue files the app is built from. */
function catalogue(locale: "fr" | "en"): Catalogue {
  const dir = path.resolve("app/utils/messages");
  const texts: Catalogue = {};
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(`.${locale}.ts`))) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    for (const match of source.matchAll(/^\s+"([^"]+)":\s*"((?:[^"\\]|\\.)*)",?$/gm))
      texts[match[1]] = JSON.parse(`"${match[2]}"`) as string;
  }
  return texts;
}

const fr = catalogue("fr");
const en = catalogue("en");

/** The page speaks `shown` only: no message key, no sentence of the other language. */
async function expectOnly(page: Page, shown: Catalogue, other: Catalogue) {
  const text = await page.locator("body").innerText();
  expect(Object.keys(fr).filter((key) => text.includes(key))).toEqual([]);
  expect(text).not.toMatch(/\{\w+\}/);
  // Sentences of some length that differ between the languages ("Notes" is both).
  const foreign = Object.entries(other)
    .filter(([key, sentence]) => sentence.length >= 12 && sentence !== shown[key] && !sentence.includes("{"))
    .map(([, sentence]) => sentence)
    .filter((sentence) => text.includes(sentence));
  expect(foreign).toEqual([]);
  // Short labels too (a button, a column, a heading): no line of the page is a text of the other
  // language that differs from this one's ("Planning" is both).
  const otherLabels = new Set(Object.entries(other).flatMap(([key, label]) => (label !== shown[key] ? [label] : [])));
  const lines = text.split("\n").map((line) => line.trim());
  expect(lines.filter((line) => line.length > 2 && otherLabels.has(line))).toEqual([]);
}

async function chooseLanguage(page: Page, menu: string, profile: string, label: string, locale: string, save: string) {
  await page.getByRole("navigation", { name: menu }).getByRole("link", { name: profile }).click();
  await page.getByLabel(label).selectOption(locale);
  await page.getByRole("button", { name: save }).click();
}

/** Follows a menu link and proves the page changed without a document load. */
async function navigateInPage(page: Page, menu: string, link: string, url: RegExp) {
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole("navigation", { name: menu }).getByRole("link", { name: link, exact: true }).click();
  await expect(page).toHaveURL(url);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
}

test("in English, a member goes from home to invoices in the page, English only; back in French, French only", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
  await logIn(page, "membre2@demo.quote-part.test", /\/espace-membre$/);

  await chooseLanguage(page, "Menu principal", "Mon profil", "Langue de l'interface", "en", "Enregistrer");
  await expect(page.getByText(en["profile.saved"])).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await navigateInPage(page, "Main menu", en["nav.home"], /\/espace-membre$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Hello/ })).toBeVisible();
  await navigateInPage(page, "Main menu", en["nav.myInvoices"], /\/espace-membre\/factures$/);
  await expect(page.getByRole("heading", { level: 1, name: en["invoicing.myTitle"] })).toBeVisible();
  await expectOnly(page, en, fr);
  await expectNoAxeViolations(page);
  await shot("anglais-factures-membre");
  await navigateInPage(page, "Main menu", en["nav.home"], /\/espace-membre$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Hello/ })).toBeVisible();
  await expectOnly(page, en, fr);
  await shot("anglais-accueil-membre");

  await chooseLanguage(page, "Main menu", en["nav.profile"], "Interface language", "fr", "Save");
  await expect(page.getByText(fr["profile.saved"])).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await navigateInPage(page, "Menu principal", fr["nav.myInvoices"], /\/espace-membre\/factures$/);
  await expect(page.getByRole("heading", { level: 1, name: fr["invoicing.myTitle"] })).toBeVisible();
  await navigateInPage(page, "Menu principal", fr["nav.home"], /\/espace-membre$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Bonjour/ })).toBeVisible();
  await expectOnly(page, fr, en);
  await shot("francais-accueil-membre");
  await logOut(page);
});

/** Each menu page in English: the document title from the catalogue, no French on the page. */
async function visitInEnglish(
  page: Page,
  pages: { link: string; url: RegExp; title: string | null }[],
  shot: (name: string) => Promise<unknown>,
  prefix: string,
) {
  for (const { link, url, title } of pages) {
    await navigateInPage(page, "Main menu", link, url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(title ? `${en[title]} · Quote-part` : "Quote-part");
    await expectOnly(page, en, fr);
    await shot(`${prefix}-${new URL(page.url()).pathname.replaceAll("/", "-").slice(1)}`);
  }
}

test("in English, the member's and the treasurer's main pages have English titles and no French", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });

  await logIn(page, "membre@demo.quote-part.test", /\/espace-membre$/);
  await chooseLanguage(page, "Menu principal", "Mon profil", "Langue de l'interface", "en", "Enregistrer");
  await expect(page.getByText(en["profile.saved"])).toBeVisible();
  await expect(page).toHaveTitle(`${en["title.profile"]} · Quote-part`);
  await visitInEnglish(
    page,
    [
      { link: en["nav.home"], url: /\/espace-membre$/, title: null },
      { link: en["nav.myRequests"], url: /\/espace-membre\/demandes$/, title: "title.myRequests" },
      { link: en["nav.myInterventions"], url: /\/espace-membre\/interventions$/, title: "title.myInterventions" },
      { link: en["nav.myBalance"], url: /\/espace-membre\/solde$/, title: "title.myBalance" },
      { link: en["nav.myInvoices"], url: /\/espace-membre\/factures$/, title: "title.myInvoices" },
      { link: en["statement.myTitle"], url: /\/espace-membre\/releve$/, title: "title.myStatement" },
    ],
    shot,
    "anglais-membre",
  );
  // Texts the application stored or built in French: the balance's movement reasons and how each
  // visit's time was counted are said in English too.
  await navigateInPage(page, "Main menu", en["nav.myBalance"], /\/espace-membre\/solde$/);
  const movements = page.getByRole("table").filter({ hasText: en["ledger.kind.GRANT"] });
  await expect(movements).toContainText(en["ledger.reason.grant"]);
  await expect(movements).toContainText("Carried over from the 2025 period");
  await expect(movements).toContainText(/spent → .* counted/);
  await expect(movements).not.toContainText(/passées|décomptées|Report de la période|Attribution des parts/);
  await chooseLanguage(page, "Main menu", en["nav.profile"], "Interface language", "fr", "Save");
  await expect(page).toHaveTitle(`${fr["title.profile"]} · Quote-part`);
  await logOut(page);

  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await chooseLanguage(page, "Menu principal", "Mon profil", "Langue de l'interface", "en", "Enregistrer");
  await expect(page.getByText(en["profile.saved"])).toBeVisible();
  await visitInEnglish(
    page,
    [
      { link: en["nav.home"], url: /\/tresorerie$/, title: null },
      { link: en["nav.members"], url: /\/structures$/, title: "title.members" },
      { link: en["nav.subscriptions"], url: /\/souscriptions$/, title: "title.subscriptions" },
      { link: en["nav.balances"], url: /\/soldes$/, title: "title.balances" },
      { link: en["nav.invoices"], url: /\/factures$/, title: "title.invoices" },
      { link: en["nav.payments"], url: /\/paiements$/, title: "title.payments" },
      { link: en["nav.unpaid"], url: /\/paiements\/impayes$/, title: "title.unpaid" },
    ],
    shot,
    "anglais-tresorier",
  );
  // The unpaid chart's axis writes euros the English way ("€1,000", not "1,000 €").
  const axis = page.locator(".payments-ageing-chart svg text");
  await expect(axis.filter({ hasText: /^€\d/ }).first()).toBeVisible();
  await expect(axis.filter({ hasText: /\d €$/ })).toHaveCount(0);
  // The same on the treasurer's home, whose two charts draw receivables and cash in euros.
  await navigateInPage(page, "Main menu", en["nav.home"], /\/tresorerie$/);
  const homeAxes = page.locator("svg text");
  await expect(homeAxes.filter({ hasText: /^€\d/ }).first()).toBeVisible();
  await expect(homeAxes.filter({ hasText: /\d €$/ })).toHaveCount(0);
  await chooseLanguage(page, "Main menu", en["nav.profile"], "Interface language", "fr", "Save");
  await expect(page).toHaveTitle(`${fr["title.profile"]} · Quote-part`);
  await logOut(page);
});

test("in English, a treasurer's refused export says why in English (issue 13: one error type)", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await chooseLanguage(page, "Menu principal", "Mon profil", "Langue de l'interface", "en", "Enregistrer");
  await expect(page.getByText(en["profile.saved"])).toBeVisible();
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: en["nav.invoices"], exact: true })
    .click();
  const exports = page.getByRole("region", { name: en["invoicing.exports"] });
  await exports.getByLabel(en["invoicing.export.from"]).fill("2026-12-31");
  await exports.getByLabel(en["invoicing.export.to"]).fill("2026-01-01");
  await shot("anglais-export-refuse-formulaire");
  await exports.getByRole("button", { name: en["invoicing.export.invoices"] }).click();
  // The refusal comes from the domain (invoicing.refusal.exportRange), said in the treasurer's language,
  // back on the Invoices page with its header and menu: the download does not strand them on a bare text.
  await expect(page).toHaveURL(/\/factures$/);
  await expect(page.locator(".toast-error")).toHaveText(en["invoicing.refusal.exportRange"]);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot("anglais-export-refuse-reponse");

  await chooseLanguage(page, "Main menu", en["nav.profile"], "Interface language", "fr", "Save");
  await expect(page.getByText(fr["profile.saved"])).toBeVisible();
  await logOut(page);
});
