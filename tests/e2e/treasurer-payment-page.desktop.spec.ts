// The payment page's own two forms, clicked as the treasurer would (issue 13 moved both through one
// `answerForm`): a cheque recorded, then paid in at the bank ("Remise en banque"), then the payment
// deleted as a mistake, with its reason. Runs after treasurer-credit-notes-payments (name order).
import type { Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
test.describe.configure({ timeout: 180_000 });

test("a cheque is paid in at the bank, then deleted as a mistake, from its payment page", async ({
  page,
}, testInfo) => {
  const reference = `Chèque n° ${Date.now()}`;
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Paiements", exact: true })
    .click();
  await page.getByRole("link", { name: "Enregistrer un paiement" }).click();
  await page.getByLabel("Structure qui a payé").selectOption({ label: "Coopérative Les Champs" });
  await page.getByRole("button", { name: "Choisir" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Coopérative Les Champs" })).toBeVisible();
  await page.getByLabel("Moyen de paiement").selectOption({ label: "Chèque" });
  await page.getByLabel("Montant reçu (€)").fill("25");
  await page.getByLabel("Référence (n° de chèque, libellé du virement…)").fill(reference);
  await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByText("Paiement enregistré.")).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await shoot(page, testInfo, "page-paiement-1-cheque");

  await page.getByLabel("Date de remise en banque").fill("2026-11-24");
  await page.getByRole("button", { name: "Enregistrer la remise" }).click();
  await expect(page.getByText("Remise en banque enregistrée.")).toBeVisible();
  await expect(page.getByText("Remis en banque le")).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "page-paiement-2-remise");

  await page.getByLabel("Motif de la suppression").fill("Chèque saisi deux fois");
  await page.getByRole("button", { name: "Supprimer le paiement" }).click();
  await expect(page.getByText("Paiement supprimé : les factures concernées sont de nouveau à régler.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "page-paiement-3-supprime");
});
