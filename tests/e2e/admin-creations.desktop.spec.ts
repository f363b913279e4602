// The administrator creates what the association is made of, from the menu, as a new board would:
// a technician, the next period, then a member organisation. Each creation opens the new record
// (or the list it joins) with a toast, and the new record's empty lists say they are empty rather
// than showing an empty list (ItemList, ADR 024; creationAction, ADR 026); the new organisation is
// found again by a search for a "%" in its name.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

const shots = "tests/.artifacts/screenshots/desktop";

test("the administrator adds a technician, opens the next period and creates a member organisation", async ({
  page,
}) => {
  await logIn(page, "admin@demo.quote-part.test");
  const menu = page.getByRole("navigation", { name: "Menu principal" });

  await menu.getByRole("link", { name: "Techniciens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Techniciens" })).toBeVisible();
  const newTechnician = page.getByRole("region", { name: "Ajouter un technicien" });
  await newTechnician.getByLabel("Nom").fill("Inès Marchal");
  await newTechnician.getByLabel("Temps de travail (%)").fill("80");
  await newTechnician.getByLabel("Début du contrat").fill("2026-12-01");
  await page.screenshot({ path: `${shots}/creation-technicien-form.png`, fullPage: true });
  await newTechnician.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inès Marchal" })).toBeVisible();
  await expect(page.getByText("Inès Marchal a été ajouté·e.")).toBeVisible();
  const absences = page.getByRole("region", { name: "Absences" });
  await expect(absences.getByText("Aucune absence enregistrée.")).toBeVisible();
  await expect(absences.locator("ul")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/creation-technicien.png`, fullPage: true });

  await menu.getByRole("link", { name: "Périodes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Périodes" })).toBeVisible();
  const next = page.getByRole("region", { name: "Ouvrir une période" });
  const nextLabel = (await next.getByText(/^Prochaine période : /).textContent())!.match(/: ([^,]+),/)![1]!;
  await next.getByRole("button", { name: "Créer la période" }).first().click();
  await expect(page.getByText(`Période ${nextLabel} créée.`)).toBeVisible();
  const periods = page.getByRole("region", { name: "Toutes les périodes" });
  await expect(periods.getByText(nextLabel, { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/creation-periode.png`, fullPage: true });

  await menu.getByRole("link", { name: "Structures", exact: true }).click();
  await page.getByRole("link", { name: "Nouvelle structure" }).click();
  await page.getByLabel("Raison sociale").fill("Atelier 100% Vélo");
  await page.getByLabel("Adresse", { exact: true }).fill("4 rue des Rayons");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  // Where its invoices go: without it (or a SIREN) the next campaign could not issue its invoice.
  await page.getByLabel("E-mail de facturation").fill("tresorerie@atelier-velo.example");
  await page.getByRole("button", { name: "Créer la structure" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Atelier 100% Vélo" })).toBeVisible();
  await expect(page.getByText("La structure « Atelier 100% Vélo » est enregistrée.")).toBeVisible();
  await expect(page.getByText("Aucun contact pour l'instant.")).toBeVisible();
  await expect(page.getByText("Aucune souscription.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/creation-structure.png`, fullPage: true });

  // Found again by the search, where "%" is a character of its name, not a wildcard.
  await menu.getByRole("link", { name: "Structures", exact: true }).click();
  await page.getByLabel("Rechercher par nom").fill("100%");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const found = page.getByRole("table").locator("tbody tr");
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText("Atelier 100% Vélo");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/creation-structure-recherche.png`, fullPage: true });
  await logOut(page);
});
