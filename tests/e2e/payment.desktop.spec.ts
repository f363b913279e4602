// Paying an invoice online in a real browser, against the local fake Stripe (no internet): the
// treasurer issues an invoice, the member opens it, clicks "Payer en ligne", pays on the simulated
// Checkout page (which sends the signed checkout.session.completed webhook to the app), comes back
// and sees the invoice paid. The app server's STRIPE_* variables (playwright.config.ts) point the
// real SDK at this fake, on port E2E_PORT + 89 (3299 by default).
import { expect, test } from "./support/clock";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { logIn, logOut } from "./support/login";

const appPort = Number(process.env.E2E_PORT ?? 3210);
let fake: FakeStripe;

test.beforeAll(async () => {
  fake = await startFakeStripe({
    port: appPort + 89,
    webhookUrl: `http://127.0.0.1:${appPort}/webhooks/stripe`,
    webhookSecret: "whsec_test",
  });
});

test.afterAll(async () => {
  await fake?.close();
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
