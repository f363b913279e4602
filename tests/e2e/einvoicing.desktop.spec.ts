// E-invoicing, clicked: the treasurer reads why the association is out of scope and opts for VAT on
// debits; makes a new member a public body; issuing to it is refused BEFORE any number is taken, with a
// French sentence naming what Chorus Pro needs; once the service code and engagement number of the year
// are filled in, the same draft is issued.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });

test("a public member's e-invoicing profile is completed before its invoice is issued", async ({ page }, testInfo) => {
  // A long journey (two users, six pages, two issuance attempts) on a shared, often busy 2-core machine.
  test.setTimeout(300_000);
  const name = `Mairie de Montmaur ${Date.now()}`;
  const shot = (step: string) =>
    page.screenshot({
      path: `tests/.artifacts/screenshots/${testInfo.project.name}/einvoicing-${step}.png`,
      fullPage: true,
    });

  // The board records the new member, with its SIREN.
  await logIn(page, "admin@demo.quote-part.test");
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name: "Nouvelle structure" }).click();
  await page.getByLabel("Raison sociale").fill(name);
  await page.getByLabel("SIREN").fill("212 602 890");
  await page.getByLabel("E-mail de facturation").fill("comptabilite@montmaur.example");
  // A billing address is part of the identity every invoice needs (issue 12).
  await page.getByLabel("Adresse", { exact: true }).fill("1 place de la Mairie");
  await page.getByLabel("Code postal").fill("26150");
  await page.getByLabel("Ville").fill("Montmaur-en-Diois");
  await page.getByRole("button", { name: "Créer la structure" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
  await logOut(page);

  // The treasurer reads the scope decision and opts for VAT on debits.
  await logIn(page, "tresorier@demo.quote-part.test");
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures" })).toBeVisible();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Facturation électronique" })).toBeVisible();
  await expect(page.getByText(/Franchise en base \(art\. 293 B du CGI\)/)).toBeVisible();
  await expect(page.getByText("Hors champ : rien ne change", { exact: false })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Suivre le régime de TVA (recommandé)" })).toBeChecked();
  await page.getByLabel("L'association a opté pour le paiement de la TVA d'après les débits").check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Les paramètres de facturation électronique sont enregistrés.")).toBeVisible();
  await expect(page.getByLabel("L'association a opté pour le paiement de la TVA d'après les débits")).toBeChecked();
  await expectNoAxeViolations(page);
  await shot("1-parametres");

  // The member becomes a public body.
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await expect(page.getByText("212602890")).toBeVisible();
  await page.getByLabel("Type de client").selectOption({ label: "Organisme public (Chorus Pro)" });
  await page.getByRole("button", { name: "Enregistrer le profil de facturation électronique" }).click();
  await expect(page.getByText("Le profil de facturation électronique est enregistré.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Références Chorus Pro par année" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot("2-profil-organisme-public");

  // Issuing without the Chorus Pro references is refused, before any number is taken.
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Nouvelle facture" }).click();
  await page.getByLabel("Structure facturée").selectOption({ label: name });
  await page.getByLabel("Désignation").first().fill("Audit du parc informatique de la mairie");
  await page.getByLabel("Quantité").first().fill("1");
  await page.getByLabel("Prix unitaire HT (€)").first().fill("450");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page).toHaveURL(/\/factures\/[^/]+$/);
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "est un organisme public : Chorus Pro exige le code service et le numéro d'engagement pour 2026",
  );
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText(/F\d{4}-\d{4}/);
  await expectNoAxeViolations(page);
  await shot("3-emission-refusee");

  // The treasurer fills them in for the year, then issues the same draft.
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await expect(page.getByLabel("Année")).toHaveValue("2026");
  await page.getByLabel("Code service").fill("SERVICES-TECHNIQUES");
  await page.getByLabel("Numéro d'engagement").fill("EJ-2026-0042");
  await page.getByRole("button", { name: "Enregistrer les références" }).click();
  await expect(page.getByText("Les références Chorus Pro de 2026 sont enregistrées.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "EJ-2026-0042" })).toBeVisible();
  await shot("4-references-chorus");

  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("row").filter({ hasText: name }).getByRole("link").click();
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/F\d{4}-\d{4}/);
  await expectNoAxeViolations(page);
  await shot("5-facture-emise");
});
