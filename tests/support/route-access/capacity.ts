import type { RouteSpec } from "../route-access";

/** Settings & capacity: association settings and logo, periods, technicians, capacity. */
export const capacityRoutes: Record<string, RouteSpec> = {
  "admin.parametres.tsx": { kind: "protected", loader: ["admin"], action: ["admin"] },
  "admin.parametres_.logo.tsx": { kind: "protected", loader: ["admin"] },
  "admin.periodes.tsx": { kind: "protected", loader: ["admin"], action: ["admin"] },
  "techniciens._index.tsx": { kind: "protected", loader: ["admin"], action: ["admin"] },
  "techniciens.$technicianId.tsx": {
    kind: "protected",
    loader: ["admin"],
    action: ["admin"],
    foreignParams: ({ b }) => ({ technicianId: b.technicianId }),
  },
  "capacite.tsx": { kind: "protected", loader: ["admin", "treasurer"] },
};
