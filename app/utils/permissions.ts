// Who may do what. Pure and shared by server and UI (the UI hides what the server would refuse).
export const roles = ["admin", "treasurer", "technician", "member"] as const;
export type RoleName = (typeof roles)[number];

export const permissions = [
  "association:configure",
  "users:invite",
  "members:read",
  "members:manage",
  "technicians:manage",
  "capacity:read",
  "subscriptions:manage",
  "balances:read-all",
  "balance:read-own",
  "requests:create",
  "requests:read-own",
  "schedule:read",
  "schedule:manage",
  "time:log",
  "invoices:manage",
  "invoices:read-own",
  "payments:manage",
  "payments:pay-own",
  "exports:download",
  "mailbox:read",
  "member-colleagues:invite",
  "profile:edit",
] as const;
export type Permission = (typeof permissions)[number];

const staffRead: Permission[] = ["members:read", "capacity:read", "balances:read-all", "schedule:read", "profile:edit"];

// Granted by inclusion: each role lists what it may do, so a new permission reaches no role until
// someone decides who gets it (a test checks every permission is granted to some role).
const rolePermissions: Record<RoleName, readonly Permission[]> = {
  admin: [
    ...staffRead,
    "association:configure",
    "users:invite",
    "members:manage",
    "technicians:manage",
    "subscriptions:manage",
    "schedule:manage",
    "invoices:manage",
    "payments:manage",
    "exports:download",
    "mailbox:read",
  ],
  treasurer: [...staffRead, "subscriptions:manage", "invoices:manage", "payments:manage", "exports:download"],
  technician: ["members:read", "schedule:read", "schedule:manage", "time:log", "profile:edit"],
  member: [
    "balance:read-own",
    "requests:create",
    "requests:read-own",
    "invoices:read-own",
    "payments:pay-own",
    "profile:edit",
  ],
};

/** Every permission and the roles that hold it; the colleagues invitation is a member's own admin's. */
export function rolesGranted(permission: Permission): RoleName[] {
  if (permission === "member-colleagues:invite") return ["member"];
  return roles.filter((role) => rolePermissions[role].includes(permission));
}

export function can(role: RoleName, permission: Permission, options: { isMemberAdmin?: boolean } = {}) {
  if (permission === "member-colleagues:invite") return role === "member" && Boolean(options.isMemberAdmin);
  return rolePermissions[role].includes(permission);
}

/** The landing page of each role after login. */
export function homePathFor(role: RoleName) {
  return { admin: "/admin", treasurer: "/tresorerie", technician: "/technicien/aujourdhui", member: "/espace-membre" }[
    role
  ];
}
