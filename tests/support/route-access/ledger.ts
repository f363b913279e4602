import type { RouteSpec } from "../route-access";

/** Ledger and balances: the member's balance, the staff table, its CSV, member detail, period close. */
export const ledgerRoutes: Record<string, RouteSpec> = {
  // The member comes from the session: the route takes no id a member could change.
  "espace-membre.solde.tsx": { kind: "protected", loader: ["member"] },
  "soldes._index.tsx": { kind: "protected", loader: ["admin", "treasurer"] },
  "soldes[.]csv.ts": { kind: "protected", loader: ["admin", "treasurer"] },
  "soldes.$memberId.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer"],
    action: ["admin", "treasurer"],
    foreignParams: ({ b }) => ({ memberId: b.memberIds[0] }),
    otherMemberParams: ({ a }) => ({ memberId: a.memberIds[1] }),
  },
  "admin.periodes_.$periodId.cloture.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer"],
    action: ["admin", "treasurer"],
    foreignParams: ({ b }) => ({ periodId: b.periodId }),
  },
};
