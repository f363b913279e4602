// Every route module must be described here: who may call it, and which ids belong to another
// tenant or another member. tests/integration/route-isolation.test.ts checks each one, and
// fails for a route file that has no entry, so a route added without scoping cannot slip in.
import type { RoleName } from "../../app/utils/permissions";
import type { TwoTenants } from "./fixtures";
import { accountingRoutes } from "./route-access/accounting";
import { accountsRoutes } from "./route-access/accounts";
import { invoicingRoutes } from "./route-access/invoicing";
import { capacityRoutes } from "./route-access/capacity";
import { ledgerRoutes } from "./route-access/ledger";
import { membersRoutes } from "./route-access/members";
import { paymentsRoutes } from "./route-access/payments";
import { technicianRoutes } from "./route-access/technician";
import { schedulingRoutes } from "./route-access/scheduling";

type Params = Record<string, string>;

export type RouteSpec =
  | {
      /** Reachable without logging in (login, password reset, webhooks, health, feeds by token). */
      kind: "public";
      /** For public routes keyed by a secret: params of an unknown or revoked secret must give 404. */
      unknownSecretParams?: Params;
    }
  | {
      kind: "protected";
      /** Roles allowed to GET; others get 403 (or 404). Omit when the module has no loader. */
      loader?: RoleName[];
      /** Roles allowed to POST; omit when the module has no action. */
      action?: RoleName[];
      /** Ids of tenant B's objects: every role of tenant A must get 404 for them. */
      foreignParams?: (tenants: TwoTenants) => Params | Promise<Params>;
      /** Ids of another member of the same tenant: the member user of A must get 404 for them. */
      otherMemberParams?: (tenants: TwoTenants) => Params | Promise<Params>;
    };

export const staff: RoleName[] = ["admin", "treasurer", "technician"];

// Each area lists its routes in tests/support/route-access/<area>.ts; they are merged here.
export const routeAccess: Record<string, RouteSpec> = {
  ...accountingRoutes,
  ...accountsRoutes,
  ...invoicingRoutes,
  ...capacityRoutes,
  ...ledgerRoutes,
  ...membersRoutes,
  ...paymentsRoutes,
  ...technicianRoutes,
  ...schedulingRoutes,
  "_index.tsx": { kind: "public" },
  "connexion.tsx": { kind: "public" },
  "deconnexion.tsx": { kind: "public" },
  "healthz.ts": { kind: "public" },
  "admin._index.tsx": { kind: "protected", loader: ["admin"] },
  "tresorerie._index.tsx": { kind: "protected", loader: ["admin", "treasurer"] },
  "technicien._index.tsx": { kind: "protected", loader: ["technician"] },
  "espace-membre._index.tsx": { kind: "protected", loader: ["member"] },
};
