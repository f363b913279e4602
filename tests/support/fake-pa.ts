// A local fake plateforme agréée (AFNOR XP Z12-013 Flow service), reached by the app's real HTTP client.
// EVERY request to /v1/… is validated against ../shared/reference/france-einvoicing/pa-api/
// flow-service-1.3.0.swagger.json with openapi-backend (Ajv): an invalid one gets 400 and is kept in
// `invalidRequests`, so a test can assert the app never sent one. It issues OAuth2 client-credentials
// tokens, stores submitted flows, answers searches (trackingId, flowType, direction, updatedAfter, cursor),
// serves flow files, takes webhook subscriptions, and — the outside world's part — emits lifecycle statuses
// on demand (`emitStatus`, or POST /_control/statuses): a CDAR flow stored as incoming, and a signed
// notice POSTed to every subscribed callback. It can be told to fail (503).
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import addFormats from "ajv-formats";
import { OpenAPIBackend } from "openapi-backend";
import { sharedPath } from "./shared-dir";

const FLOW_SPEC = sharedPath("reference/france-einvoicing/pa-api/flow-service-1.3.0.swagger.json");
// The PA also serves its Directory service (same OAuth2 client); its requests are checked against this one.
const DIRECTORY_SPEC = sharedPath("reference/france-einvoicing/pa-api/directory-service-1.3.0.swagger.json");

export type StoredFlow = {
  flowId: string;
  submittedAt: string;
  updatedAt: string;
  flowType: string;
  flowDirection: "In" | "Out";
  flowInfo: {
    trackingId?: string;
    name: string;
    processingRule?: string;
    flowSyntax: string;
    flowProfile?: string;
    sha256?: string;
  };
  file: Buffer;
};

