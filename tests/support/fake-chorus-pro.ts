// A local fake of Chorus Pro behind PISTE, reached by the app's real HTTP client. It follows the
// documented "API connection mode": an OAuth2 client-credentials token (/api/oauth/token), and on every
// /cpro/ call both the bearer token and the `cpro-account` header (base64 login:password) of the technical
// account. factures/v1/deposer/flux takes a base64 Factur-X (IN_DP_E2_CII_FACTURX): the fake extracts its
// XML with pdfdetach and refuses it, as Chorus Pro does for a public buyer, without the service code
// (BT-10, BuyerReference) or the engagement number (BT-13). factures/v1/rechercher/fournisseur lists the
// supplier's invoices with their status, which the test moves on with `setStatus`.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type ChorusInvoice = {
  identifiantFactureCPP: number;
  numeroFacture: string;
  statut: string;
  dateDepot: string;
  dateHeureEtatCourant: string;
  motif?: string;
  serviceCode: string;
  engagementNumber: string;
};

export type FakeChorusPro = {
  url: string;
  clientId: string;
  clientSecret: string;
  login: string;
  password: string;
  invoices: ChorusInvoice[];
  deposits: { nomFichier: string; syntaxeFlux: string }[];
  refusedCalls: { path: string; reason: string }[];
  setStatus: (numeroFacture: string, statut: string, motif?: string) => void;
  close: () => Promise<void>;
};

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json;charset=utf-8" });
  response.end(JSON.stringify(body));
}

/** The Factur-X XML embedded in a PDF (pdfdetach, as the CI's validator does). */
async function embeddedXml(pdf: Buffer): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), "chorus-"));
  try {
    writeFileSync(path.join(work, "in.pdf"), pdf);
    await run("pdfdetach", [
      "-savefile",
      "factur-x.xml",
      "-o",
      path.join(work, "factur-x.xml"),
      path.join(work, "in.pdf"),
    ]);
    return readFileSync(path.join(work, "factur-x.xml"), "utf8");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const between = (xml: string, pattern: RegExp) => pattern.exec(xml)?.[1]?.trim() ?? "";

export async function startFakeChorusPro(options: { clock?: () => number } = {}): Promise<FakeChorusPro> {
  const clock = options.clock ?? (() => Date.now());
  const clientId = "piste-client";
  const clientSecret = `piste-${crypto.randomUUID()}`;
  const login = "TECH_amie7v@cpro.fr";
  const password = `cpro-${crypto.randomUUID()}`;
  const tokens = new Set<string>();
  const invoices: ChorusInvoice[] = [];
  const deposits: FakeChorusPro["deposits"] = [];
  const refusedCalls: FakeChorusPro["refusedCalls"] = [];
  let nextId = 9_000_001;

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const raw = await readBody(request);
      if (request.method === "POST" && url.pathname === "/api/oauth/token") {
        const [id, secret] = Buffer.from((request.headers.authorization ?? "").replace(/^Basic /, ""), "base64")
          .toString()
          .split(":")
          .map(decodeURIComponent);
        if (
          new URLSearchParams(raw).get("grant_type") !== "client_credentials" ||
          id !== clientId ||
          secret !== clientSecret
        )
          return send(response, 401, { error: "invalid_client" });
        const token = crypto.randomUUID();
        tokens.add(token);
        return send(response, 200, { access_token: token, token_type: "Bearer", expires_in: 3600, scope: "openid" });
      }
      const refuse = (status: number, reason: string) => {
        refusedCalls.push({ path: url.pathname, reason });
        return send(response, status, { codeRetour: status, libelle: reason });
      };
      if (!tokens.has((request.headers.authorization ?? "").replace(/^Bearer /, "")))
        return refuse(401, "Jeton PISTE absent ou invalide");
      if (request.headers["cpro-account"] !== Buffer.from(`${login}:${password}`).toString("base64"))
        return refuse(401, "En-tête cpro-account absent ou invalide");
      if (!String(request.headers["content-type"] ?? "").startsWith("application/json"))
        return refuse(415, "JSON attendu");
      const body = JSON.parse(raw) as Record<string, unknown>;

      if (request.method === "POST" && url.pathname === "/cpro/factures/v1/deposer/flux") {
        if (
          body.syntaxeFlux !== "IN_DP_E2_CII_FACTURX" ||
          typeof body.fichierFlux !== "string" ||
          typeof body.nomFichier !== "string"
        )
          return refuse(400, "Paramètres de dépôt invalides");
        const xml = await embeddedXml(Buffer.from(body.fichierFlux, "base64")).catch(() => "");
        if (!xml)
          return send(response, 200, { codeRetour: 20002, libelle: "GCU_MSG_03_000 : fichier Factur-X illisible" });
        const numeroFacture = between(xml, /<rsm:ExchangedDocument>\s*<ram:ID>([^<]+)<\/ram:ID>/);
        const serviceCode = between(xml, /<ram:BuyerReference>([^<]+)<\/ram:BuyerReference>/);
        const engagementNumber = between(xml, /<ram:BuyerOrderReferencedDocument>\s*<ram:IssuerAssignedID>([^<]+)</);
        if (!serviceCode || !engagementNumber)
          return send(response, 200, {
            codeRetour: 20001,
            libelle: "Code service et numéro d'engagement obligatoires pour ce destinataire",
          });
        deposits.push({ nomFichier: body.nomFichier, syntaxeFlux: body.syntaxeFlux });
        const now = new Date(clock()).toISOString();
        invoices.push({
          identifiantFactureCPP: nextId++,
          numeroFacture,
          statut: "DEPOSEE",
          dateDepot: now,
          dateHeureEtatCourant: now,
          serviceCode,
          engagementNumber,
        });
        return send(response, 200, {
          codeRetour: 0,
          libelle: "GCU_MSG_01_000",
          numeroFluxDepot: `CPP${nextId}`,
          dateDepot: now,
        });
      }
      if (request.method === "POST" && url.pathname === "/cpro/factures/v1/rechercher/fournisseur") {
        const numero = typeof body.numeroFacture === "string" ? body.numeroFacture : null;
        const listeFactures = invoices
          .filter((invoice) => !numero || invoice.numeroFacture === numero)
          .map(({ identifiantFactureCPP, numeroFacture, statut, dateDepot, dateHeureEtatCourant, motif }) => ({
            identifiantFactureCPP,
            numeroFacture,
            statut,
            dateDepot,
            dateHeureEtatCourant,
            motif,
          }));
        return send(response, 200, {
          codeRetour: 0,
          libelle: "GCU_MSG_01_000",
          listeFactures,
          parametresRetour: { total: listeFactures.length, pageCourante: 1, pages: 1 },
        });
      }
      return refuse(404, "Service inconnu");
    } catch (error) {
      send(response, 500, { codeRetour: 500, libelle: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    login,
    password,
    invoices,
    deposits,
    refusedCalls,
    setStatus(numeroFacture, statut, motif) {
      const invoice = invoices.find((candidate) => candidate.numeroFacture === numeroFacture);
      if (!invoice) throw new Error(`Facture ${numeroFacture} inconnue de Chorus Pro`);
      Object.assign(invoice, { statut, motif, dateHeureEtatCourant: new Date(clock()).toISOString() });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
