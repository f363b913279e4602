// The treasurer checks the technician time the association can still sell: from the home page to
// Capacité, the month-by-month table (with its total row) and the one per technician, both drawn by
// the UI kit's DataTable.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

test("the treasurer reads the period's capacity month by month and per technician, then the unpaid invoices", async ({
  page,
}) => {
  await logIn(page, "tresorier@demo.quote-part.test", /\/tresorerie$/);
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Capacité" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Capacité — période/ })).toBeVisible();

  const months = page.getByRole("region", { name: "Mois par mois" }).getByRole("table");
  // Twelve months and the total, each named by its row header.
  await expect(months.locator("tbody tr")).toHaveCount(12);
  await expect(months.locator("tbody th[scope=row]").first()).toHaveText(/^[a-zéû.]+ 20\d\d$/);
  await expect(months.locator("tfoot th[scope=row]")).toHaveText("Total");
  // Figures are right-aligned days ("121,5"; the heading says "jours"), in every column but the month.
  await expect(months.locator("tfoot td.number")).toHaveCount(7);
  await expect(months.locator("tfoot td.number").first()).toHaveText(/^\d[\d\s\u202f]*(,5)?$/);

  const technicians = page.getByRole("region", { name: "Par technicien" }).getByRole("table");
  await expect(technicians.locator("tbody tr").first()).toContainText("%");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "tests/.artifacts/screenshots/desktop/capacite.png", fullPage: true });

  // Impayés, the other list drawn by the DataTable that no other journey opens: one row per open
  // invoice, its amounts right-aligned, each number a link to its invoice.
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Impayés" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures impayées" })).toBeVisible();
  const unpaid = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Reste dû" }) });
  await expect(unpaid.getByRole("columnheader", { name: "Retard" })).toHaveClass(/number/);
  await expect(unpaid.locator("tbody tr").first().getByRole("link")).toHaveText(/^F\d{4}-\d{4}$/);
  await expect(unpaid.locator("tbody tr").first().locator("td.number").last()).toHaveText(/€$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "tests/.artifacts/screenshots/desktop/impayes.png", fullPage: true });
  await logOut(page);
});