export type FakePa = {
  url: string;
  port: number;
  clientId: string;
  clientSecret: string;
  flows: StoredFlow[];
  invalidRequests: { operation: string; errors: unknown }[];
  webhooks: { webhookId: string; callbackUrl: string; signingKey: string }[];
  /** The Directory's lines (annuaire): what POST /v1/directory-line/search answers for a SIREN. */
  directoryLines: {
    siren: string;
    addressingIdentifier: string;
    status: "Enabled" | "Disabled" | "Upcoming";
    businessName: string;
    routingIdentifier?: string;
  }[];
  /** Every notice sent to a callback, with the answer it got. */
  deliveries: { url: string; status: number; body: string; headers: Record<string, string> }[];
  /** How notices travel; defaults to fetch. Integration tests hand them to the app's handler directly. */
  deliver: (url: string, headers: Record<string, string>, body: string) => Promise<number>;
  /** Requests answered with 503 before the PA is back (simulates an outage). */
  failNext: (count: number) => void;
  /** The outside world acts: a status for one of our invoices (by number), as a CDAR flow; notified unless `notify: false`. */
  emitStatus: (
    invoiceNumber: string,
    code: string,
    options?: { reasonCode?: string; reason?: string; at?: Date; notify?: boolean },
  ) => Promise<StoredFlow>;
  /** Sends the notice of a stored flow again (a duplicate delivery). */
  notify: (flow: StoredFlow) => Promise<void>;
  close: () => Promise<void>;
};

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The fake's own CDAR writer (deliberately not the app's): a status about one invoice, as a PA sends it. */
function cdarStatus(invoiceNumber: string, code: string, at: Date, reasonCode: string, reason: string): string {
  const when = at.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const detail =
    reasonCode || reason
      ? `<ram:SpecifiedDocumentStatus><ram:ReasonCode>${esc(reasonCode)}</ram:ReasonCode><ram:Reason>${esc(reason)}</ram:Reason><ram:SequenceNumeric>1</ram:SequenceNumeric></ram:SpecifiedDocumentStatus>`
      : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossDomainAcknowledgementAndResponse xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn.cpro.gouv.fr:1p0:CDV:invoice</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>CDV-${crypto.randomUUID()}</ram:ID><ram:IssueDateTime><udt:DateTimeString format="204">${when}</udt:DateTimeString></ram:IssueDateTime><ram:RecipientTradeParty><ram:RoleCode>SE</ram:RoleCode></ram:RecipientTradeParty></rsm:ExchangedDocument>
<rsm:AcknowledgementDocument><ram:TypeCode>${["200", "201", "202", "213", "501"].includes(code) ? "305" : "23"}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="204">${when}</udt:DateTimeString></ram:IssueDateTime>
<ram:ReferenceReferencedDocument><ram:IssuerAssignedID>${esc(invoiceNumber)}</ram:IssuerAssignedID><ram:ProcessConditionCode>${code}</ram:ProcessConditionCode>${detail}</ram:ReferenceReferencedDocument>
</rsm:AcknowledgementDocument>
</rsm:CrossDomainAcknowledgementAndResponse>
`;
}

/** Afnor-Signature: base64(HMAC-SHA256(key, SHA-256(body "@" timestamp))), as the Flow API describes it. */
export function afnorSignature(signingKeyBase64: string, body: string, timestamp: string): string {
  const fingerprint = crypto.createHash("sha256").update(`${body}@${timestamp}`).digest();
  return crypto.createHmac("sha256", Buffer.from(signingKeyBase64, "base64")).update(fingerprint).digest("base64");
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

/** `clock`: the PA's own time (browser journeys align it on the server's fixed clock, for signature timestamps). */
export async function startFakePa(
  options: { port?: number; clientId?: string; clientSecret?: string; clock?: () => number } = {},
): Promise<FakePa> {
  const clock = options.clock ?? (() => Date.now());
  const nowIso = () => new Date(clock()).toISOString();
  if (!existsSync(FLOW_SPEC)) throw new Error(`AFNOR Flow OpenAPI document not found: ${FLOW_SPEC}`);
  // Formats (uuid, date-time, uri…) are checked too: without ajv-formats Ajv would only warn and skip them.
  const apiOf = async (definition: string) => {
    const api = new OpenAPIBackend({
      definition,
      validate: true,
      quick: false,
      ajvOpts: { strict: false },
      customizeAjv: (ajv) => {
        addFormats(ajv);
        return ajv;
      },
    });
    await api.init();
    return api;
  };
  const [flowApi, directoryApi] = [await apiOf(FLOW_SPEC), await apiOf(DIRECTORY_SPEC)];
  const directoryLines: FakePa["directoryLines"] = [];
  const clientId = options.clientId ?? "quote-part-test";
  const clientSecret = options.clientSecret ?? `secret-${crypto.randomUUID()}`;
  const tokens = new Set<string>();
  const flows: StoredFlow[] = [];
  const invalidRequests: FakePa["invalidRequests"] = [];
  const webhooks: FakePa["webhooks"] = [];
  const deliveries: FakePa["deliveries"] = [];
  let failures = 0;

  const metadata = (flow: StoredFlow) => ({
    ...flow.flowInfo,
    flowId: flow.flowId,
    submittedAt: flow.submittedAt,
    updatedAt: flow.updatedAt,
    flowType: flow.flowType,
    flowDirection: flow.flowDirection,
    processingRule: flow.flowInfo.processingRule ?? "B2B",
    processingRuleSource: "Input",
    flowProfile: flow.flowInfo.flowProfile ?? "CIUS",
    acknowledgement: { status: "Ok" },
  });

  const fake = {
    webhooks,
    directoryLines,
    deliveries,
    deliver: async (url: string, headers: Record<string, string>, body: string) =>
      (await fetch(url, { method: "POST", headers, body })).status,
    async notify(flow: StoredFlow) {
      for (const webhook of webhooks) {
        const body = JSON.stringify(metadata(flow));
        const timestamp = String(Math.floor(clock() / 1000));
        const headers = {
          "Content-Type": "application/json",
          "Afnor-Signature": afnorSignature(webhook.signingKey, body, timestamp),
          "Afnor-Signature-Timestamp": timestamp,
        };
        const status = await fake.deliver(webhook.callbackUrl, headers, body).catch(() => 0);
        deliveries.push({ url: webhook.callbackUrl, status, body, headers });
      }
    },
    async emitStatus(
      invoiceNumber: string,
      code: string,
      emit: { reasonCode?: string; reason?: string; at?: Date; notify?: boolean } = {},
    ) {
      const at = emit.at ?? new Date(clock());
      const xml = cdarStatus(invoiceNumber, code, at, emit.reasonCode ?? "", emit.reason ?? "");
      const flow: StoredFlow = {
        flowId: crypto.randomUUID(),
        submittedAt: nowIso(),
        updatedAt: nowIso(),
        flowType: "CustomerInvoiceLC",
        flowDirection: "In",
        flowInfo: {
          name: `statut-${code}-${invoiceNumber}.xml`,
          flowSyntax: "CDAR",
          processingRule: "B2B",
          flowProfile: "CIUS",
        },
        file: Buffer.from(xml),
      };
      flows.push(flow);
      if (emit.notify !== false) await fake.notify(flow);
      return flow;
    },
  };

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const raw = await readBody(request);
      if (request.method === "POST" && url.pathname === "/_control/statuses") {
        // The test's remote control (the outside world acting), not part of the AFNOR API.
        const order = JSON.parse(raw.toString()) as {
          invoiceNumber: string;
          code: string;
          reasonCode?: string;
          reason?: string;
        };
        const flow = await fake.emitStatus(order.invoiceNumber, order.code, order);
        return send(response, 201, { flowId: flow.flowId });
      }
      if (failures > 0) {
        failures -= 1;
        return send(response, 503, { errorCode: "503", errorMessage: "Service momentanément indisponible" });
      }
      if (request.method === "POST" && url.pathname === "/oauth/token") {
        const basic = Buffer.from((request.headers.authorization ?? "").replace(/^Basic /, ""), "base64").toString();
        const [id, secret] = basic.split(":").map(decodeURIComponent);
        const form = new URLSearchParams(raw.toString());
        if (form.get("grant_type") !== "client_credentials" || id !== clientId || secret !== clientSecret)
          return send(response, 401, { error: "invalid_client" });
        const token = crypto.randomUUID();
        tokens.add(token);
        return send(response, 200, { access_token: token, token_type: "Bearer", expires_in: 3600 });
      }
      if (!tokens.has((request.headers.authorization ?? "").replace(/^Bearer /, "")))
        return send(response, 401, { errorCode: "401", errorMessage: "Jeton absent ou invalide" });

      const contentType = request.headers["content-type"] ?? "";
      let body: unknown = undefined;
      let file: Buffer | null = null;
      if (contentType.startsWith("multipart/form-data")) {
        // The spec's multipart body: flowInfo (a JSON part) and file (binary); validated as an object.
        const parts = await new Request("http://fake/", {
          method: "POST",
          headers: { "content-type": contentType },
          body: new Uint8Array(raw),
        }).formData();
        const flowInfo = parts.get("flowInfo");
        const upload = parts.get("file");
        file = upload instanceof Blob ? Buffer.from(await upload.arrayBuffer()) : null;
        body = {
          flowInfo: flowInfo instanceof Blob ? JSON.parse(await flowInfo.text()) : flowInfo,
          file: file ? file.toString("latin1") : upload,
        };
      } else if (raw.length > 0) {
        body = JSON.parse(raw.toString());
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.join(",") : (value ?? ""),
        ]),
      );
      const openApiRequest = {
        method: request.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
      };
      const api = url.pathname.startsWith("/v1/directory-line") ? directoryApi : flowApi;
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
        const now = nowIso();
        const flowType = flowInfo.flowSyntax === "CDAR" ? "CustomerInvoiceLC" : "CustomerInvoice";
        const stored: StoredFlow = {
          flowId: crypto.randomUUID(),
          submittedAt: now,
          updatedAt: now,
          flowType,
          flowDirection: "Out",
          flowInfo,
          file: file ?? Buffer.alloc(0),
        };
        flows.push(stored);
        return send(response, 202, { flowId: stored.flowId, submittedAt: stored.submittedAt, ...flowInfo });
      }
      if (operation.operationId === "searchFlows") {
        const {
          where,
          limit = 25,
          cursor,
        } = body as {
          where: { trackingId?: string; flowType?: string[]; flowDirection?: string[]; updatedAfter?: string };
          limit?: number;
          cursor?: string;
        };
        const matching = flows.filter(
          (flow) =>
            (!where.trackingId || flow.flowInfo.trackingId === where.trackingId) &&
            (!where.flowType || where.flowType.includes(flow.flowType)) &&
            (!where.flowDirection || where.flowDirection.includes(flow.flowDirection)) &&
            (!where.updatedAfter || flow.updatedAt > new Date(where.updatedAfter).toISOString()),
        );
        const start = cursor ? Number(Buffer.from(cursor, "base64").toString()) : 0;
        const page = matching.slice(start, start + limit);
        const nextCursor =
          start + limit < matching.length ? Buffer.from(String(start + limit)).toString("base64") : undefined;
        return send(response, 200, {
          limit,
          filters: where,
          results: page.map(metadata),
          ...(nextCursor ? { nextCursor } : {}),
        });
      }
      if (operation.operationId === "getFlow") {
        const flow = flows.find((candidate) => candidate.flowId === url.pathname.split("/").at(-1));
        if (!flow) return send(response, 404, { errorCode: "404", errorMessage: "Flux inconnu" });
        if ((url.searchParams.get("docType") ?? "Metadata") === "Metadata") return send(response, 200, metadata(flow));
        response.writeHead(200, {
          "Content-Type": "application/octet-stream",
          "Content-Disposition": `attachment;filename=${flow.flowInfo.name}`,
        });
        return response.end(flow.file);
      }
      if (operation.operationId === "searchDirectoryLine") {
        const siren = (body as { filters?: { siren?: { value?: string } } }).filters?.siren?.value;
        const results = directoryLines
          .filter((line) => !siren || line.siren === siren)
          .map((line) => ({
            addressingIdentifier: line.addressingIdentifier,
            platformType: "WK",
            directoryLineStatus: line.status,
            siren: line.siren,
            ...(line.routingIdentifier ? { routingIdentifier: line.routingIdentifier } : {}),
            legalUnit: { siren: line.siren, businessName: line.businessName },
          }));
        return send(response, 200, { search: body, totalNumberOfResults: results.length, results });
      }
      if (operation.operationId === "createWebhook") {
        const params = body as { callbackUrl: string };
        const webhook = {
          webhookId: crypto.randomUUID(),
          callbackUrl: params.callbackUrl,
          signingKey: crypto.randomBytes(32).toString("base64"),
        };
        webhooks.push(webhook);
        return send(response, 201, { ...webhook, createdAt: new Date().toISOString() });
      }
      return send(response, 501, { errorCode: "501", errorMessage: `${operation.operationId} non simulé` });
    } catch (error) {
      send(response, 500, { errorCode: "500", errorMessage: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    port,
    clientId,
    clientSecret,
    flows,
    invalidRequests,
    failNext: (count: number) => {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
