// Walks app/routes/ and checks every module against the two-tenant fixture:
// anonymous callers are sent to the login page, roles without the right get 403/404, and ids
// of another tenant (or, for member users, another member) answer 404 for every allowed role.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RoleName } from "../../app/utils/permissions";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, sessionCookieFor, statusOf } from "../support/http";
import { routeAccess } from "../support/route-access";

type RouteModule = {
  loader?: (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
  action?: (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
};

const routesDirectory = path.resolve("app/routes");
const routeFiles = fs
  .readdirSync(routesDirectory)
  .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
  .sort();

const roles: RoleName[] = ["admin", "treasurer", "technician", "member"];
let tenants: TwoTenants;
const cookies = new Map<RoleName, string>();

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of roles) cookies.set(role, await sessionCookieFor(tenants.a.users[role].email));
});

async function load(file: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ path.join(routesDirectory, file))) as RouteModule;
}

const call = (fn: NonNullable<RouteModule["loader"]>, request: Request, params: Record<string, string> = {}) =>
  statusOf(() => fn({ request, params, context: {} }));

describe("every route is described in tests/support/route-access.ts", () => {
  it.each(routeFiles)("%s", (file) => {
    expect(routeAccess[file], `Ajoutez ${file} à tests/support/route-access.ts`).toBeDefined();
  });
});

describe.each(routeFiles.filter((file) => routeAccess[file]?.kind === "protected"))("protected route %s", (file) => {
  const spec = routeAccess[file];
  if (spec.kind !== "protected") return;

  it("sends anonymous visitors to the login page", async () => {
    const route = await load(file);
    if (route.loader) expect(await call(route.loader, getRequest("/"))).toBe(302);
    if (route.action) expect(await call(route.action, postRequest("/", {}))).toBe(302);
  });

  it("refuses the roles it is not meant for", async () => {
    const route = await load(file);
    const params = spec.foreignParams ? await spec.foreignParams(tenants) : {};
    for (const role of roles) {
      if (route.loader && !spec.loader?.includes(role)) {
        expect([403, 404], `${role} GET`).toContain(
          await call(route.loader, getRequest("/", cookies.get(role)), params),
        );
      }
      if (route.action && !spec.action?.includes(role)) {
        expect([403, 404], `${role} POST`).toContain(
          await call(route.action, postRequest("/", {}, cookies.get(role)), params),
        );
      }
    }
  });

  it("answers 404 for another tenant's ids", async () => {
    const route = await load(file);
    if (!spec.foreignParams) {
      // A route without ids can only show the caller's own tenant; it must at least work for them.
      for (const role of spec.loader ?? []) {
        if (route.loader)
          expect([200, 302], `${role} GET`).toContain(await call(route.loader, getRequest("/", cookies.get(role))));
      }
      return;
    }
    const params = await spec.foreignParams(tenants);
    for (const role of spec.loader ?? []) {
      if (route.loader)
        expect(await call(route.loader, getRequest("/", cookies.get(role)), params), `${role} GET`).toBe(404);
    }
    for (const role of spec.action ?? []) {
      if (route.action)
        expect(await call(route.action, postRequest("/", {}, cookies.get(role)), params), `${role} POST`).toBe(404);
    }
  });

  const otherMemberParams = spec.otherMemberParams;
  if (!otherMemberParams) return;
  it("answers 404 to a member user for another member's ids", async () => {
    const route = await load(file);
    const params = await otherMemberParams(tenants);
    const cookie = cookies.get("member");
    if (route.loader && spec.loader?.includes("member"))
      expect(await call(route.loader, getRequest("/", cookie), params)).toBe(404);
    if (route.action && spec.action?.includes("member"))
      expect(await call(route.action, postRequest("/", {}, cookie), params)).toBe(404);
  });
});

const secretRoutes = routeFiles.filter((file) => {
  const spec = routeAccess[file];
  return spec?.kind === "public" && spec.unknownSecretParams !== undefined;
});

describe.each(secretRoutes)("public route %s, keyed by a secret", (file) => {
  const spec = routeAccess[file];
  const params = spec.kind === "public" ? (spec.unknownSecretParams ?? {}) : {};
  it("answers 404 for an unknown or revoked secret", async () => {
    const route = await load(file);
    if (route.loader) expect(await call(route.loader, getRequest("/"), params)).toBe(404);
    if (route.action) expect(await call(route.action, postRequest("/", {}), params)).toBe(404);
  });
});
