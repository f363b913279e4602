// The French e-invoicing lifecycle, clicked from the login page at 1280 px: the treasurer connects the
// association to its plateforme agréée (a local fake that checks every request against the AFNOR Flow
// OpenAPI document), issues an invoice and sees it "Déposée"; the platform rejects it (the test plays the
// outside world through the fake's control API); the treasurer reads the reason, issues the credit note and
// the corrected invoice through the guidance's buttons; the corrected invoice is approved; a payment is
// recorded and "Encaissée" appears in the timeline after being reported to the platform.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { startFakePa, type FakePa } from "../support/fake-pa";
import { FRENCH_OK, validateFrench } from "../support/facturx-validator";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const port = Number(process.env.E2E_PORT ?? 3210);
const MEMBER = "Cabinet paysagiste Hautes Terres";
const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });
const timeline = (page: Page) => page.getByRole("region", { name: "Suivi de la facture électronique" });

let pa: FakePa;

test.beforeAll(async ({ request }) => {
  // The fake PA signs its notices with its own clock: align it on the server's fixed clock (/healthz time).
  const serverTime = Date.parse(((await (await request.get("/healthz")).json()) as { time: string }).time);
  const offset = serverTime - Date.now();
  pa = await startFakePa({ port: port + 90, clock: () => Date.now() + offset });
});

test.afterAll(async () => {
  await pa?.close();
});

