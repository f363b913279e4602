// Issue 10's hostile-input suite: every route that has an action (tests/support/route-access*)
// receives each hostile form below, as its allowed user. Each answer must be a 4xx or a clean
// redirect, never a 5xx, the database must not change (row counts of every table), and the
// slowest request is reported. Runs on PGlite and on PostgreSQL (TEST_DB).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "../../app/utils/csrf.server";
import { db } from "../../app/utils/db.server";
import type { RoleName } from "../../app/utils/permissions";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { sessionCookieFor, respond } from "../support/http";
import { routeAccess } from "../support/route-access";

type Action = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;

const BASE = "http://localhost:3000";
const textFields = [
  "subject",
  "details",
  "notes",
  "name",
  "reference",
  "reason",
  "description",
  "email",
  "title",
  "workDone",
  "displayName",
  "note",
  "siteAddress",
  "redirectTo",
  "password",
];
const dateFields = [
  "receivedOn",
  "date",
  "preferredDate1",
  "startDate",
  "endDate",
  "contractStart",
  "dueUpTo",
  "serviceStart",
  "containing",
  "untilDate",
];
const numberFields = [
  "amount",
  "expectedMinutes",
  "hours",
  "minutes",
  "employmentPercent",
  "shares",
  "price",
  "durationHours",
  "quantities[0]",
  "lines[0].quantity",
  "lines[0].unitPrice",
];

const urlEncoded = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();
const each = (names: string[], value: string) => names.map((name): [string, string] => [name, value]);

/** Each hostile body: [name, body, content type]. Built once, small enough to stay fast. */
const hostileBodies: [string, BodyInit, string][] = [
  ["oversized body (1.5 MB)", `details=${"a".repeat(1_500_000)}`, "application/x-www-form-urlencoded"],
  [
    "sparse index x[100000000]",
    "x[100000000]=1&lines[99999999].description=a&allocations[1e9].amount=1",
    "application/x-www-form-urlencoded",
  ],
  [
    "too many fields (5 000)",
    urlEncoded(Array.from({ length: 5000 }, (_, index) => [`f${index}`, "1"])),
    "application/x-www-form-urlencoded",
  ],
  [
    "NUL and control characters",
    urlEncoded([...each(textFields, "a\u0000b\u0007c\u001b[31m"), ...each(dateFields, "2026-11-24\u0000")]),
    "application/x-www-form-urlencoded",
  ],
  [
    "invalid UTF-8",
    new Uint8Array([
      ...new TextEncoder().encode("subject=%FF%FE&notes="),
      0xff,
      0xfe,
      0xc3,
      0x28,
      ...new TextEncoder().encode("&name=%C3%28"),
    ]),
    "application/x-www-form-urlencoded",
  ],
  ["year 0000", urlEncoded(each(dateFields, "0000-01-01")), "application/x-www-form-urlencoded"],
  ["year 9999", urlEncoded(each(dateFields, "9999-12-31")), "application/x-www-form-urlencoded"],
  [
    "huge numbers",
    urlEncoded(each(numberFields, "99999999999999999999999999999")),
    "application/x-www-form-urlencoded",
  ],
  ["negative numbers", urlEncoded(each(numberFields, "-1e308")), "application/x-www-form-urlencoded"],
  ["JSON instead of a form", JSON.stringify({ entries: [{ notes: "\u0000" }] }), "application/json"],
  ["broken multipart", '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n', "multipart/form-data; boundary=x"],
];

interface Target {
  file: string;
  role: RoleName | null;
  params: Record<string, string>;
}

let tenants: TwoTenants;
const cookies = new Map<RoleName, string>();
const targets: Target[] = [];
let slowest = { ms: 0, what: "" };

/** Row counts of every table of the app: the database "checksum" before and after. */
async function rowCounts() {
  const tables = await db().$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations') ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [row] = await db().$queryRawUnsafe<{ count: bigint | number }[]>(`SELECT count(*) AS count FROM "${table}"`);
    counts[table] = Number(row.count);
  }
  return counts;
}

function diff(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(
    Object.keys(after)
      .filter((table) => after[table] !== before[table])
      .map((table) => [table, `${before[table]} → ${after[table]}`]),
  );
}

