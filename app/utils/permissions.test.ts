import { describe, expect, it } from "vitest";
import { can, homePathFor, permissions, roles, rolesGranted } from "./permissions";

describe("permissions", () => {
  it("gives members only their own organisation's views", () => {
    const memberPermissions = permissions.filter((permission) => can("member", permission));
    expect(
      memberPermissions.every((permission) => !permission.endsWith("read-all") && !permission.endsWith(":manage")),
    ).toBe(true);
    expect(can("member", "balance:read-own")).toBe(true);
    expect(can("member", "members:read")).toBe(false);
  });
  it("lets the treasurer invoice and read, but not configure", () => {
    expect(can("treasurer", "invoices:manage")).toBe(true);
    expect(can("treasurer", "balances:read-all")).toBe(true);
    expect(can("treasurer", "association:configure")).toBe(false);
  });
  it("lets the technician schedule and log time, and read the member directory", () => {
    expect(can("technician", "time:log")).toBe(true);
    expect(can("technician", "members:read")).toBe(true);
    expect(can("technician", "invoices:manage")).toBe(false);
  });
  it("only lets a member organisation's own admin invite colleagues", () => {
    expect(can("member", "member-colleagues:invite")).toBe(false);
    expect(can("member", "member-colleagues:invite", { isMemberAdmin: true })).toBe(true);
    expect(can("admin", "member-colleagues:invite", { isMemberAdmin: true })).toBe(false);
  });
  it("sends every role to a distinct home", () => {
    expect(new Set(roles.map(homePathFor)).size).toBe(roles.length);
  });
  it("grants every permission to at least one role, decided explicitly", () => {
    const orphans = permissions.filter((permission) => rolesGranted(permission).length === 0);
    expect(orphans).toEqual([]);
  });
  it("keeps the admin (board) out of what only members or technicians do", () => {
    for (const permission of ["balance:read-own", "requests:create", "time:log", "payments:pay-own"] as const)
      expect(can("admin", permission)).toBe(false);
    expect(can("admin", "association:configure")).toBe(true);
  });
});
