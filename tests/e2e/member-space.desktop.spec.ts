// The member's space leads to action: from the home page, ask for an intervention picking a free
// slot, find every intervention with its signed report, and read the balance's year-end projection.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/desktop/${name}.png`, fullPage: true });

test("a member asks for an intervention on a free slot, then finds reports and the year-end projection", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await logIn(page, "membre@demo.quote-part.test", /\/espace-membre$/);
  await expect(page.getByText(/1 j = 7 h/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prochaine intervention" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dernière fiche signée" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "membre-1-accueil");

  await page.getByRole("link", { name: "+ Demander une intervention" }).click();
  const subject = `Poste de l'accueil lent ${Date.now()}`;
  await page.getByLabel("Objet").fill(subject);
  const slots = page.getByRole("group", { name: "Choisir un créneau libre (facultatif)" });
  const firstSlot = slots.getByRole("radio").nth(1);
  const slotText = (await slots.locator("label.choice").nth(1).textContent())!.trim();
  await firstSlot.check();
  await expectNoAxeViolations(page);
  await shot(page, "membre-2-demande-creneau");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText(slotText.split(" · ")[0].split(",")[0], { exact: false }).first()).toBeVisible();
  await shot(page, "membre-3-demande-envoyee");

  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Mes interventions" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes interventions" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "membre-4-interventions");

  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mon solde" }).click();
  await expect(page.locator(".year-end")).toContainText(/à ce rythme/);
  await expectNoAxeViolations(page);
  await shot(page, "membre-5-solde");
});
