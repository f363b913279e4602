// Logging in and out of the demo accounts (prisma/seed.ts) through the real form, for every journey.
import { expect, type Page } from "@playwright/test";

/** The password of every demo account. */
export const DEMO_PASSWORD = "quote-part-demo";

/** Fills the login form already on screen and posts it; the caller checks where it lands. */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Opens /connexion and logs in; `landsOn`: the home page expected, else anywhere but the login page. */
export async function logIn(page: Page, email: string, landsOn?: RegExp) {
  await page.goto("/connexion");
  await submitLogin(page, email);
  if (landsOn) await expect(page).toHaveURL(landsOn);
  else await expect(page).not.toHaveURL(/\/connexion/);
}

/** Logs out with the header's button, which stays visible on a phone. */
export async function logOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
}
