import type { RouteSpec } from "../route-access";

// Secrets that were never issued: the pages keyed by them must answer 404.
const unknownToken = { token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" };

/** Accounts: password reset, invitations, users, profile, mailbox. */
export const accountsRoutes: Record<string, RouteSpec> = {
  "mot-de-passe-oublie.tsx": { kind: "public" },
  "reinitialiser.$token.tsx": { kind: "public", unknownSecretParams: unknownToken },
  "invitation.$token.tsx": { kind: "public", unknownSecretParams: unknownToken },
  "langue.tsx": { kind: "public" },
  // Lists and acts on the caller's own association only; user ids of another tenant are
  // checked in tests/integration/accounts-invitations.test.ts (they arrive in the form body).
  "admin.utilisateurs.tsx": { kind: "protected", loader: ["admin"], action: ["admin"] },
  "admin.courriels.tsx": { kind: "protected", loader: ["admin"] },
  // Member users whose membership isMemberAdmin (every member user of the fixture is).
  "espace-membre.collegues.tsx": { kind: "protected", loader: ["member"], action: ["member"] },
  "profil.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer", "technician", "member"],
    action: ["admin", "treasurer", "technician", "member"],
  },
};
