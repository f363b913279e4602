// Finds French text written straight into code that people read: routes, components and the
// modules that build e-mails (issue 13: "a test fails on a French literal"). Every such text belongs
// in the catalogues (app/utils/messages/<area>.fr.ts and .en.ts), or an English reader meets it.
// It parses the source with the TypeScript compiler, so comments are never read, and looks at string
// literals, template literals and JSX text. French is recognised by its accented letters or by a
// common French word between spaces; a message key (dotted words) or a path is not a sentence.
// `npx tsx scripts/french-literals.ts` prints what it finds; app/utils/messages/no-french-literals.test.ts
// fails on it.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const appDir = path.resolve(import.meta.dirname, "../app");

const ACCENTED = /[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»]/;
// Words an English sentence never holds (short French words and the app's common French ones); checked only in text with a space,
// so that a path or an identifier ("mot-de-passe-oublie") is not a sentence.
const FRENCH_WORDS =
  /(^|[\s'’(«"])(de|la|le|les|vous|une|des|du|pour|avec|est|sur|dans|pas|aux|votre|vos|nous|cette|bonjour|merci|aucun|aucune|entre|sans|facture|factures|paiement|paiements|montant|invalide|obligatoire|saisissez|choisissez|enregistrer|supprimer|annuler|modifier|rechercher)(?=[\s,.;:!?)»"]|$)/i;
// Single French words a page shows on its own (a button, a column), capitalised as a label is (a
// lowercase word is a parameter name, "structure"): without a space the rule above cannot see them.
const FRENCH_LABELS =
  /^(Bonjour|Enregistrer|Annuler|Supprimer|Modifier|Retour|Rechercher|Fermer|Valider|Ajouter|Factures?|Paiements?|Structures?|Demandes?|Soldes?|Souscriptions?|Techniciens?|Oui|Non|Brouillon|Avoir|Montant|Statut|Envoyer|Filtrer|Connexion|Aujourd'hui)$/;

export function looksFrench(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (ACCENTED.test(trimmed)) return true;
  if (FRENCH_LABELS.test(trimmed)) return true;
  return /\s/.test(trimmed) && FRENCH_WORDS.test(trimmed);
}

/**
 * What may stay, with why. Each entry is a file (relative to app/) and the exact text. Keep it short:
 * anything a person reads in a sentence belongs in a catalogue.
 */
export const allowed: { file: string; text: string; why: string }[] = [
  // A language is named in itself, so that someone who cannot read the page can still find theirs.
  { file: "components/accounts/language-switch.tsx", text: "Français", why: "endonym in the language choice" },
  { file: "routes/profil.tsx", text: "Français", why: "endonym in the language choice" },
];

/**
 * English texts that must quote French: a legal mention the invoice prints in French whatever the
 * reader's language. Keys of the English catalogues.
 */
export const allowedInEnglish: { key: string; why: string }[] = [
  { key: "einvoicing.settings.vatOnDebits.hint", why: "quotes the French legal mention « TVA sur les débits »" },
];

export interface Finding {
  file: string;
  line: number;
  text: string;
}

function isAllowed(file: string, text: string) {
  return allowed.some((entry) => entry.file === file && entry.text === text.trim());
}

// Positions where a string is code, not text: module names, type literals, object keys.
function isCodeString(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent))
    return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  return false;
}

/** Every French text of one source file; `file` names it in the findings (relative to app/). */
export function findFrench(file: string, source: string): Finding[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!looksFrench(text) || isAllowed(file, text)) return;
    const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
    findings.push({ file, line, text: text.trim().replace(/\s+/g, " ") });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCodeString(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      // The fixed parts, read together: `Bonjour ${name},` is French around its placeholder.
      report(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" "));
    } else if (ts.isJsxText(node)) {
      report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return findings;
}

function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Modules that write e-mails: they build or send a MailMessage, put one in the outbox, or say so in their name. */
function isMailTemplate(file: string, source: string) {
  return /mail[^/]*\.tsx?$/i.test(file) || /\bMailMessage\b|\benqueueEmail\(|\bdeliverMail\(/.test(source);
}

/**
 * Modules left out of the scan, each with why. Empty: the refusals the domain throws are DomainErrors
 * whose texts live in the catalogues (ADR 025), so every e-mail module is scanned whole.
 */
export const notYetScanned: { file: string; why: string }[] = [];

/** The files the rule covers: routes, components, and every module that writes an e-mail. */
export function scannedFiles(): string[] {
  const routesAndComponents = [
    ...filesUnder(path.join(appDir, "routes")),
    ...filesUnder(path.join(appDir, "components")),
  ];
  const mailTemplates = filesUnder(path.join(appDir, "domain")).filter((file) =>
    isMailTemplate(file, fs.readFileSync(file, "utf8")),
  );
  return [...routesAndComponents, ...mailTemplates].filter(
    (file) => !notYetScanned.some((entry) => path.relative(appDir, file) === entry.file),
  );
}

export function findFrenchInTree(): Finding[] {
  return scannedFiles().flatMap((file) => findFrench(path.relative(appDir, file), fs.readFileSync(file, "utf8")));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = findFrenchInTree();
  for (const finding of findings) console.log(`${finding.file}:${finding.line}  ${finding.text}`);
  console.log(`${findings.length} French literals in ${new Set(findings.map((finding) => finding.file)).size} files`);
}