/** Reloads the invoice page until the timeline shows the status (the outbox worker runs every 2 s). */
async function waitForStatus(page: Page, label: string) {
  await expect(async () => {
    await page.reload();
    await expect(timeline(page).getByText(label, { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
}

async function issuedNumber(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(/F\d{4}-\d{4}/);
  return /F\d{4}-\d{4}/.exec((await heading.textContent()) ?? "")![0];
}

test("an invoice rejected by the plateforme agréée is credited, corrected, approved and paid in", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const shot = (step: string) =>
    page.screenshot({
      path: `tests/.artifacts/screenshots/${testInfo.project.name}/einvoicing-lifecycle-${step}.png`,
      fullPage: true,
    });

  // 1. The treasurer puts the association in scope and connects its plateforme agréée.
  await logIn(page, "tresorier@demo.quote-part.test");
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await page.getByRole("radio", { name: "Toujours transmettre à la plateforme agréée" }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Les paramètres de facturation électronique sont enregistrés.")).toBeVisible();
  await page.getByLabel("Adresse de l'API Flow de la plateforme", { exact: true }).fill(pa.url);
  await page.getByLabel("Adresse du jeton OAuth2", { exact: true }).fill(`${pa.url}/oauth/token`);
  await page.getByLabel("Adresse de l'API Annuaire de la plateforme", { exact: true }).fill(pa.url);
  await page.getByLabel("Identifiant client OAuth2", { exact: true }).fill(pa.clientId);
  await page.getByLabel("Secret client OAuth2", { exact: true }).fill(pa.clientSecret);
  await page.getByRole("button", { name: "Enregistrer la connexion", exact: true }).click();
  await expect(page.getByText("La connexion à la plateforme agréée est enregistrée.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shot("1-connexion-pa");
  // The worker subscribes to the platform's status notifications.
  await expect.poll(() => pa.webhooks.length, { timeout: 30_000 }).toBe(1);

  // 1b. The client's routing address comes from the platform's Directory, by its SIREN.
  await menu(page).getByRole("link", { name: "Structures" }).click();
  await page.getByRole("link", { name: MEMBER }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  const siren = ((await page.locator("dt:text-is('SIREN utilisé') + dd").textContent()) ?? "").trim();
  expect(siren).toMatch(/^\d{9}$/);
  pa.directoryLines.push({
    siren,
    addressingIdentifier: `${siren}_COMPTA`,
    status: "Enabled",
    businessName: MEMBER,
    routingIdentifier: "COMPTA",
  });
  await page.getByRole("button", { name: "Chercher dans l'annuaire" }).click();
  await expect(page.getByText(`Adresse trouvée dans l'annuaire : ${siren}_COMPTA.`)).toBeVisible();
  await expect(page.getByLabel("Adresse de facturation électronique")).toHaveValue(`${siren}_COMPTA`);
  await expectNoAxeViolations(page);
  await shot("1b-annuaire");

  // 2. An invoice is issued; the worker files it and the timeline shows "Déposée".
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Nouvelle facture" }).click();
  await page.getByLabel("Structure facturée").selectOption({ label: MEMBER });
  await page.getByLabel("Désignation").first().fill("Maintenance du réseau du cabinet");
  await page.getByLabel("Quantité").first().fill("1");
  await page.getByLabel("Prix unitaire HT (€)").first().fill("450");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  const rejectedNumber = await issuedNumber(page);
  await waitForStatus(page, "Déposée");
  expect(pa.flows.filter((flow) => flow.flowInfo.name === `${rejectedNumber}.pdf`)).toHaveLength(1);
  await expectNoAxeViolations(page);
  await shot("2-deposee");

  // 3. The platform rejects it, with a reason (the outside world, through the fake's control API).
  const control = await fetch(`${pa.url}/_control/statuses`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      invoiceNumber: rejectedNumber,
      code: "213",
      reasonCode: "REJ_SEMAN",
      reason: "Le code de routage du destinataire est inconnu de l'annuaire.",
    }),
  });
  expect(control.status).toBe(201);
  expect(pa.deliveries.at(-1)?.status).toBe(200);
  await waitForStatus(page, "Rejetée");
  const guidance = page.getByRole("region", { name: "Que faire maintenant ?" });
  await expect(guidance).toContainText("La plateforme a rejeté cette facture");
  await expect(guidance).toContainText("Le code de routage du destinataire est inconnu de l'annuaire. (REJ_SEMAN)");
  await expect(guidance).toContainText("Émettez un avoir qui l'annule, puis une facture corrigée");
  // Never received by the buyer: it is not to be reminded, even though it is still unpaid.
  await expect(page.getByRole("region", { name: "Relances" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Relancer" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot("3-rejetee-conseils");

  // 4. The credit note, then the corrected invoice, through the guidance's buttons.
  await guidance.getByRole("link", { name: "1. Émettre l'avoir" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Avoir sur la facture ${rejectedNumber}` })).toBeVisible();
  await page
    .getByLabel("Motif (imprimé sur l'avoir)")
    .first()
    .fill("Facture rejetée par la plateforme agréée (code de routage)");
  await page.getByRole("button", { name: "Annuler toute la facture" }).click();
  await expect(page.getByText(/Avoir AV\d{4}-\d{4} émis\./)).toBeVisible();
  await shot("4-avoir");
  await page.getByRole("link", { name: rejectedNumber, exact: true }).click();
  await expect(guidance).toContainText("Avoir émis : la facture rejetée est annulée.");
  await guidance.getByRole("button", { name: "2. Préparer la facture corrigée" }).click();
  await expect(page.getByText("Le brouillon de la facture corrigée est prêt")).toBeVisible();
  await expect(page.getByLabel("Désignation").first()).toHaveValue("Maintenance du réseau du cabinet");
  await shot("5-brouillon-corrige");
  await page.getByRole("button", { name: "Émettre la facture" }).click();
  const correctedNumber = await issuedNumber(page);
  expect(correctedNumber).not.toBe(rejectedNumber);
  await waitForStatus(page, "Déposée");

  // 5. The corrected invoice reaches the client and is approved.
  await pa.emitStatus(correctedNumber, "203");
  await pa.emitStatus(correctedNumber, "205");
  await waitForStatus(page, "Approuvée");
  await expect(timeline(page)).toContainText("Mise à disposition du client");
  await shot("6-approuvee");

  // 6. The payment is recorded; "Encaissée" is reported to the platform and shows in the timeline.
  await menu(page).getByRole("link", { name: "Paiements" }).click();
  await page.getByRole("link", { name: "Enregistrer un paiement" }).click();
  await page.getByLabel("Structure qui a payé").selectOption({ label: MEMBER });
  await page.getByRole("button", { name: "Choisir" }).click();
  await page.getByLabel("Montant reçu (€)").fill("450");
  await page.getByLabel(new RegExp(`Montant affecté à ${correctedNumber}`)).fill("450");
  await page.getByLabel("Référence (n° de chèque, libellé du virement…)").fill("VIR HAUTES TERRES");
  await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByText("Paiement enregistré.")).toBeVisible();
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures" })).toBeVisible();
  await page.getByRole("link", { name: correctedNumber, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(correctedNumber) })).toBeVisible();
  await waitForStatus(page, "Encaissée");
  await expect(timeline(page)).toContainText("Montant encaissé : 450,00");
  await expect
    .poll(() => pa.flows.filter((flow) => flow.flowInfo.flowSyntax === "CDAR" && flow.flowDirection === "Out").length)
    .toBe(1);
  const report = pa.flows.find((flow) => flow.flowInfo.flowSyntax === "CDAR" && flow.flowDirection === "Out")!;
  expect(report.file.toString()).toContain(`<ram:IssuerAssignedID>${correctedNumber}</ram:IssuerAssignedID>`);
  expect(pa.invalidRequests).toEqual([]);
  await expectNoAxeViolations(page);
  await shot("7-encaissee");

  // Every document the platform received (rejected invoice, credit note, corrected invoice) passes the
  // official validator with the French rules, as a PA would check it.
  const folder = "tests/.artifacts/invoices-e2e";
  mkdirSync(folder, { recursive: true });
  const sent = pa.flows
    .filter((flow) => flow.flowInfo.flowSyntax === "Factur-X")
    .map((flow) => {
      const file = path.join(folder, flow.flowInfo.name);
      writeFileSync(file, flow.file);
      return file;
    });
  const names = sent.map((file) => path.basename(file));
  expect(names).toHaveLength(3);
  expect(names).toEqual(
    expect.arrayContaining([
      `${rejectedNumber}.pdf`,
      `${correctedNumber}.pdf`,
      expect.stringMatching(/^AV\d{4}-\d{4}\.pdf$/),
    ]),
  );
  const validation = await validateFrench(sent);
  for (const file of sent) expect(validation.byFile.get(file), file).toContain(FRENCH_OK);

  // The association goes back to following its VAT regime (other journeys expect the demo's settings).
  await menu(page).getByRole("link", { name: "Factures" }).click();
  await page.getByRole("link", { name: "Facturation électronique" }).click();
  await page.getByRole("radio", { name: "Suivre le régime de TVA (recommandé)" }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Les paramètres de facturation électronique sont enregistrés.")).toBeVisible();
});
