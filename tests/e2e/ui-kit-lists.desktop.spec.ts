// The administrator walks through the lists that moved onto the UI kit's DataTable and FilterBar and
// that no other journey opens: the subscriptions of a period (chosen in the filter bar), the
// technicians, the accounts, and the period-close preview with its totals row.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";

const shots = "tests/.artifacts/screenshots/desktop";

test("the administrator reads the subscriptions, technicians, accounts and the period-close preview", async ({
  page,
}) => {
  await logIn(page, "admin@demo.quote-part.test");
  const menu = page.getByRole("navigation", { name: "Menu principal" });

  await menu.getByRole("link", { name: "Souscriptions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Souscriptions" })).toBeVisible();
  await page.getByRole("button", { name: "Afficher" }).click();
  const subscriptions = page.getByRole("table");
  await expect(subscriptions.locator("thead th[scope=col]").first()).toHaveText("Structure");
  await expect(subscriptions.locator("tbody tr").first().getByRole("link")).toBeVisible();
  await expect(subscriptions.locator("tbody td.number").first()).not.toBeEmpty();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/kit-souscriptions.png`, fullPage: true });

  await menu.getByRole("link", { name: "Techniciens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Techniciens" })).toBeVisible();
  const technicians = page.getByRole("table");
  await expect(technicians.locator("tbody th[scope=row]").first().getByRole("link")).toBeVisible();
  await expect(technicians.locator("tbody tr").first().locator("td.number").first()).toHaveText(/%$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/kit-techniciens.png`, fullPage: true });

  await menu.getByRole("link", { name: "Utilisateurs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs de l'association" })).toBeVisible();
  const users = page.getByRole("table");
  await expect(users).toHaveClass(/stack-on-phone/);
  await expect(users.locator("tbody td[data-label]").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/kit-utilisateurs.png`, fullPage: true });

  await menu.getByRole("link", { name: "Soldes", exact: true }).click();
  await page.getByRole("link", { name: "Clôturer la période" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Clôture de la période/ })).toBeVisible();
  const preview = page.getByRole("table");
  await expect(preview.locator("tfoot th[scope=row]")).toHaveText("Total");
  await expect(preview.locator("tbody th[scope=row]").first()).not.toBeEmpty();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/kit-cloture.png`, fullPage: true });
  await logOut(page);
});
