// Every text a person reads comes from the catalogues (issue 13): a French sentence written straight
// into a route, a component or an e-mail would reach English readers as is. scripts/french-literals.ts
// explains what counts as French and which modules are read.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  allowed,
  allowedInEnglish,
  findFrench,
  findFrenchInTree,
  looksFrench,
  scannedFiles,
} from "../../../scripts/french-literals";

describe("French literals outside the catalogues", () => {
  it("recognises French by its accents and its common words, not English, keys or paths", () => {
    expectEach(looksFrench, [
      ["Enregistrer le paiement", true],
      ["Échéance", true],
      ["Merci de vous reconnecter", true],
      ["Annuler", true],
      ["Save the payment", false],
      ["invoices.status.draft", false],
      ["/espace-membre/demandes", false],
      ["structure", false],
      ["button button-secondary", false],
    ]);
  });

  it("flags a French literal injected in a route, in JSX text, attributes, strings and templates", () => {
    const source = [
      'import { json } from "@remix-run/node";',
      "// Un commentaire en français ne compte pas.",
      'type Kind = "À payer" | "Payée";',
      'export const action = () => json({ error: "Montant invalide" }, { status: 400 });',
      "export default function Page({ name }: { name: string }) {",
      '  const title = t("invoices.title");',
      "  return (",
      '    <section aria-label="Liste des factures" className="card">',
      "      <h1>{title}</h1>",
      "      <p>Aucune facture pour le moment.</p>",
      "      <p>{`Bonjour ${name}, vous avez une facture`}</p>",
      '      <input placeholder="Rechercher une structure" />',
      "    </section>",
      "  );",
      "}",
    ].join("\n");
    expect(findFrench("routes/probe.tsx", source)).toEqual([
      { file: "routes/probe.tsx", line: 4, text: "Montant invalide" },
      { file: "routes/probe.tsx", line: 8, text: "Liste des factures" },
      { file: "routes/probe.tsx", line: 10, text: "Aucune facture pour le moment." },
      { file: "routes/probe.tsx", line: 11, text: "Bonjour , vous avez une facture" },
      { file: "routes/probe.tsx", line: 12, text: "Rechercher une structure" },
    ]);
  });

  it("passes the endonym of the language choice only where it is allowed", () => {
    const source = '<button lang="fr">Français</button>';
    expect(findFrench("components/accounts/language-switch.tsx", source)).toEqual([]);
    expect(findFrench("components/other.tsx", source)).toHaveLength(1);
    for (const entry of allowed) expect(entry.why).not.toBe("");
  });

  it("reads routes, components and the modules that write e-mails", () => {
    const files = scannedFiles().map((file) => path.relative(path.resolve(import.meta.dirname, "../.."), file));
    expect(files).toContain("routes/factures._index.tsx");
    expect(files).toContain("components/app-shell.tsx");
    for (const mail of [
      "domain/accounts/account-emails.ts",
      "domain/invoicing/reminder-mail.ts",
      "domain/invoicing/invoice-mail.ts",
      "domain/scheduling/notifications.server.ts",
      "domain/scheduling/lifecycle.server.ts",
      "domain/ledger/alerts.server.ts",
      "domain/payments/stripe-webhook.server.ts",
      "domain/reports/reports.server.ts",
    ])
      expect(files).toContain(mail);
  });

  // It reads the whole tree: seconds on a busy 2-core machine, more than vitest's default 5 s.
  it("finds none in the tree", { timeout: 30_000 }, () => {
    expect(findFrenchInTree()).toEqual([]);
  });

  it("finds no French in the English catalogues", async () => {
    const directory = import.meta.dirname;
    const french: string[] = [];
    for (const file of fs.readdirSync(directory).filter((name) => name.endsWith(".en.ts"))) {
      const { messages } = (await import(path.join(directory, file))) as { messages: Record<string, string> };
      for (const [key, text] of Object.entries(messages))
        if (looksFrench(text) && !allowedInEnglish.some((entry) => entry.key === key)) french.push(`${key}: ${text}`);
    }
    expect(french).toEqual([]);
  });
});
