// The booking journey in a real browser: a member requests an intervention, the technician
// plans it with a suggested slot, the member sees it planned in their list and in their feed.
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

test("a member requests, the technician plans, the member sees it in the list and the feed", async ({
  page,
}, testInfo) => {
  const subject = `Imprimante bloquée ${Date.now()}`;

  await logIn(page, "membre@demo.quote-part.test");
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  await page.getByRole("link", { name: "Demander une intervention" }).click();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Description du besoin").fill("Plus rien ne sort depuis lundi.");
  await page.getByLabel("Urgence").selectOption("URGENT");
  await expect(page.getByRole("heading", { name: "Effet sur votre solde" })).toBeVisible();
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText("Demandée", { exact: true })).toBeVisible();
  await logOut(page);

  await logIn(page, "technicien@demo.quote-part.test");
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Demandes" }).click();
  await page.getByRole("link", { name: subject }).click();
  const firstSuggestion = page.getByRole("button", { name: /^Planifier le / }).first();
  await expect(firstSuggestion).toBeVisible();
  await firstSuggestion.click();
  await expect(page).toHaveURL(/\/planning\/interventions\//);
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await page.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/planning-intervention.png`,
    fullPage: true,
  });
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Planning" }).click();
  await page.getByLabel("Vue").selectOption("semaine");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/vue=semaine/);
  await page.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/planning-semaine.png`,
    fullPage: true,
  });
  await logOut(page);

  await logIn(page, "membre@demo.quote-part.test");
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  const item = page.getByRole("listitem").filter({ hasText: subject });
  await expect(item.getByText("Planifiée", { exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mon profil" }).click();
  await page.getByRole("link", { name: "Agenda iCal" }).click();
  await page.getByRole("button", { name: "Créer une adresse" }).click();
  const url = await page.getByLabel("Votre nouvelle adresse, à copier maintenant :").inputValue();
  expect(url).toMatch(/\/calendrier\/[A-Za-z0-9_-]+\.ics$/);
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  const text = (await feed.text()).replace(/\r\n[ \t]/g, "");
  expect(text).toContain(`SUMMARY:${subject}`);
});
