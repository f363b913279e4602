// The app's HTTP client for Chorus Pro (public buyers), through the State's API gateway PISTE: an OAuth2
// client-credentials token from PISTE, plus the technical account in the `cpro-account` header
// (base64 login:password), as Chorus Pro's "API connection mode" specification describes. Two services:
// factures/v1/deposer/flux (a Factur-X, syntax IN_DP_E2_CII_FACTURX) and factures/v1/rechercher/fournisseur
// (the supplier's invoices with their status). Tests point it at tests/support/fake-chorus-pro.ts.
import { accessToken, PaError } from "./pa-client.server";

export type ChorusConnection = {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  login: string;
  password: string;
};

export type ChorusInvoice = {
  identifiantFactureCPP: number;
  numeroFacture: string;
  statut: string;
  dateDepot?: string;
  dateHeureEtatCourant?: string;
  motif?: string;
};

const TIMEOUT_MS = 20_000;

async function post<T>(connection: ChorusConnection, path: string, body: unknown): Promise<T> {
  const token = await accessToken(connection);
  let response: Response;
  try {
    response = await fetch(`${connection.baseUrl.replace(/\/+$/, "")}${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json;charset=utf-8",
        Accept: "application/json",
        Authorization: `Bearer ${token}`,
        "cpro-account": Buffer.from(`${connection.login}:${connection.password}`).toString("base64"),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new PaError(`Chorus Pro injoignable : ${(error as Error).message}`, null);
  }
  if (!response.ok)
    throw new PaError(
      `Chorus Pro refuse l'appel ${path} (HTTP ${response.status}) : ${(await response.text()).slice(0, 300)}`,
      response.status,
    );
  const answer = (await response.json()) as T & { codeRetour?: number; libelle?: string };
  if (answer.codeRetour !== undefined && answer.codeRetour !== 0)
    throw new PaError(`Chorus Pro : ${answer.libelle ?? "erreur"} (code ${answer.codeRetour}).`, response.status);
  return answer;
}

/** Deposits one Factur-X; Chorus Pro reads the service code (BT-10) and engagement number (BT-13) from it. */
export async function depositFacturX(
  connection: ChorusConnection,
  file: { name: string; pdf: Buffer },
): Promise<{ numeroFluxDepot: string; dateDepot: string }> {
  return post(connection, "/cpro/factures/v1/deposer/flux", {
    fichierFlux: file.pdf.toString("base64"),
    nomFichier: file.name,
    syntaxeFlux: "IN_DP_E2_CII_FACTURX",
    avecSignature: false,
  });
}

/** The supplier's invoices known to Chorus Pro with this number (none yet: an empty list). */
export async function findSupplierInvoices(
  connection: ChorusConnection,
  numeroFacture?: string,
): Promise<ChorusInvoice[]> {
  const answer = await post<{ listeFactures?: ChorusInvoice[] }>(
    connection,
    "/cpro/factures/v1/rechercher/fournisseur",
    {
      ...(numeroFacture ? { numeroFacture } : {}),
      pagination: { nbResultatsParPage: 100, pageResultatDemandee: 1 },
    },
  );
  return answer.listeFactures ?? [];
}
