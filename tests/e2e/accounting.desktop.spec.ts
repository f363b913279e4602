// The treasurer's and the member's money journeys, clicked from the home page on the demo that has
// lived a year (prisma/seed-finance.ts): a manual reminder with its history, a member's statement
// (page and PDF, with the SEPA transfer QR code), and each accountant's export downloaded by its button.
import { readFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
// The machine is shared and axe runs on every page: the default 30 s is too short for a whole journey.
test.describe.configure({ timeout: 120_000 });

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });

test("the treasurer sends a manual reminder and sees it in the invoice's history", async ({ page }, testInfo) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "tresorerie-accueil");
  await menu(page).getByRole("link", { name: "Factures", exact: true }).click();
  const overdue = page
    .getByRole("row")
    .filter({ hasText: "Théâtre du Diois" })
    .filter({ hasText: "En retard" })
    .first();
  await overdue.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Relances" })).toBeVisible();
  await expect(page.getByText("Relance automatique").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Relancer" }).click();
  await expect(page.getByText(/Relance envoyée à /)).toBeVisible();
  const manual = page.getByRole("listitem").filter({ hasText: "Relance manuelle" });
  await expect(manual).toContainText("demandés pour cette facture");
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "relance-manuelle");
});

test("a member reads its statement of account, pays by transfer and downloads the PDF", async ({ page }, testInfo) => {
  await logIn(page, "membre@demo.quote-part.test", /\/espace-membre$/);
  const pay = page.getByRole("region", { name: "Payer par virement" });
  await expect(pay.getByText(/Total à régler : /)).toBeVisible();
  await expect(pay.getByText("FR76 3000 6000 0112 3456 7890 189")).toBeVisible();
  await expect(pay.getByRole("img", { name: /QR code de virement SEPA/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "espace-membre-virement");
  await menu(page).getByRole("link", { name: "Mon relevé de compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon relevé de compte" })).toBeVisible();
  // The partial transfer of this year (last year's payment is on the statement too).
  await expect(page.getByRole("cell", { name: /Paiement : virement VIR RESSOURCERIE ACOMPTE/ })).toBeVisible();
  await expect(page.getByText(/Solde dû : /)).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "releve-membre");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger le relevé (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^releve-C\d{5}-2026-11-24\.pdf$/);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
});

test("the treasurer opens a member's statement from its page", async ({ page }, testInfo) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name: "Coopérative Les Champs" }).click();
  await page.getByRole("link", { name: "Relevé de compte" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Relevé de compte · Coopérative Les Champs/ }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: /Paiement : chèque/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "releve-tresorier");
});

test("the treasurer downloads each export and finds what the accountant needs", async ({ page }, testInfo) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await menu(page).getByRole("link", { name: "Factures", exact: true }).click();
  const exports = page.getByRole("region", { name: "Exports comptables" });
  await expectNoAxeViolations(page);
  await shoot(page, testInfo, "exports");
  const downloadOf = async (button: string) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      exports.getByRole("button", { name: button }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const invoices = await downloadOf("Factures (CSV)");
  expect(invoices.name).toBe("factures-2026-01-01-2026-12-31.csv");
  const invoiceRows = invoices.bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(invoiceRows[0]).toContain(";Début de la période de service;Fin de la période de service");
  expect(invoiceRows.find((row) => row.startsWith("AV2026-"))).toMatch(/;-\d+,\d{2};/);

  const payments = await downloadOf("Paiements (CSV)");
  expect(payments.bytes.toString("utf8")).toContain(";Chèque;Reçu;");

  const fec = await downloadOf("Fichier des écritures comptables (FEC)");
  expect(fec.name).toMatch(/^\d{9}FEC20261231\.txt$/);
  const fecText = new TextDecoder("iso-8859-15").decode(fec.bytes);
  const rows = fecText
    .trimEnd()
    .split("\r\n")
    .map((row) => row.split("|"));
  expect(rows[0]).toHaveLength(18);
  expect(rows.some((row) => row[0] === "AV")).toBe(true);
  expect(rows.some((row) => row[4] === "511200")).toBe(true);
  expect(rows.filter((row) => row[4] === "411000").every((row) => /^C\d{5}$/.test(row[6]))).toBe(true);
  expect(rows.some((row) => row[4] === "411000" && row[13] !== "")).toBe(true);
});
