// The treasurer's everyday money journeys, clicked from the login page on the demo that has lived a
// year (prisma/seed-finance.ts), issue 12:
//   - a partial credit note (the travel of a one-off invoice), and a full one on an invoice issued by
//     mistake, each checked against the invoice's remaining balance;
//   - payments through Paiements → Enregistrer un paiement → structure → Choisir → Enregistrer: a
//     partial bank transfer, a cheque, then an over-payment kept as the member's credit (trop-perçu).
// The payment journey changes structure on the page, a client-side navigation: before the fix the
// form kept the state of its first render (no member id, no open invoice), so "Enregistrer" was refused
// with nothing to see and no payment was recorded; each step below checks the payment page it lands on.
// It runs after accounting.desktop.spec.ts (files run in name order), which needs the demo's overdue
// Théâtre du Diois invoice still unpaid.
import type { Locator, Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
// The machine is shared and axe runs on every page: the default 30 s is too short for a whole journey.
test.describe.configure({ timeout: 180_000 });

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });
/** "2 000,00 €" as the page prints it (narrow or plain no-break spaces), for a regular expression. */
const euros = (text: string) => text.replace(/ /g, "\\s").replace("€", "\\s?€");
const totals = (page: Page) => page.locator("dl.invoice-totals");
const totalLine = (page: Page, label: string) => totals(page).locator(`dt:text-is("${label}") + dd`);

