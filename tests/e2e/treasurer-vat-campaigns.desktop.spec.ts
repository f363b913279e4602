// An invoice campaign under each of the four VAT regimes (issue 12), clicked from the login page: the
// admin chooses the regime in Paramètres, opens Factures → Campagne de facturation, previews the
// instalments due up to a date, confirms, issues, opens one issued invoice and its PDF, and finds the
// VAT mention of the regime printed on it (pdftotext).
// The demo period (prisma/seed-finance.ts) has its January invoices issued for eight members only,
// so each regime gets its own slice of the year: January (the four members not yet invoiced, with
// their fee), then the quarterly instalments of April, July and October. The 20 % campaign comes
// first and is refused while the association has no VAT number, leaving no draft behind, then issues
// once the admin has typed it in. The franchise (the demo's own regime) comes last, so the demo is
// left under its regime. Files run in name order: this one after the other journeys on the demo.
import { execFileSync } from "node:child_process";
import type { Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

test.describe.configure({ timeout: 240_000 });

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu principal" });
const euros = (text: string) => new RegExp(text.replace(/ /g, "\\s").replace("€", "\\s?€"));
/** The demo association's SIRET is 890 123 456 00018: FR, the key (12 + 3 × (SIREN mod 97)) mod 97, the SIREN. */
const VAT_NUMBER = "FR53890123456";

type Campaign = { regime: string; option: string; dueUpTo: string; member: string; mention: RegExp };
const campaigns: Campaign[] = [
  {
    regime: "STANDARD",
    option: "TVA au taux normal (20 %)",
    dueUpTo: "2026-01-31",
    member: "Cabinet paysagiste Hautes Terres",
    mention: /TVA\s+20\s?%/,
  },
  {
    regime: "ASSOCIATION_261_7_1B",
    option: "Exonération des associations, art. 261-7-1° b du CGI",
    dueUpTo: "2026-04-30",
    member: "Théâtre du Diois",
    mention: /Exonération de TVA, article 261-7-1° b du CGI/,
  },
  {
    regime: "COST_SHARING_261B",
    option: "Exonération des groupements de moyens, art. 261 B du CGI",
    dueUpTo: "2026-07-31",
    member: "Café associatif La Cordée",
    mention: /Exonération de TVA, article 261 B du CGI/,
  },
  {
    regime: "FRANCHISE_293B",
    option: "TVA non applicable, art. 293 B du CGI",
    dueUpTo: "2026-10-31",
    member: "Radio Vallées FM",
    mention: /TVA non applicable, art\. 293 B du CGI/,
  },
];

async function chooseRegime(page: Page, option: string, shot: (step: string) => Promise<unknown>) {
  await menu(page).getByRole("link", { name: "Paramètres" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Paramètres" })).toBeVisible();
  await page.getByLabel("Régime de TVA").selectOption({ label: option });
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText(/Paramètres enregistrés|Aucune modification/)).toBeVisible();
  await expect(page.getByLabel("Régime de TVA").locator("option:checked")).toHaveText(option);
  await shot("1-parametres");
}

async function previewCampaign(page: Page, dueUpTo: string) {
  await menu(page).getByRole("link", { name: "Factures", exact: true }).click();
  await page.getByRole("link", { name: "Campagne de facturation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campagne de facturation" })).toBeVisible();
  await page.getByLabel("Échéances jusqu'au").fill(dueUpTo);
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page).toHaveURL(new RegExp(`jusquau=${dueUpTo}`));
}

async function confirmCampaign(page: Page) {
  await page.getByRole("link", { name: /^Émettre \d+ factures?$/ }).click();
  const confirm = page.getByRole("form", { name: "Confirmer l'émission" });
  await expect(confirm).toContainText("Une facture émise ne peut plus être modifiée");
  await expectNoAxeViolations(page);
  return confirm;
}

