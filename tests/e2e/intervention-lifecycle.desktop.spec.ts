// The main journey of issue 11, clicked through by each person: the member asks (desktop), the
// technician proposes a slot, the member accepts; on the phone (a second browser context at 360 px
// with touch, on the same fixed clock, since the config picks one viewport per file) the
// technician starts the timer, adds one entry offline and one online, stops the timer and closes
// the intervention; the member signs on that phone; then, back at the desk, the member finds the
// report and the explained charge, cannot cancel, and a later entry leaves the signed PDF as it was.
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_CLOCK, expect, test } from "./support/clock";
import { logIn, logOut } from "./support/login";
import { expectNoRawDates } from "./support/readable-dates";

const MEMBER = "membre@demo.quote-part.test";
const TECHNICIAN = "technicien@demo.quote-part.test";
const shots = "tests/.artifacts/screenshots";

async function shot(page: Page, project: string, name: string) {
  await page.screenshot({ path: `${shots}/${project}/cycle-${name}.png`, fullPage: true });
}

async function phonePage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
  });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(E2E_CLOCK) });
  return { context, page };
}

// A step that waits for nothing should fail fast rather than hold the browser for the whole test.
test.use({ actionTimeout: 15_000 });

test("request → proposal → accepted → timed on the phone → closed → signed → explained and frozen", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const subject = `Imprimante réseau ${Date.now()}`;

  const details = "L'imprimante de l'accueil n'imprime plus depuis le réseau.";
  const menu = (on: Page) => on.getByRole("navigation", { name: "Menu principal" });

  // 1. The member asks from the home page, choosing one of the free slots the finder offers.
  await logIn(page, MEMBER, /\/espace-membre$/);
  await page.getByRole("link", { name: "Demander une intervention" }).click();
  await page.getByLabel("Durée estimée").selectOption("90");
  await expect(page).toHaveURL(/duree=90/);
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Description du besoin").fill(details);
  const slots = page.locator(".slot-choices").getByRole("radio");
  await expect(slots.nth(1)).toBeVisible();
  await slots.nth(1).check();
  await expectNoRawDates(page);
  await expectNoAxeViolations(page);
  await shot(page, "desktop", "1-demande");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.locator("[data-state=REQUESTED]")).toBeVisible();
  await logOut(page);

  // 2. The technician sees the member's pick and proposes this afternoon, with precise times.
  await logIn(page, TECHNICIAN);
  await menu(page).getByRole("link", { name: "Planning", exact: true }).click();
  await expect(menu(page).locator("a.active")).toHaveText(["Planning"]);
  // Day headings raise their first letter only: "Mardi 24 novembre 2026", not "… Novembre".
  const heading = await page.locator(".planning-day-title").first().innerText();
  expect(heading).toMatch(/^[A-Z][a-zé]+ \d+ [a-zéû]+ 2026$/);
  await menu(page).getByRole("link", { name: "Demandes", exact: true }).click();
  await expect(menu(page).locator("a.active")).toHaveText(["Demandes"]);
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { name: /Créneau choisi par la structure/ })).toBeVisible();
  await expectNoRawDates(page);
  await page.getByLabel("Date", { exact: true }).fill("2026-11-24");
  await page.getByLabel("Créneau", { exact: true }).selectOption("CUSTOM");
  await page.getByLabel("Début", { exact: true }).fill("15:30");
  await page.getByLabel("Fin", { exact: true }).fill("17:00");
  await expectNoAxeViolations(page);
  await shot(page, "desktop", "2-proposition");
  await page.getByRole("button", { name: "Proposer ce créneau à la structure" }).click();
  await expect(page.getByText("Créneau proposé à la structure.")).toBeVisible();
  await logOut(page);

  // 3. The member accepts.
  await logIn(page, MEMBER, /\/espace-membre$/);
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Mes demandes" }).click();
  await page.getByLabel("État").selectOption("PROPOSED");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/etat=PROPOSED/);
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.locator("[data-state=PROPOSED]")).toBeVisible();
  await shot(page, "desktop", "3-a-accepter");
  await page.getByRole("button", { name: "Accepter ce créneau" }).click();
  await expect(page.locator("[data-state=PLANNED]")).toBeVisible();
  await expectNoAxeViolations(page);
  await logOut(page);

  // 4. On the phone: timer, one entry offline, one online, timer stopped, intervention closed.
  const phone = await phonePage(browser);
  const tech = phone.page;
  await logIn(tech, TECHNICIAN, /\/technicien\/aujourdhui$/);
  const card = tech.locator("article.intervention-card").filter({ hasText: subject });
  await expect(card).toBeVisible();
  // The request's text once, not twice (the intervention's notes are a copy of it).
  await expect(card.getByText(details)).toHaveCount(1);
  await card.getByRole("button", { name: "Démarrer le chrono" }).click();
  await expect(tech.getByText("Chrono démarré.")).toBeVisible();
  const timerStarted = Date.now();
  await expectNoAxeViolations(tech);
  await shot(tech, "phone", "4-chrono");

  // Times clear of the demo's and the other journeys' entries on this shared server (06:10–06:55,
  // 07:05–07:35, 08:00–08:50, and the timers around the server's 09:00, which the offline journey
  // starts up to three minutes earlier).
  const addEntry = async (start: string, end: string, notes: string, offline: boolean) => {
    await tech.getByRole("link", { name: "Saisir du temps" }).click();
    // The form on screen, not "networkidle": after a client-side navigation the load state is already
    // idle, so going offline could cut the page's data request (seen: "Pas de réseau" instead of the form).
    await expect(tech).toHaveURL(/\/technicien\/temps\/nouveau/);
    await expect(tech.getByLabel("Date", { exact: true })).toBeVisible();
    if (offline) await phone.context.setOffline(true);
    await tech.getByLabel("Date", { exact: true }).fill("2026-11-24");
    await tech.getByLabel("Début", { exact: true }).fill(start);
    await tech.getByLabel("Fin", { exact: true }).fill(end);
    await tech.getByLabel("Nature").selectOption("ON_SITE");
    const option = tech.getByLabel("Intervention", { exact: true }).locator("option").filter({ hasText: subject });
    await tech.getByLabel("Intervention", { exact: true }).selectOption((await option.getAttribute("value"))!);
    await tech.getByLabel("Notes").fill(notes);
    if (!offline) await expectNoRawDates(tech);
    await tech.getByRole("button", { name: "Enregistrer" }).click();
  };
  await addEntry("07:35", "07:55", "Préparation hors ligne", true);
  await expect(tech.getByText("Pas de réseau : la saisie est gardée sur ce téléphone")).toBeVisible();
  await shot(tech, "phone", "5-hors-ligne");
  await phone.context.setOffline(false);
  await expect(tech.getByText("1 saisie hors connexion envoyée.")).toBeVisible();
  const goHome = () =>
    tech.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Accueil" }).click();
  await goHome();
  await addEntry("05:40", "05:50", "Commande du toner", false);
  await expect(tech).not.toHaveURL(/nouveau/);
  // The week's list says the charge is per visit, and explains it under each entry of the visit.
  await expect(tech.getByText("Le temps décompté se calcule par visite")).toBeVisible();
  const weekEntry = tech.locator(".time-entry-row").filter({ hasText: "Commande du toner" });
  await expect(weekEntry.locator(".visit-explanation")).toContainText(
    /Visite entière : 30 min passées → 1 h décomptées/,
  );
  await expectNoRawDates(tech);
  await shot(tech, "phone", "5b-semaine");
  // The timer must run at least a minute: a shorter one saves nothing (issue 11).
  await tech.waitForTimeout(Math.max(0, 62_000 - (Date.now() - timerStarted)));
  await goHome();
  await tech.locator(".timer-running").getByRole("button", { name: "Arrêter le chrono" }).click();
  await expect(tech.getByText("Chrono arrêté")).toBeVisible();
  await tech
    .locator("article.intervention-card")
    .filter({ hasText: subject })
    .getByRole("link", { name: "Fiche d'intervention" })
    .click();
  await expect(tech.locator("[data-state=IN_PROGRESS]")).toBeVisible();
  await expectNoRawDates(tech);
  await expect(tech.getByText(/passées → .* décomptées/)).toBeVisible();
  await tech
    .getByLabel("Travail réalisé")
    .fill("Pilote réinstallé, file d'impression purgée, test d'impression réussi.");
  await shot(tech, "phone", "6-cloture");
  await tech.getByRole("button", { name: "Clôturer l'intervention" }).click();
  await expect(tech.getByText("Intervention clôturée : la structure a été prévenue.")).toBeVisible();
  await expect(tech.locator("[data-state=DONE]")).toBeVisible();

  // 5. The member signs on the phone.
  await tech.getByLabel("Nom du signataire").fill("Nadia Ressourcerie");
  const canvas = tech.getByTestId("signature-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await tech.mouse.move(box.x + 20, box.y + box.height * 0.7);
  await tech.mouse.down();
  for (let step = 1; step <= 12; step++)
    await tech.mouse.move(
      box.x + 20 + step * ((box.width - 40) / 12),
      box.y + box.height * (0.7 - 0.4 * Math.sin(step / 2)),
    );
  await tech.mouse.up();
  await expect(tech.locator('input[name="signature"]')).toHaveValue(/^data:image\/png;base64,/);
  await shot(tech, "phone", "7-signature");
  await tech.getByRole("button", { name: "Signer et envoyer" }).click();
  await expect(tech.getByText("Fiche signée : elle est envoyée par e-mail à la structure.")).toBeVisible();
  const fingerprint = (await tech.getByText(/Empreinte de la fiche signée : [0-9a-f]{12}/).textContent())!.match(
    /[0-9a-f]{12}/,
  )![0];
  await expectNoAxeViolations(tech);
  await shot(tech, "phone", "8-signee");

  // 6. The member finds the signed report in "Mes interventions", then the explained charge.
  await logIn(page, MEMBER, /\/espace-membre$/);
  await menu(page).getByRole("link", { name: "Mes interventions" }).click();
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row.getByText("Fiche signée", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "desktop", "9-mes-interventions");
  const downloadSigned = async (file: string) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row.getByRole("link", { name: /Fiche signée le .* \(PDF\)/ }).click(),
    ]);
    await download.saveAs(file);
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  };
  const before = await downloadSigned("tests/.artifacts/cycle-before.pdf");
  await row.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.locator("[data-state=SIGNED]")).toBeVisible();
  await expect(page.getByText(`Empreinte de la fiche signée : ${fingerprint}`)).toBeVisible();
  // 7. The member cannot cancel.
  await expect(page.getByRole("heading", { name: "Annuler la demande" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Annuler/ })).toHaveCount(0);
  await expect(page.getByText("Cette intervention est terminée : elle ne peut plus être annulée.")).toBeVisible();
  await expectNoRawDates(page);
  await expectNoAxeViolations(page);
  await shot(page, "desktop", "10-demande-signee");
  await menu(page).getByRole("link", { name: "Mon solde" }).click();
  // The year-end warning gives each figure once ("… seront perdus au 31/12" was said twice).
  const expiry = await page.locator(".year-end-expiry").textContent();
  expect(expiry?.match(/seront perdus/g) ?? []).toHaveLength(1);
  const movement = page.getByRole("row").filter({ hasText: subject }).first();
  await expect(movement).toContainText(/passées → .* décomptées/);
  await expectNoRawDates(page);
  await expectNoAxeViolations(page);
  await shot(page, "desktop", "11-solde");

  // 8. A later entry on the signed intervention is refused, and the signed PDF stays byte for byte the same.
  await goHome();
  await tech.getByRole("link", { name: "Saisir du temps" }).click();
  await tech.getByLabel("Date", { exact: true }).fill("2026-11-24");
  await tech.getByLabel("Début", { exact: true }).fill("05:00");
  await tech.getByLabel("Fin", { exact: true }).fill("05:30");
  await tech.getByLabel("Nature").selectOption("ON_SITE");
  const option = tech.getByLabel("Intervention", { exact: true }).locator("option").filter({ hasText: subject });
  await tech.getByLabel("Intervention", { exact: true }).selectOption((await option.getAttribute("value"))!);
  await tech.getByRole("button", { name: "Enregistrer" }).click();
  await expect(tech.getByText(/est signée : on ne peut plus y ajouter ni modifier de temps/)).toBeVisible();
  await shot(tech, "phone", "12-refus-apres-signature");
  await phone.context.close();

  await menu(page).getByRole("link", { name: "Mes interventions" }).click();
  expect(await downloadSigned("tests/.artifacts/cycle-after.pdf")).toBe(before);
  await logOut(page);

  // 9. A correction is an adjustment with its reason, made by the treasurer from the intervention's
  // page (reached from the member's balance), never a cancellation; the member sees it explained.
  await logIn(page, "tresorier@demo.quote-part.test");
  await menu(page).getByRole("link", { name: "Soldes", exact: true }).click();
  // The balances table's link (the page also links the member's statement by its name).
  await page.locator('a[href^="/soldes/"]', { hasText: "Ressourcerie du Val" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Ressourcerie du Val/ })).toBeVisible();
  await page
    .getByRole("row")
    .filter({ hasText: subject })
    .first()
    .getByRole("link", { name: new RegExp(subject) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.locator("[data-state=SIGNED]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Annuler l'intervention" })).toHaveCount(0);
  await page.getByRole("link", { name: "Corriger le temps décompté" }).click();
  await page.getByLabel("Sens").selectOption("add");
  await page.getByLabel("Minutes").fill("30");
  await page.getByRole("button", { name: "Enregistrer l'ajustement" }).click();
  await expect(page.getByText("Indiquez la raison de l'ajustement.")).toBeVisible();
  const reason = "Toner commandé par erreur : 30 min rendues";
  await page.getByLabel("Raison (obligatoire)").fill(reason);
  await expectNoRawDates(page);
  await expectNoAxeViolations(page);
  await shot(page, "desktop", "12-correction");
  await page.getByRole("button", { name: "Enregistrer l'ajustement" }).click();
  await expect(page.getByText("Correction de +30 min enregistrée sur le solde de la structure.")).toBeVisible();
  await expect(page.locator("[data-state=SIGNED]")).toBeVisible();
  await logOut(page);

  await logIn(page, MEMBER, /\/espace-membre$/);
  await menu(page).getByRole("link", { name: "Mon solde" }).click();
  const correction = page.getByRole("row").filter({ hasText: reason });
  await expect(correction).toContainText(subject);
  await expect(correction).toContainText("+30 min");
  await shot(page, "desktop", "13-solde-corrige");
  await menu(page).getByRole("link", { name: "Mes interventions" }).click();
  expect(await downloadSigned("tests/.artifacts/cycle-corrected.pdf")).toBe(before);
});
