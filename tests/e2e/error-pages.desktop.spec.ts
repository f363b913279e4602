// Error pages keep the header and the menu, speak the user's language, and offer a way back
// (issue 13): a member follows a stale address, a technician types a treasurer's address.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

test("a stale address answers « Page introuvable » inside the member's space, with a way back", async ({
  page,
}, testInfo) => {
  await logIn(page, "membre@demo.quote-part.test");
  // As a person would: an old link from an e-mail, typed or pasted into the address bar.
  await page.goto("/espace-membre/factures/n-existe-plus");
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable." })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu principal" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await page.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/erreur-404-membre.png`,
    fullPage: true,
  });
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Retour à « Mes factures »" }).click();
  await expect(page).toHaveURL(/\/espace-membre\/factures$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await logOut(page);
});

test("a page of another role answers 403 with the menu, then in English once the profile says so", async ({
  page,
}, testInfo) => {
  await logIn(page, "technicien@demo.quote-part.test");
  await page.goto("/factures");
  await expect(page.getByRole("heading", { level: 1, name: "Vous n'avez pas accès à cette page." })).toBeVisible();
  await expect(page.getByText("Votre rôle ne donne pas accès à cette page.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu principal" })).toBeVisible();
  await page.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/erreur-403-technicien.png`,
    fullPage: true,
  });
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Retour à l'accueil" }).click();
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mon profil" }).click();
  await page.getByLabel("Langue de l'interface").selectOption("en");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Your preferences are saved.")).toBeVisible();
  await page.goto("/factures");
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page." })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/erreur-403-anglais.png`,
    fullPage: true,
  });

  // Back to French for the journeys that follow on the same demo account.
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "My profile" }).click();
  await page.getByLabel("Interface language").selectOption("fr");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Vos préférences sont enregistrées.")).toBeVisible();
});