/** "table.column" of every text value holding a control character (tab and line breaks allowed). */
async function textsWithControlCharacters() {
  const columns = await db().$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text'`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db().$queryRawUnsafe<{ count: bigint | number }[]>(
      `SELECT count(*) AS count FROM "${table}" WHERE "${column}" ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]'`,
    );
    if (Number(row.count) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "treasurer", "technician", "member"] as const)
    cookies.set(role, await sessionCookieFor(tenants.a.users[role].email));
  // Tenant A's own ids: route-access describes "the other tenant's" ids, so ask it with the two swapped.
  const swapped = { a: tenants.b, b: tenants.a };
  for (const [file, spec] of Object.entries(routeAccess)) {
    // Logging out is the one action without input, and it ends the session the others use; the
    // Stripe webhook is no form (it checks a signature, and answers 503 while Stripe is not set up).
    if (file === "deconnexion.tsx" || file === "webhooks.stripe.ts") continue;
    if (spec.kind === "public") {
      targets.push({ file, role: null, params: spec.unknownSecretParams ?? {} });
    } else if (spec.action?.length) {
      targets.push({ file, role: spec.action[0], params: spec.foreignParams ? await spec.foreignParams(swapped) : {} });
    }
  }
});

// Closing a period takes no input (one confirmation button; closing again writes nothing): it is
// closed once, legitimately, so the suite checks that no hostile body makes it write again.
beforeAll(async () => {
  const close = targets.find((target) => target.file === "admin.periodes_.$periodId.cloture.tsx");
  if (close) await send(close, "", "application/x-www-form-urlencoded");
});

afterAll(() => {
  console.log(`hostile-input: slowest request ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
});

async function send(target: Target, body: BodyInit, contentType: string) {
  const module = (await import(/* @vite-ignore */ path.resolve("app/routes", target.file))) as { action?: Action };
  if (!module.action) return null;
  // As a browser would send it: the declared length lets the guard refuse before reading.
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Content-Length": String(await new Response(body).arrayBuffer().then((bytes) => bytes.byteLength)),
  };
  if (target.role) headers.Cookie = cookies.get(target.role)!;
  const request = new Request(`${BASE}/x`, { method: "POST", body, headers });
  const started = performance.now();
  const response = await respond(() => module.action!({ request, params: target.params, context: {} }));
  const ms = performance.now() - started;
  return { response, ms };
}

describe("hostile input on every form", () => {
  it.each(hostileBodies)(
    "%s: 4xx or a clean redirect, never 5xx, nothing written",
    async (name, body, contentType) => {
      const before = await rowCounts();
      const failures: string[] = [];
      for (const target of targets) {
        const outcome = await send(target, body, contentType);
        if (!outcome) continue;
        const { response, ms } = outcome;
        if (ms > slowest.ms) slowest = { ms, what: `${name} → ${target.file}` };
        const status = response.status;
        const cleanRedirect = status >= 300 && status < 400 && (response.headers.get("Location") ?? "").startsWith("/");
        // The offline queue's JSON endpoint answers 200 with one "rejected" result per bad entry.
        const rejectedSync =
          target.file === "technicien.temps.sync.ts" &&
          status === 200 &&
          !JSON.stringify(await response.clone().json()).includes('"created"');
        if (!((status >= 400 && status < 500) || cleanRedirect || rejectedSync))
          failures.push(`${target.file}: ${status}`);
        // An error reply never echoes megabytes back (the sparse index answered 3 MB).
        const length = (await response.clone().arrayBuffer()).byteLength;
        if (length > 100_000) failures.push(`${target.file}: answered ${length} bytes`);
        if (ms > 5_000) failures.push(`${target.file}: took ${ms.toFixed(0)} ms`);
      }
      expect(failures).toEqual([]);
      // Control characters are stripped, not refused, and invalid UTF-8 becomes U+FFFD: a form that is
      // valid once cleaned may be saved. Then nothing stored may hold a control character.
      if (name === "NUL and control characters" || name === "invalid UTF-8")
        expect(await textsWithControlCharacters()).toEqual([]);
      else expect(diff(before, await rowCounts())).toEqual({});
      // Generous for a loaded 2-core CI machine; a quiet one runs each case in a few seconds.
    },
    180_000,
  );

  it("refuses a foreign Origin on every form (the server's cross-site guard)", () => {
    for (const target of targets) {
      expect(
        isCrossSiteMutation({
          method: "POST",
          appOrigin: BASE,
          originHeader: "https://evil.example",
          secFetchSite: "cross-site",
        }),
        target.file,
      ).toBe(true);
      expect(
        isCrossSiteMutation({ method: "POST", appOrigin: BASE, originHeader: "null", secFetchSite: null }),
        target.file,
      ).toBe(true);
    }
  });

  it("covers every route that has a form", () => {
    expect(targets.length).toBeGreaterThan(30);
  });
});
