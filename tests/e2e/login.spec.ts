// Logging in as each demo account in a real browser, on a phone and a desktop viewport. Each home
// page is screenshotted into tests/.artifacts/screenshots/ so a person can look at it.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { DEMO_PASSWORD, submitLogin } from "./support/login";

// `nav`: entries the role must see; `hidden`: entries of other roles it must not see. Later features
// add their own entries, so the lists are checked as "contains", not as the whole menu.
const staffOnly = ["Utilisateurs", "Courriels envoyés"];
const accounts = [
  {
    email: "admin@demo.quote-part.test",
    name: "Claire Bureau",
    home: "/admin",
    role: "Administration",
    nav: ["Accueil", "Utilisateurs", "Courriels envoyés", "Mon profil"],
    hidden: ["Mes collègues"],
  },
  {
    email: "tresorier@demo.quote-part.test",
    name: "Paul Trésor",
    home: "/tresorerie",
    role: "Trésorerie",
    nav: ["Accueil", "Mon profil"],
    hidden: [...staffOnly, "Mes collègues"],
  },
  {
    email: "technicien@demo.quote-part.test",
    name: "Léa Technicienne",
    home: "/technicien/aujourdhui",
    role: "Technicien·ne",
    nav: ["Accueil", "Mon temps", "Mon profil"],
    hidden: [...staffOnly, "Mes collègues"],
  },
  {
    email: "membre@demo.quote-part.test",
    name: "Nadia Ressourcerie",
    home: "/espace-membre",
    role: "Espace adhérent",
    nav: ["Accueil", "Mon profil"],
    hidden: staffOnly,
    memberName: "Ressourcerie du Val",
  },
  {
    email: "membre2@demo.quote-part.test",
    name: "Hugo Champs",
    home: "/espace-membre",
    role: "Espace adhérent",
    nav: ["Accueil", "Mon profil"],
    hidden: staffOnly,
    memberName: "Coopérative Les Champs",
  },
] as const;

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });

function screenshotPath(name: string, projectName: string) {
  return `tests/.artifacts/screenshots/${projectName}/${name}.png`;
}

for (const account of accounts) {
  test(`${account.email} logs in, lands on ${account.home} and logs out`, async ({ page }, testInfo) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion$/);
    await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    if (account.email.startsWith("admin")) {
      await page.screenshot({ path: screenshotPath("connexion", testInfo.project.name), fullPage: true });
      await expectNoAxeViolations(page);
    }

    await submitLogin(page, account.email);

    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(`Amie des 7 vallées · ${account.role}`);
    if ("memberName" in account) await expect(page.getByRole("main")).toContainText(account.memberName);

    const nav = mainNav(page);
    await expect(nav.getByRole("link").first()).toHaveText("Accueil");
    for (const entry of account.nav) await expect(nav.getByRole("link", { name: entry, exact: true })).toHaveCount(1);
    for (const entry of account.hidden)
      await expect(nav.getByRole("link", { name: entry, exact: true })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Accueil" })).toHaveAttribute("aria-current", "page");
    // Logging out sits in the header so that it stays visible while the menu scrolls on a phone.
    const logout = page.getByRole("banner").getByRole("button", { name: "Se déconnecter" });
    await expect(logout).toBeInViewport();
    await expectNoHorizontalOverflow(page);

    const shotName = `home-${account.email.split("@")[0]}`;
    await page.screenshot({ path: screenshotPath(shotName, testInfo.project.name), fullPage: true });
    await expectNoAxeViolations(page);

    await logout.click();
    await expect(page).toHaveURL(/\/connexion$/);
    await page.goto(account.home);
    await expect(page).toHaveURL(/\/connexion/);
  });
}

test("a wrong password shows the French error and keeps the email", async ({ page }, testInfo) => {
  await page.goto("/connexion");
  await submitLogin(page, "tresorier@demo.quote-part.test", "pas-le-bon-mot-de-passe");

  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("tresorier@demo.quote-part.test");
  await page.screenshot({ path: screenshotPath("connexion-erreur", testInfo.project.name), fullPage: true });
});

test("logging in works with the keyboard alone", async ({ page }, testInfo) => {
  await page.goto("/connexion");
  // The first Tab reaches the skip link; the email field follows within a few stops.
  const email = page.getByLabel("Adresse e-mail");
  for (let stop = 0; stop < 6 && !(await isFocused(email)); stop++) await page.keyboard.press("Tab");
  await expect(email).toBeFocused();
  await page.screenshot({ path: screenshotPath("connexion-focus", testInfo.project.name) });
  await page.keyboard.type("technicien@demo.quote-part.test");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mot de passe")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/technicien\/aujourdhui$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bonjour Léa Technicienne" })).toBeVisible();

  // The logout button is reachable and usable with the keyboard too.
  const logout = page.getByRole("banner").getByRole("button", { name: "Se déconnecter" });
  await logout.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/connexion$/);
});

test("a login posted from another site is refused with 403", async ({ request }) => {
  const response = await request.post("/connexion", {
    headers: { Origin: "https://evil.example" },
    form: { email: "admin@demo.quote-part.test", password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("GET /healthz reports the database as ok", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { status: "ok", kind: "pglite" } });
});

async function isFocused(locator: ReturnType<Page["getByLabel"]>) {
  return locator.evaluate((element) => element === document.activeElement);
}

/** At 360 px nothing may stick out sideways: the page itself must not scroll horizontally. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