for (const [index, campaign] of campaigns.entries()) {
  test(`a campaign under the ${campaign.regime} VAT regime issues its invoices with the right VAT mention`, async ({
    page,
  }, testInfo: TestInfo) => {
    const shot = (step: string) =>
      page.screenshot({
        path: `tests/.artifacts/screenshots/${testInfo.project.name}/campagne-${index + 1}-${campaign.regime.toLowerCase()}-${step}.png`,
        fullPage: true,
      });
    await logIn(page, "admin@demo.quote-part.test", /\/admin$/);
    await chooseRegime(page, campaign.option, shot);
    await previewCampaign(page, campaign.dueUpTo);
    const row = page.getByRole("row").filter({ hasText: campaign.member }).filter({ hasText: "À créer" });
    await expect(row).toHaveCount(1);
    if (campaign.regime === "STANDARD") {
      // Shares at 20 %, the fee exempt (its own VAT treatment): 2 000 + 50 HT, 400 VAT, 2 450 TTC.
      await expect(row.getByRole("cell").nth(2)).toHaveText(euros("2 050,00 €"));
      await expect(row.getByRole("cell").nth(3)).toHaveText(euros("400,00 €"));
      await expect(row.getByRole("cell").nth(4)).toHaveText(euros("2 450,00 €"));
    } else {
      await expect(row.getByRole("cell").nth(3)).toHaveText(euros("0,00 €"));
    }
    await expectNoAxeViolations(page);
    await shot("2-apercu");

    if (campaign.regime === "STANDARD") {
      // Without the VAT number nothing is issued, no draft is left, and the message says who fixes it, where.
      await (await confirmCampaign(page)).getByRole("button", { name: /^Oui, émettre/ }).click();
      const refusal = page.getByRole("alert");
      await expect(refusal).toContainText("aucun brouillon n'a été laissé");
      await expect(refusal).toContainText(
        "numéro de TVA intracommunautaire manque : un administrateur de l'association le renseigne dans Administration → Paramètres",
      );
      await expect(page.getByRole("cell", { name: "Brouillon existant" })).toHaveCount(0);
      await expect(row).toHaveCount(1);
      await shot("3-refus-sans-numero-de-tva");

      await menu(page).getByRole("link", { name: "Paramètres" }).click();
      await page.getByLabel("Numéro de TVA intracommunautaire").fill("FR00890123456");
      await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
      await expect(page.getByText(/Ce numéro de TVA n'est pas valide/)).toBeVisible();
      await shot("4-numero-de-tva-refuse");
      await page.getByLabel("Numéro de TVA intracommunautaire").fill(VAT_NUMBER);
      await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
      await expect(page.getByText(/Paramètres enregistrés/)).toBeVisible();
      await expect(page.getByLabel("Numéro de TVA intracommunautaire")).toHaveValue(VAT_NUMBER);
      await previewCampaign(page, campaign.dueUpTo);
    }

    await (await confirmCampaign(page)).getByRole("button", { name: /^Oui, émettre/ }).click();
    await expect(page.getByText(/Campagne terminée : [1-9]\d* factures? émises?/)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Émettre \d+ factures?$/ })).toHaveCount(0);
    await shot("5-campagne-emise");

    await page
      .getByRole("row")
      .filter({ hasText: campaign.member })
      .last()
      .getByRole("link", { name: "Déjà émise" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/F\d{4}-\d{4}/);
    await expect(page.getByText(campaign.member).first()).toBeVisible();
    if (campaign.regime === "STANDARD") {
      await expect(page.getByRole("columnheader", { name: "TVA" })).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "Parts de maintenance" })).toContainText("20 %");
      await expect(page.getByRole("row").filter({ hasText: "Cotisation annuelle" })).toContainText("0 %");
    }
    await expectNoAxeViolations(page);
    await shot("6-facture");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger le PDF" }).click(),
    ]);
    const text = execFileSync("pdftotext", ["-layout", (await download.path())!, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    expect(text).toContain(campaign.member);
    expect(text).toMatch(campaign.mention);
    if (campaign.regime === "STANDARD") expect(text.replace(/\s/g, "")).toContain(VAT_NUMBER);
    else expect(text).not.toMatch(/TVA\s+20\s?%/);
  });
}
