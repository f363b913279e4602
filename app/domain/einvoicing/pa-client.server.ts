// The app's HTTP client for a plateforme agréée's Flow service (AFNOR XP Z12-013, flow-service-1.3.0):
// OAuth2 client credentials for a bearer token, then POST /v1/flows (multipart: flowInfo JSON + file) and
// POST /v1/flows/search, GET /v1/flows/{flowId} (a lifecycle message's file) and POST /v1/webhooks.
// Plain fetch: tests point it at tests/support/fake-pa.ts.

export type PaConnection = { baseUrl: string; tokenUrl: string; clientId: string; clientSecret: string };

export type FlowInfo = {
  trackingId: string;
  name: string;
  processingRule: "B2B" | "B2C" | "B2G";
  flowSyntax: "Factur-X" | "CDAR";
  flowProfile: "CIUS";
  sha256: string;
};

export class PaError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "PaError";
  }
}

const TIMEOUT_MS = 20_000;
const tokens = new Map<string, { token: string; expiresAt: number }>();

function endpoint(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new PaError(`Plateforme agréée injoignable (${url}) : ${(error as Error).message}`, null);
  }
}

/** A bearer token, cached until a minute before it expires. */
export async function accessToken(connection: PaConnection): Promise<string> {
  const cacheKey = `${connection.tokenUrl}|${connection.clientId}`;
  const cached = tokens.get(cacheKey);
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const response = await call(connection.tokenUrl, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${Buffer.from(`${encodeURIComponent(connection.clientId)}:${encodeURIComponent(connection.clientSecret)}`).toString("base64")}`,
    },
    body: new URLSearchParams({ grant_type: "client_credentials" }),
  });
  if (!response.ok)
    throw new PaError(
      `La plateforme agréée refuse les identifiants OAuth2 (HTTP ${response.status}).`,
      response.status,
    );
  const body = (await response.json()) as { access_token?: string; expires_in?: number };
  if (!body.access_token) throw new PaError("Réponse OAuth2 sans access_token.", response.status);
  tokens.set(cacheKey, {
    token: body.access_token,
    expiresAt: Date.now() + Math.max(0, (body.expires_in ?? 300) - 60) * 1000,
  });
  return body.access_token;
}

/** Forgets cached tokens (a 401 means the PA revoked ours; tests start clean). */
export function forgetPaTokens(): void {
  tokens.clear();
}

/** A call with the bearer token; a 401 forgets it. Used by the Flow and Directory clients. */
export async function authorized(connection: PaConnection, path: string, init: RequestInit): Promise<Response> {
  const response = await call(endpoint(connection.baseUrl, path), {
    ...init,
    headers: {
      ...(init.headers ?? {}),
      Authorization: `Bearer ${await accessToken(connection)}`,
      "Request-Id": crypto.randomUUID(),
    },
  });
  if (response.status === 401) forgetPaTokens();
  return response;
}

/** The flowId of a flow already submitted with this trackingId, if any (so a retry never sends twice). */
export async function findFlowByTrackingId(connection: PaConnection, trackingId: string): Promise<string | null> {
  const response = await authorized(connection, "/v1/flows/search", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ where: { trackingId, flowDirection: ["Out"] } }),
  });
  if (!response.ok)
    throw new PaError(`Recherche de flux refusée par la plateforme agréée (HTTP ${response.status}).`, response.status);
  const body = (await response.json()) as { results?: { flowId: string }[] };
  return body.results?.[0]?.flowId ?? null;
}

/** POST /v1/flows; returns the PA's flowId. */
export async function submitFlow(
  connection: PaConnection,
  flowInfo: FlowInfo,
  file: Buffer,
): Promise<{ flowId: string; submittedAt: string }> {
  const form = new FormData();
  form.append("flowInfo", new Blob([JSON.stringify(flowInfo)], { type: "application/json" }));
  form.append(
    "file",
    new Blob([new Uint8Array(file)], { type: flowInfo.flowSyntax === "CDAR" ? "application/xml" : "application/pdf" }),
    flowInfo.name,
  );
  const response = await authorized(connection, "/v1/flows", { method: "POST", body: form });
  if (response.status !== 202) {
    const detail = (await response.text()).slice(0, 500);
    throw new PaError(
      `La plateforme agréée n'a pas accepté le dépôt (HTTP ${response.status}) : ${detail}`,
      response.status,
    );
  }
  const body = (await response.json()) as { flowId: string; submittedAt: string };
  return { flowId: body.flowId, submittedAt: body.submittedAt };
}

/** The metadata of a flow, as searches and webhooks describe it (the spec's `Flow`). */
export type FlowSummary = {
  flowId: string;
  trackingId?: string;
  flowType: string;
  flowDirection: "In" | "Out";
  updatedAt: string;
  acknowledgement?: { status: "Pending" | "Ok" | "Error"; details?: { reasonCode: string; reasonMessage: string }[] };
};

export type FlowFilters = { updatedAfter?: string; flowType?: string[]; flowDirection?: ("In" | "Out")[] };

/** One page of POST /v1/flows/search; `nextCursor` is absent on the last page. */
export async function searchFlows(
  connection: PaConnection,
  where: FlowFilters,
  cursor?: string,
): Promise<{ results: FlowSummary[]; nextCursor?: string }> {
  const response = await authorized(connection, "/v1/flows/search", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ limit: 100, where, ...(cursor ? { cursor } : {}) }),
  });
  if (!response.ok)
    throw new PaError(`Recherche de flux refusée par la plateforme agréée (HTTP ${response.status}).`, response.status);
  const body = (await response.json()) as { results?: FlowSummary[]; nextCursor?: string };
  return { results: body.results ?? [], nextCursor: body.nextCursor };
}

/** GET /v1/flows/{flowId}?docType=Original: the file of a flow (a CDAR lifecycle message here). */
export async function downloadFlow(connection: PaConnection, flowId: string): Promise<string> {
  const response = await authorized(connection, `/v1/flows/${encodeURIComponent(flowId)}?docType=Original`, {
    method: "GET",
  });
  if (!response.ok)
    throw new PaError(
      `Téléchargement du flux ${flowId} refusé par la plateforme agréée (HTTP ${response.status}).`,
      response.status,
    );
  return response.text();
}

/** POST /v1/webhooks: the PA will POST each new flow's metadata to `callbackUrl`, signed with the returned key. */
export async function createWebhook(
  connection: PaConnection,
  params: { callbackUrl: string; flowTypes: string[]; flowDirection: "In" | "Out" },
): Promise<{ webhookId: string; signingKey: string }> {
  const response = await authorized(connection, "/v1/webhooks", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(params),
  });
  if (response.status !== 201)
    throw new PaError(
      `La plateforme agréée refuse l'abonnement aux statuts (HTTP ${response.status}).`,
      response.status,
    );
  const body = (await response.json()) as { webhookId?: string; signingKey?: string };
  if (!body.webhookId || !body.signingKey)
    throw new PaError("Abonnement aux statuts sans identifiant ni clé de signature.", response.status);
  return { webhookId: body.webhookId, signingKey: body.signingKey };
}
