// Chorus Pro, clicked at 1280 px: the treasurer connects the association's PISTE application and
// technical account (a local fake that follows Chorus Pro's documented API and refuses a Factur-X
// without service code or engagement number), makes a new member a public body with its references
// for the year, issues an invoice: it is deposited on Chorus Pro ("Déposée"), and the status the
// public body's accountant sets there ("Mise à disposition") comes back in the invoice's timeline.
import type { Page } from "@playwright/test";
import { startFakeChorusPro, type FakeChorusPro } from "../support/fake-chorus-pro";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });
const timeline = (page: Page) => page.getByRole("region", { name: "Suivi de la facture électronique" });

let chorus: FakeChorusPro;

test.beforeAll(async ({ request }) => {
  const serverTime = Date.parse(((await (await request.get("/healthz")).json()) as { time: string }).time);
  const offset = serverTime - Date.now();
  chorus = await startFakeChorusPro({ clock: () => Date.now() + offset });
});

test.afterAll(async () => {
  await chorus?.close();
});

test("an invoice to a public body is deposited on Chorus Pro and its status comes back", async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const name = `Communauté de communes du Diois ${Date.now()}`;
  const shot = (step: string) =>
    page.screenshot({
      path: `tests/.artifacts/screenshots/${testInfo.project.name}/chorus-${step}.png`,
      fullPage: true,
    });

  // The board records the public body.
  await logIn(page, "admin@demo.quote-part.test");
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name: "Nouvelle structure" }).click();
  await page.getByLabel("Raison sociale").fill(name);
  await page.getByLabel("SIREN").fill("213 800 006");
  await page.getByLabel("E-mail de facturation").fill("finances@diois.example");
  await page.getByLabel("Adresse", { exact: true }).fill("42 rue Camille Buffardel");
  await page.getByLabel("Code postal").fill("26150");
  await page.getByLabel("Ville").fill("Die");
  await page.getByRole("button", { name: "Créer la structure" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
  await logOut(page);

  // The treasurer puts the association in scope and connects Chorus Pro.
  await logIn(page, "tresorier@demo.quote-part.test");
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await page.getByRole("radio", { name: "Toujours transmettre à la plateforme agréée" }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Les paramètres de facturation électronique sont enregistrés.")).toBeVisible();
  await page.getByLabel("Adresse de l'API Chorus Pro (PISTE)").fill(chorus.url);
  await page.getByLabel("Adresse du jeton OAuth2 PISTE").fill(`${chorus.url}/api/oauth/token`);
  await page.getByLabel("Identifiant client PISTE").fill(chorus.clientId);
  await page.getByLabel("Secret client PISTE").fill(chorus.clientSecret);
  await page.getByLabel("Identifiant du compte technique Chorus Pro").fill(chorus.login);
  await page.getByLabel("Mot de passe du compte technique Chorus Pro").fill(chorus.password);
  await page.getByRole("button", { name: "Enregistrer la connexion Chorus Pro" }).click();
  await expect(page.getByText("La connexion à Chorus Pro est enregistrée.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shot("1-connexion");

  // The member becomes a public body, with its references for the year.
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await page.getByLabel("Type de client").selectOption({ label: "Organisme public (Chorus Pro)" });
  await page.getByRole("button", { name: "Enregistrer le profil de facturation électronique" }).click();
  await expect(page.getByText("Le profil de facturation électronique est enregistré.")).toBeVisible();
  await page.getByLabel("Code service").fill("SERVICE-INFORMATIQUE");
  await page.getByLabel("Numéro d'engagement").fill("EJ-2026-0777");
  await page.getByRole("button", { name: "Enregistrer les références" }).click();
  await expect(page.getByText("Les références Chorus Pro de 2026 sont enregistrées.")).toBeVisible();

  // The invoice, issued: deposited on Chorus Pro once, with the service code and the engagement number.
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Nouvelle facture" }).click();
  await page.getByLabel("Structure facturée").selectOption({ label: name });
  await page.getByLabel("Désignation").first().fill("Maintenance des postes de la communauté de communes");
  await page.getByLabel("Quantité").first().fill("1");
  await page.getByLabel("Prix unitaire HT (€)").first().fill("600");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page).toHaveURL(/\/factures\/[^/]+$/);
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(/F\d{4}-\d{4}/);
  const number = /F\d{4}-\d{4}/.exec((await heading.textContent()) ?? "")![0];
  await expect
    .poll(() => chorus.invoices.filter((invoice) => invoice.numeroFacture === number).length, { timeout: 45_000 })
    .toBe(1);
  expect(chorus.invoices.find((invoice) => invoice.numeroFacture === number)).toMatchObject({
    serviceCode: "SERVICE-INFORMATIQUE",
    engagementNumber: "EJ-2026-0777",
  });
  expect(chorus.refusedCalls).toEqual([]);
  await expect(async () => {
    await page.reload();
    await expect(timeline(page).getByText("Transmise par Chorus Pro (client public).")).toBeVisible({ timeout: 1_000 });
    await expect(timeline(page).getByText("Déposée", { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expectNoAxeViolations(page);
  await shot("2-deposee");

  // The public body's accountant makes it available on Chorus Pro; the minute's search brings it back.
  chorus.setStatus(number, "MISE_A_DISPOSITION");
  await expect(async () => {
    await page.reload();
    await expect(timeline(page).getByText("Mise à disposition du client", { exact: true }).first()).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await shot("3-mise-a-disposition");

  // Back to the demo's own setting for the journeys that follow.
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await page.getByRole("radio", { name: "Suivre le régime de TVA (recommandé)" }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Les paramètres de facturation électronique sont enregistrés.")).toBeVisible();
});
