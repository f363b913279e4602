// Issue 10's journeys, clicked as a clumsy user and as an attacker would: a double click on a form
// records once (with and without JavaScript), the pages run under a nonce-based CSP without a single
// violation and refuse to be framed, a crafted login link never leaves the site, and the local
// mailbox never shows another user's live password-reset link.
import type { Browser, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn, logOut, submitLogin } from "./support/login";

const MEMBER = "membre@demo.quote-part.test";
const shot = (page: Page, project: string, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/${project}/${name}.png`, fullPage: true });

/** From the member's home: Mes demandes → Demander une intervention, fills the form, double-clicks "Envoyer". */
async function doubleClickNewRequest(page: Page, subject: string) {
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  await page.getByRole("link", { name: "Demander une intervention" }).first().click();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Description du besoin").fill("Le poste de l'accueil ne démarre plus.");
  await page.getByRole("button", { name: "Envoyer la demande" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
}

/** Back to "Mes demandes" by the menu: how many requests carry this subject. */
async function requestsNamed(page: Page, subject: string) {
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes demandes d'intervention" })).toBeVisible();
  return page.getByRole("link", { name: subject, exact: true }).count();
}

test("a double click on « Envoyer la demande » records one request", async ({ page }, testInfo) => {
  const subject = `Double clic ${Date.now()}`;
  await logIn(page, MEMBER);
  await doubleClickNewRequest(page, subject);
  await shot(page, testInfo.project.name, "double-clic-demande");
  expect(await requestsNamed(page, subject)).toBe(1);
});

test("without JavaScript, a double click still records one request", async ({ browser }, testInfo) => {
  const page = await newPageWithoutJavaScript(browser);
  const subject = `Double clic sans JS ${Date.now()}`;
  await logIn(page, MEMBER);
  await doubleClickNewRequest(page, subject);
  await shot(page, testInfo.project.name, "double-clic-demande-sans-js");
  expect(await requestsNamed(page, subject)).toBe(1);
  await page.context().close();
});

async function newPageWithoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

test("every page of a member's visit runs under the CSP without a violation, and refuses to be framed", async ({
  page,
}, testInfo) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  const home = await page.goto("/connexion");
  const headers = home!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=_-]+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();

  await submitLogin(page, MEMBER);
  await expect(page).not.toHaveURL(/\/connexion/);
  // Hydrated pages under the CSP: client-side navigation works (no full reload) and the form's live
  // balance preview, which needs JavaScript, appears.
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  await page.getByRole("link", { name: "Demander une intervention" }).first().click();
  await page.getByLabel("Objet").fill("Vérification CSP");
  await expect(page.getByRole("heading", { name: "Effet sur votre solde" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A download carries nosniff too: the member's first invoice PDF, found by its link.
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes factures" }).click();
  const pdfLink = page.locator('a[href$=".pdf"]').first();
  if ((await pdfLink.count()) > 0) {
    const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  }
  expect(violations).toEqual([]);

  // Another site frames the member's space: Chromium refuses to render it (frame-ancestors 'none').
  const appUrl = new URL("/espace-membre", page.url()).href;
  await page.route("http://evil.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<h1>Site tiers</h1><iframe title="piège" src="${appUrl}" width="600" height="300"></iframe>`,
    }),
  );
  await page.goto("http://evil.example/piege");
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  await expect.poll(() => framed?.url()).toBeTruthy();
  await expect(page.frameLocator("iframe").getByRole("navigation", { name: "Menu principal" })).toHaveCount(0);
  await shot(page, testInfo.project.name, "csp-iframe-refusee");
});

for (const crafted of ["/%09/evil.example", "/\\evil.example", "https://evil.example/", "//evil.example"]) {
  test(`a login link with redirectTo=${crafted} lands on this site's home`, async ({ page }) => {
    await page.goto(`/connexion?redirectTo=${encodeURIComponent(crafted).replace("%2509", "%09")}`);
    await submitLogin(page, MEMBER);
    await expect(page).not.toHaveURL(/\/connexion/);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    await expect(page.getByRole("navigation", { name: "Menu principal" })).toBeVisible();
  });
}

test("the admin's local mailbox masks a member's password-reset link", async ({ page }, testInfo) => {
  // The mail waits for the outbox worker, which may still be sending the earlier journeys' invoice
  // e-mails on a busy machine: the test gets the time its polling below allows (60 s).
  test.setTimeout(90_000);
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  // The login form has an "Adresse e-mail" too: fill the new page's, once it is there.
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(MEMBER);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  // The page says the request went through: logging in before that would abort the request (the
  // first try of this test once did, and its mail never came).
  await expect(page.getByText("Si un compte existe pour cette adresse")).toBeVisible();

  await logIn(page, "admin@demo.quote-part.test");
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Courriels envoyés" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Courriels envoyés" })).toBeVisible();
  const resetMail = page.locator("article").filter({ hasText: MEMBER }).filter({ hasText: "••••••" }).first();
  // The outbox worker sends the mail a moment after the request: reload the page until it is there.
  await expect(async () => {
    await page.reload();
    await expect(resetMail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(resetMail.locator("pre").first()).not.toContainText(/\/reinitialiser\/[A-Za-z0-9_%.=-]{8,}/);
  // The mail's date reads in French, not as the raw RFC 2822 header.
  await expect(resetMail).toContainText("24 novembre 2026");
  await resetMail.screenshot({
    path: `tests/.artifacts/screenshots/${testInfo.project.name}/courriels-lien-masque.png`,
  });
  await expectNoAxeViolations(page);
  await logOut(page);
});

test("a preferred date in year 9999 gets a clear message and records nothing", async ({ page }, testInfo) => {
  const subject = `Date lointaine ${Date.now()}`;
  await logIn(page, MEMBER);
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  await page.getByRole("link", { name: "Demander une intervention" }).first().click();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Description du besoin").fill("Rien ne presse.");
  await page.getByLabel("Date souhaitée 1").fill("9999-12-31");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("Saisissez une date entre le 1er janvier 2000 et le 31 décembre 2099.")).toBeVisible();
  await shot(page, testInfo.project.name, "demande-date-hors-limites");
  await expectNoAxeViolations(page);
  expect(await requestsNamed(page, subject)).toBe(0);
});
