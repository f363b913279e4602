// A local fake plateforme agréée (AFNOR XP Z12-013 Flow service), reached by the app's real HTTP client.
// EVERY request to /v1/… is validated against ../shared/reference/france-einvoicing/pa-api/
// flow-service-1.3.0.swagger.json with openapi-backend (Ajv): an invalid one gets 400 and is kept in
// `invalidRequests`, so a test can assert the app never sent one. It issues OAuth2 client-credentials
// tokens, stores submitted flows, answers searches by trackingId, and can be told to fail (503).
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import OpenAPIBackend from "openapi-backend";

const FLOW_SPEC = path.resolve(process.cwd(), "../shared/reference/france-einvoicing/pa-api/flow-service-1.3.0.swagger.json");

export type StoredFlow = {
  flowId: string;
  submittedAt: string;
  flowInfo: { trackingId?: string; name: string; processingRule?: string; flowSyntax: string; flowProfile?: string; sha256?: string };
  file: Buffer;
};

export type FakePa = {
  url: string;
  port: number;
  clientId: string;
  clientSecret: string;
  flows: StoredFlow[];
  invalidRequests: { operation: string; errors: unknown }[];
  /** Requests answered with 503 before the PA is back (simulates an outage). */
  failNext: (count: number) => void;
  close: () => Promise<void>;
};

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

export async function startFakePa(options: { port?: number; clientId?: string; clientSecret?: string } = {}): Promise<FakePa> {
  const api = new OpenAPIBackend({ definition: FLOW_SPEC, validate: true, quick: false, ajvOpts: { strict: false } });
  await api.init();
  const clientId = options.clientId ?? "quote-part-test";
  const clientSecret = options.clientSecret ?? `secret-${crypto.randomUUID()}`;
  const tokens = new Set<string>();
  const flows: StoredFlow[] = [];
  const invalidRequests: FakePa["invalidRequests"] = [];
  let failures = 0;

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const raw = await readBody(request);
      if (failures > 0) {
        failures -= 1;
        return send(response, 503, { errorCode: "503", errorMessage: "Service momentanément indisponible" });
      }
      if (request.method === "POST" && url.pathname === "/oauth/token") {
        const basic = Buffer.from((request.headers.authorization ?? "").replace(/^Basic /, ""), "base64").toString();
        const [id, secret] = basic.split(":").map(decodeURIComponent);
        const form = new URLSearchParams(raw.toString());
        if (form.get("grant_type") !== "client_credentials" || id !== clientId || secret !== clientSecret) return send(response, 401, { error: "invalid_client" });
        const token = crypto.randomUUID();
        tokens.add(token);
        return send(response, 200, { access_token: token, token_type: "Bearer", expires_in: 3600 });
      }
      if (!tokens.has((request.headers.authorization ?? "").replace(/^Bearer /, ""))) return send(response, 401, { errorCode: "401", errorMessage: "Jeton absent ou invalide" });

      const contentType = request.headers["content-type"] ?? "";
      let body: unknown = undefined;
      let file: Buffer | null = null;
      if (contentType.startsWith("multipart/form-data")) {
        // The spec's multipart body: flowInfo (a JSON part) and file (binary); validated as an object.
        const parts = await new Request("http://fake/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(raw) }).formData();
        const flowInfo = parts.get("flowInfo");
        const upload = parts.get("file");
        file = upload instanceof Blob ? Buffer.from(await upload.arrayBuffer()) : null;
        body = { flowInfo: flowInfo instanceof Blob ? JSON.parse(await flowInfo.text()) : flowInfo, file: file ? file.toString("latin1") : upload };
      } else if (raw.length > 0) {
        body = JSON.parse(raw.toString());
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : (value ?? "")]));
      const openApiRequest = { method: request.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body };
      const operation = api.matchOperation(openApiRequest);
      if (!operation) return send(response, 404, { errorCode: "404", errorMessage: "Opération inconnue" });
      const validation = api.validateRequest(openApiRequest, operation);
      if (!validation.valid) {
        invalidRequests.push({ operation: operation.operationId ?? url.pathname, errors: validation.errors });
        return send(response, 400, { errorCode: "400", errorMessage: JSON.stringify(validation.errors) });
      }

      if (operation.operationId === "createFlow") {
        const { flowInfo } = body as { flowInfo: StoredFlow["flowInfo"] };
        if (flowInfo.sha256 && file && crypto.createHash("sha256").update(file).digest("hex") !== flowInfo.sha256) {
          return send(response, 422, { errorCode: "422", errorMessage: "Empreinte sha256 différente du fichier reçu" });
        }
        const stored: StoredFlow = { flowId: crypto.randomUUID(), submittedAt: new Date().toISOString(), flowInfo, file: file ?? Buffer.alloc(0) };
        flows.push(stored);
        return send(response, 202, { flowId: stored.flowId, submittedAt: stored.submittedAt, ...flowInfo });
      }
      if (operation.operationId === "searchFlows") {
        const where = (body as { where: { trackingId?: string } }).where;
        const results = flows
          .filter((flow) => !where.trackingId || flow.flowInfo.trackingId === where.trackingId)
          .map((flow) => ({
            ...flow.flowInfo,
            flowId: flow.flowId,
            submittedAt: flow.submittedAt,
            updatedAt: flow.submittedAt,
            flowType: "CustomerInvoice",
            flowDirection: "Out",
            processingRule: flow.flowInfo.processingRule ?? "B2B",
            processingRuleSource: "Input",
            flowProfile: flow.flowInfo.flowProfile ?? "CIUS",
            acknowledgement: { status: "Ok" },
          }));
        return send(response, 200, { limit: 25, filters: where, results });
      }
      return send(response, 501, { errorCode: "501", errorMessage: `${operation.operationId} non simulé` });
    } catch (error) {
      send(response, 500, { errorCode: "500", errorMessage: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    clientId,
    clientSecret,
    flows,
    invalidRequests,
    failNext: (count) => {
      failures = count;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
