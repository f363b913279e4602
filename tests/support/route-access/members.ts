import { db } from "../../../app/utils/db.server";
import type { RouteSpec } from "../route-access";

const staff = ["admin", "treasurer", "technician"] as const;
const subscriptionManagers = ["admin", "treasurer"] as const;

/** Members & subscriptions: the directory, member organisations and contacts, subscriptions, renewal. */
export const membersRoutes: Record<string, RouteSpec> = {
  "structures._index.tsx": { kind: "protected", loader: [...staff] },
  "structures.nouvelle.tsx": { kind: "protected", loader: ["admin"], action: ["admin"] },
  "structures.$memberId.tsx": {
    kind: "protected",
    loader: [...staff],
    action: ["admin"],
    foreignParams: ({ b }) => ({ memberId: b.memberIds[0] }),
  },
  "structures.$memberId_.facturation-electronique.tsx": {
    kind: "protected",
    loader: [...subscriptionManagers],
    action: [...subscriptionManagers],
    foreignParams: ({ b }) => ({ memberId: b.memberIds[0] }),
  },
  "souscriptions._index.tsx": { kind: "protected", loader: [...subscriptionManagers] },
  "souscriptions.nouvelle.tsx": {
    kind: "protected",
    loader: [...subscriptionManagers],
    action: [...subscriptionManagers],
  },
  "souscriptions.renouveler.tsx": {
    kind: "protected",
    loader: [...subscriptionManagers],
    action: [...subscriptionManagers],
  },
  "souscriptions.$subscriptionId.tsx": {
    kind: "protected",
    loader: [...subscriptionManagers],
    action: [...subscriptionManagers],
    foreignParams: async ({ b }) => ({
      subscriptionId: (
        await db().subscription.findFirstOrThrow({ where: { associationId: b.associationId }, select: { id: true } })
      ).id,
    }),
  },
};
