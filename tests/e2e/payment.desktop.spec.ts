// Paying an invoice online in a real browser, against the local fake Stripe (no internet). The fake
// runs in its own process, started by playwright.config.ts before the app's server on port
// E2E_PORT + 89 (3299 by default), where the server's STRIPE_* variables point the real SDK:
//   - the demo seed has already paid one invoice by card against it (prisma/seed-card-payment.ts):
//     the treasurer finds that payment from the home page, as a real user would;
//   - the treasurer issues an invoice, the member opens it, clicks "Payer en ligne", pays on the
//     simulated Checkout page (which sends the signed checkout.session.completed webhook to the app),
//     comes back and sees the invoice paid.
import type { Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });

test("the treasurer finds the demo's card payment, from the home page to the invoice", async ({ page }, testInfo) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await menu(page).getByRole("link", { name: "Paiements", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Paiements" })).toBeVisible();
  await page.getByLabel("Moyen de paiement").selectOption({ label: "Carte bancaire (en ligne)" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/moyen=STRIPE_CARD/);
  // The seed's payment: the Coopérative's training invoice, paid today through Stripe's Checkout.
  const row = page.getByRole("row").filter({ hasText: "Coopérative Les Champs" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "Carte bancaire (en ligne)" })).toBeVisible();
  await expect(row.getByRole("cell", { name: /^pi_test_\w+$/ })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Reçu", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "paiement-carte-demo-1-liste");

  await row.getByRole("link", { name: "24/11/2026" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("24/11/2026");
  await expect(page.getByText(/Coopérative Les Champs · Carte bancaire \(en ligne\) · 180,00\s?€/)).toBeVisible();
  await expect(page.getByText(/^Référence : pi_test_\w+$/)).toBeVisible();
  await shoot(page, testInfo, "paiement-carte-demo-2-paiement");

  await page
    .getByRole("listitem")
    .getByRole("link", { name: /^F\d{4}-\d{4}$/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Payée");
  await expect(page.getByRole("cell", { name: /Formation : sauvegardes et mots de passe/ })).toBeVisible();
  const totals = page.locator("dl.invoice-totals");
  await expect(totals.locator('dt:text-is("Déjà payé") + dd')).toHaveText(/180,00\s?€/);
  await expect(totals.locator('dt:text-is("Reste dû") + dd')).toHaveText(/0,00\s?€/);
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "paiement-carte-demo-3-facture");
});

test("a member pays an invoice online and sees it paid", async ({ page }, testInfo) => {
  const description = `Formation sauvegardes ${Date.now()}`;

  await logIn(page, "tresorier@demo.quote-part.test");
  // Clicked, not reached by its address: Factures → Nouvelle facture.
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Factures", exact: true })
    .click();
  await page.getByRole("link", { name: "Nouvelle facture" }).click();
  await page.getByLabel("Structure facturée").selectOption({ label: "Ressourcerie du Val" });
  await page.getByLabel("Désignation").first().fill(description);
  await page.getByLabel("Quantité").first().fill("1");
  await page.getByLabel("Prix unitaire HT (€)").first().fill("180");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page).toHaveURL(/\/factures\/[^/]+$/);
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(/F\d{4}-\d{4}/);
  const number = /F\d{4}-\d{4}/.exec((await heading.textContent()) ?? "")![0];
  await logOut(page);

  await logIn(page, "membre@demo.quote-part.test");
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes factures" }).click();
  await page.getByRole("link", { name: number, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(number) })).toBeVisible();
  await page.getByRole("button", { name: "Payer en ligne" }).click();

  await expect(page.getByRole("heading", { name: "Stripe Checkout (simulé)" })).toBeVisible();
  await expect(page.getByText(`Facture ${number}`)).toBeVisible();
  await page.getByRole("button", { name: /^Payer / }).click();

  await expect(page).toHaveURL(/\/espace-membre\/factures\/[^/?]+\?paiement=merci/);
  await expect(page.getByRole("heading", { level: 1 }).getByText("Payée", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Payer en ligne" })).toHaveCount(0);
  await expect(page.getByText("Carte bancaire (en ligne)")).toBeVisible();
  await page.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/facture-payee.png`,
    fullPage: true,
  });
});