/** Factures → Nouvelle facture → lines → Créer le brouillon → Émettre la facture; returns its number. */
async function issueOneOff(
  page: Page,
  memberName: string,
  lines: { description: string; quantity: string; price: string }[],
  onDraft?: () => Promise<unknown>,
) {
  await menu(page).getByRole("link", { name: "Factures", exact: true }).click();
  await page.getByRole("link", { name: "Nouvelle facture" }).click();
  await page.getByLabel("Structure facturée").selectOption({ label: memberName });
  for (const [index, line] of lines.entries()) {
    await page.getByLabel("Désignation").nth(index).fill(line.description);
    await page.getByLabel("Quantité").nth(index).fill(line.quantity);
    await page.getByLabel("Prix unitaire HT (€)").nth(index).fill(line.price);
  }
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  // A draft has no number yet, and says so once (it read "Brouillon Brouillon").
  await expect(page.getByRole("heading", { level: 1, name: "Brouillon de facture", exact: true })).toBeVisible();
  await onDraft?.();
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/F\d{4}-\d{4}/);
  return /F\d{4}-\d{4}/.exec((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")![0];
}

test("a partial credit note takes the travel off an invoice", async ({ page }, testInfo) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  const invoiceNumber = await issueOneOff(page, "Épicerie solidaire Le Panier", [
    { description: "Installation du poste de caisse", quantity: "1", price: "300" },
    { description: "Déplacement à Saillans", quantity: "1", price: "40" },
  ]);
  await expect(totalLine(page, "Reste dû")).toHaveText(new RegExp(euros("340,00 €")));
  await shoot(page, testInfo, "avoir-partiel-1-facture");

  await page.getByRole("link", { name: "Émettre un avoir" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Avoir sur la facture ${invoiceNumber}` })).toBeVisible();
  await expect(page.getByText(new RegExp(`Montant encore créditable : ${euros("340,00 €")}`))).toBeVisible();
  await expectNoAxeViolations(page);
  const partial = page.getByRole("form", { name: "Avoir partiel" });
  await partial.getByLabel(/Déplacement à Saillans/).fill("1");
  await partial.getByLabel("Motif (imprimé sur l'avoir)").fill("Déplacement offert : couplé à une autre visite");
  await shoot(page, testInfo, "avoir-partiel-2-formulaire");
  await partial.getByRole("button", { name: "Émettre l'avoir" }).click();

  await expect(page.getByText(/Avoir AV\d{4}-\d{4} émis\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/AV\d{4}-\d{4}/);
  await expect(page.getByRole("cell", { name: "Déplacement à Saillans" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Installation du poste de caisse" })).toHaveCount(0);
  await expect(totalLine(page, "Total TTC")).toHaveText(new RegExp(euros("40,00 €")));
  // A credit note is not something the member pays: no "À régler avant le".
  await expect(page.getByText("À régler avant le")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "avoir-partiel-3-avoir");

  await page.getByRole("link", { name: invoiceNumber }).click();
  await expect(totalLine(page, "Avoirs")).toHaveText(new RegExp(euros("40,00 €")));
  await expect(totalLine(page, "Reste dû")).toHaveText(new RegExp(euros("300,00 €")));
  await expect(page.getByRole("heading", { level: 2, name: "Avoirs émis" })).toBeVisible();
  await shoot(page, testInfo, "avoir-partiel-4-reste-du");

  // Only what is left can still be credited; the full cancellation is no longer offered.
  await page.getByRole("link", { name: "Émettre un avoir" }).click();
  await expect(page.getByText(new RegExp(`Montant encore créditable : ${euros("300,00 €")}`))).toBeVisible();
  await expect(page.getByRole("button", { name: "Annuler toute la facture" })).toHaveCount(0);
});

test("a full credit note cancels an invoice issued by mistake", async ({ page }, testInfo) => {
  const description = `Dépannage imprimante ${Date.now()}`;
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  const invoiceNumber = await issueOneOff(
    page,
    "Compagnie Les Passeurs",
    [{ description, quantity: "2", price: "60" }],
    () => shoot(page, testInfo, "avoir-total-1-brouillon"),
  );
  await expect(totalLine(page, "Reste dû")).toHaveText(new RegExp(euros("120,00 €")));

  await page.getByRole("link", { name: "Émettre un avoir" }).click();
  const full = page.getByRole("form", { name: "Avoir total" });
  await full
    .getByLabel("Motif (imprimé sur l'avoir)")
    .fill("Facture émise par erreur : dépannage couvert par les parts");
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "avoir-total-2-formulaire");
  await full.getByRole("button", { name: "Annuler toute la facture" }).click();

  await expect(page.getByText(/Avoir AV\d{4}-\d{4} émis\./)).toBeVisible();
  await expect(page.getByRole("cell", { name: description })).toBeVisible();
  await expect(totalLine(page, "Total TTC")).toHaveText(new RegExp(euros("120,00 €")));
  await shoot(page, testInfo, "avoir-total-3-avoir");
  await page.getByRole("link", { name: invoiceNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Annulée");
  await expect(totalLine(page, "Avoirs")).toHaveText(new RegExp(euros("120,00 €")));
  await expect(totalLine(page, "Reste dû")).toHaveText(new RegExp(euros("0,00 €")));
  await expect(page.getByRole("link", { name: "Émettre un avoir" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "avoir-total-4-facture-annulee");
});

/** Menu → Paiements → Enregistrer un paiement. */
async function openPaymentForm(page: Page) {
  await menu(page).getByRole("link", { name: "Paiements", exact: true }).click();
  await page.getByRole("link", { name: "Enregistrer un paiement" }).click();
}

/** Chooses the paying structure on the payment page: a client-side navigation to the same page. */
async function choosePayer(page: Page, memberName: string) {
  await page.getByLabel("Structure qui a payé").selectOption({ label: memberName });
  await page.getByRole("button", { name: "Choisir" }).click();
  await expect(page.getByRole("heading", { level: 2, name: memberName })).toBeVisible();
}

/** Fills the payment form as the treasurer would; `allocation`: the amount typed against one open invoice. */
async function fillPayment(
  page: Page,
  payment: { method: string; amount: string; reference: string; allocation?: { to: Locator; amount: string } },
) {
  await page.getByLabel("Moyen de paiement").selectOption({ label: payment.method });
  await page.getByLabel("Montant reçu (€)").fill(payment.amount);
  await page.getByLabel("Référence (n° de chèque, libellé du virement…)").fill(payment.reference);
  if (payment.allocation) await payment.allocation.to.fill(payment.allocation.amount);
}

/** Enregistrer, then checks the payment page it lands on. */
async function submitPayment(page: Page, reference: string) {
  await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByText("Paiement enregistré.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Paiement du 24/11/2026" })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
}

const openFirstAllocatedInvoice = (page: Page) =>
  page
    .getByRole("link", { name: /^F\d{4}-\d{4}$/ })
    .first()
    .click();

test("payments: a partial transfer, a cheque and an over-payment kept as a credit", async ({ page }, testInfo) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await openPaymentForm(page);
  await expect(page.getByRole("heading", { level: 1, name: "Enregistrer un paiement" })).toBeVisible();
  await shoot(page, testInfo, "paiement-1-choix");

  // 1. Théâtre du Diois pays 200 € of its 550 € by transfer.
  await choosePayer(page, "Théâtre du Diois");
  const theatreInvoice = page.getByLabel(
    new RegExp(`Montant affecté à F\\d{4}-\\d{4} \\(reste dû ${euros("550,00 €")}\\)`),
  );
  await expect(theatreInvoice).toBeVisible();
  await fillPayment(page, {
    method: "Virement",
    amount: "200",
    reference: "VIR THEATRE DIOIS ACOMPTE",
    allocation: { to: theatreInvoice, amount: "200" },
  });
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "paiement-2-virement-partiel");
  await submitPayment(page, "VIR THEATRE DIOIS ACOMPTE");
  await openFirstAllocatedInvoice(page);
  // Still overdue (due in February), now for what is left.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("En retard");
  await expect(totalLine(page, "Déjà payé")).toHaveText(new RegExp(euros("200,00 €")));
  await expect(totalLine(page, "Reste dû")).toHaveText(new RegExp(euros("350,00 €")));
  await shoot(page, testInfo, "paiement-3-facture-partiellement-payee");

  // 2. The Ressourcerie settles what it still owes by cheque (chosen from the same page, client-side).
  await openPaymentForm(page);
  await choosePayer(page, "Théâtre du Diois");
  await choosePayer(page, "Ressourcerie du Val");
  const ressourcerieInvoice = page.getByLabel(
    new RegExp(`Montant affecté à F\\d{4}-\\d{4} \\(reste dû ${euros("330,00 €")}\\)`),
  );
  await fillPayment(page, {
    method: "Chèque",
    amount: "330",
    reference: "Chèque n° 7730412",
    allocation: { to: ressourcerieInvoice, amount: "330" },
  });
  await shoot(page, testInfo, "paiement-4-cheque");
  await submitPayment(page, "Chèque n° 7730412");
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "paiement-5-cheque-enregistre");
  await openFirstAllocatedInvoice(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Payée");
  await expect(totalLine(page, "Reste dû")).toHaveText(new RegExp(euros("0,00 €")));

  // 3. The Théâtre then transfers 400 € for the 350 € left: 50 € stay as its credit (trop-perçu).
  await openPaymentForm(page);
  await choosePayer(page, "Ressourcerie du Val");
  await choosePayer(page, "Théâtre du Diois");
  await expect(page.getByLabel(new RegExp(`reste dû ${euros("350,00 €")}`))).toBeVisible();
  // Left blank, the allocation goes to the oldest open invoices; the rest is the member's credit.
  await fillPayment(page, { method: "Virement", amount: "400", reference: "VIR THEATRE DIOIS SOLDE" });
  await shoot(page, testInfo, "paiement-6-trop-percu");
  await submitPayment(page, "VIR THEATRE DIOIS SOLDE");
  await expect(
    page.getByText(new RegExp(`Non affecté \\(trop-perçu, crédit de la structure\\) : ${euros("50,00 €")}`)),
  ).toBeVisible();
  // An over-payment is the member's credit (trop-perçu), never called a credit note ("avoir").
  await expect(page.getByRole("main").getByText(/\bavoir\b/i)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "paiement-7-trop-percu-enregistre");
  await openFirstAllocatedInvoice(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Payée");
  await expect(totalLine(page, "Déjà payé")).toHaveText(new RegExp(euros("550,00 €")));

  // The credit shows where the next payment is recorded.
  await openPaymentForm(page);
  await choosePayer(page, "Théâtre du Diois");
  await expect(
    page.getByText(new RegExp(`Trop-perçu actuel \\(crédit de la structure\\) : ${euros("50,00 €")}`)),
  ).toBeVisible();
  await shoot(page, testInfo, "paiement-8-credit-de-la-structure");
});
