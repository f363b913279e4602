import type { TwoTenants } from "../fixtures";
import type { RouteSpec } from "../route-access";

/** Statements of account: the member's own, and any member's for the treasurer. */
export const accountingRoutes: Record<string, RouteSpec> = {
  "espace-membre.releve.tsx": { kind: "protected", loader: ["member"] },
  "espace-membre.releve[.]pdf.ts": { kind: "protected", loader: ["member"] },
  "structures.$memberId_.releve.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer"],
    foreignParams: ({ b }: TwoTenants) => ({ memberId: b.memberIds[0] }),
  },
  "structures.$memberId_.releve[.]pdf.ts": {
    kind: "protected",
    loader: ["admin", "treasurer"],
    foreignParams: ({ b }: TwoTenants) => ({ memberId: b.memberIds[0] }),
  },
};
