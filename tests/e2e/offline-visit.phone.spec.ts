// The whole visit without network, on the technician's phone: the timer starts, ticks and stops
// offline, the entry form opens offline from Today, a page never kept says "no network" instead of
// the generic error, and everything recorded on the phone reaches the server once when the
// network returns.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const TECHNICIAN = "technicien@demo.quote-part.test";
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `tests/.artifacts/screenshots/phone/${name}.png`, fullPage: true });

test("offline: the timer runs on the phone, the entry form opens from Today, and both sync once", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await logIn(page, TECHNICIAN, /\/technicien\/aujourdhui$/);
  // The service worker keeps Today and the entry form before the network goes.
  await expect(page.getByText("Ces pages restent utilisables sans réseau sur ce téléphone.")).toBeVisible({
    timeout: 20_000,
  });
  const card = page.locator("article.intervention-card").first();
  const title = (await card.locator("h3").textContent())!.trim();
  await expectNoAxeViolations(page);

  // The phone's clock must not run ahead of the server's (which has ticked since it started): the
  // counter is fast-forwarded 2 min 05 below, and taps ahead of the server are clamped to its "now".
  const serverTime = Date.parse(((await (await page.request.get("/healthz")).json()) as { time: string }).time);
  await page.clock.setSystemTime(new Date(serverTime - 3 * 60_000));
  await context.setOffline(true);
  await expect(page.getByText("Vous êtes hors connexion.")).toBeVisible();
  await card.getByRole("button", { name: "Démarrer le chrono" }).click();
  await expect(page.getByText("Chrono démarré sur ce téléphone : il sera envoyé au retour du réseau.")).toBeVisible();
  const running = page.locator(".timer-running");
  await expect(running).toContainText(`Chrono en cours : ${title}`);
  await expect(running).toContainText("gardé sur ce téléphone");
  // The counter ticks.
  const counter = running.getByRole("timer");
  await expect(counter).toHaveText(/^0:00:0\d$/);
  await page.clock.fastForward("02:05");
  await expect(counter).toHaveText(/^0:02:\d\d$/);
  await expectNoAxeViolations(page);
  await shot(page, "hors-ligne-1-chrono-en-cours");

  await running.getByRole("button", { name: "Arrêter le chrono" }).click();
  await expect(page.getByText(/Chrono arrêté à \d\d:\d\d \(0:02:\d\d\) : gardé sur ce téléphone/)).toBeVisible();
  await expect(page.locator(".timer-running")).toHaveCount(0);
  const queue = page.locator(".offline-queue");
  await expect(queue).toContainText(`Chrono : ${title}`);
  await expect(queue).toContainText("En attente d'envoi");
  await shot(page, "hors-ligne-2-chrono-arrete");

  // A page never kept on the phone says there is no network, and leads back to what works offline.
  await card.getByRole("link", { name: "Fiche d'intervention" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pas de réseau" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "hors-ligne-3-page-non-gardee");
  await page.getByRole("link", { name: "Retour à « Aujourd'hui »" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Bonjour/ })).toBeVisible();

  // "+ Saisir du temps" opens the form from the phone's copy.
  await page.getByRole("link", { name: "+ Saisir du temps" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saisir du temps" })).toBeVisible();
  const notes = `Mise à jour à distance hors ligne ${Date.now()}`;
  await page.getByLabel("Date", { exact: true }).fill("2026-11-24");
  await page.getByLabel("Début", { exact: true }).fill("07:05");
  await page.getByLabel("Fin", { exact: true }).fill("07:35");
  await page.getByLabel("Nature").selectOption("REMOTE");
  await page.getByLabel("Structure (travail à distance sans intervention)").selectOption({ index: 1 });
  await page.getByLabel("Notes").fill(notes);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Pas de réseau : la saisie est gardée sur ce téléphone")).toBeVisible();
  await expect(page.locator(".offline-queue li")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await shot(page, "hors-ligne-4-saisie-gardee");

  await context.setOffline(false);
  await expect(page.getByText("2 saisies hors connexion envoyées.")).toBeVisible();
  await expect(page.locator(".offline-queue li")).toHaveCount(0);

  await page.getByRole("link", { name: "← Mon temps" }).click();
  const today = page.getByRole("region", { name: /mardi 24 novembre/i });
  await expect(today.getByText(notes)).toHaveCount(1);
  // The demo's visit in progress already holds the morning's 08:00–08:50 entry: count the timer's only.
  const timedRow = today.locator(".time-entry-row", { hasText: title }).filter({ hasNotText: "08:00–08:50" });
  await expect(timedRow).toHaveCount(1);
  // Started and stopped on the phone: one timed entry, never empty. (Its length depends on how far
  // the test's fast-forwarded browser clock ran ahead of the server's: a tap ahead of the server
  // counts as "now".)
  await expect(timedRow).toContainText(/^\d\d:\d\d–\d\d:\d\d · Sur place.*Temps passé [1-9]\d* min/);
  await shot(page, "hors-ligne-5-synchronise");

  // A timer started and stopped offline within the same half-minute (a mistaken tap) records
  // nothing, as online, and the phone says so when the network returns instead of keeping it.
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Accueil" }).click();
  // Today on screen before the network goes, not "networkidle": after a client-side navigation the
  // load state is already idle, so going offline could cut the page's data request (seen in CI: the
  // offline banner never came, and the retry then met this attempt's entries).
  await expect(page).toHaveURL(/\/technicien\/aujourdhui$/);
  await expect(card.getByRole("button", { name: "Démarrer le chrono" })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByText("Vous êtes hors connexion.")).toBeVisible();
  await card.getByRole("button", { name: "Démarrer le chrono" }).click();
  await running.getByRole("button", { name: "Arrêter le chrono" }).click();
  await expect(page.locator(".offline-queue li")).toHaveCount(1);
  await context.setOffline(false);
  await expect(page.getByText("Moins d'une minute : rien n'a été enregistré.")).toBeVisible();
  await expect(page.locator(".offline-queue li")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, "hors-ligne-6-chrono-trop-court");
});
