import { db } from "../../../app/utils/db.server";
import type { RouteSpec } from "../route-access";
import type { TwoTenants } from "../fixtures";

const interventionOf = async (associationId: string, memberId?: string) =>
  (
    await db().intervention.findFirstOrThrow({
      where: { associationId, ...(memberId ? { memberId } : {}) },
      select: { id: true },
    })
  ).id;
const entryOf = async (associationId: string) =>
  (await db().timeEntry.findFirstOrThrow({ where: { associationId }, select: { id: true } })).id;

/** The technician's phone: today, time entries, the offline sync endpoint, intervention reports. */
export const technicianRoutes: Record<string, RouteSpec> = {
  // The technician comes from the session: these routes take no id.
  "technicien.aujourdhui.tsx": { kind: "protected", loader: ["technician"], action: ["technician"] },
  "technicien.temps._index.tsx": { kind: "protected", loader: ["technician"] },
  "technicien.temps.nouveau.tsx": { kind: "protected", loader: ["technician"], action: ["technician"] },
  "technicien.temps.sync.ts": { kind: "protected", action: ["technician"] },
  "technicien.temps.$entryId.tsx": {
    kind: "protected",
    loader: ["technician"],
    action: ["technician"],
    foreignParams: async ({ b }: TwoTenants) => ({ entryId: await entryOf(b.associationId) }),
  },
  "technicien.interventions.$interventionId.fiche.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer", "technician"],
    action: ["technician"],
    foreignParams: async ({ b }: TwoTenants) => ({ interventionId: await interventionOf(b.associationId) }),
  },
  "technicien.interventions.$interventionId.fiche[.]pdf.ts": {
    kind: "protected",
    loader: ["admin", "treasurer", "technician"],
    foreignParams: async ({ b }: TwoTenants) => ({ interventionId: await interventionOf(b.associationId) }),
  },
  "espace-membre.interventions.$interventionId.fiche[.]pdf.ts": {
    kind: "protected",
    loader: ["member"],
    foreignParams: async ({ b }: TwoTenants) => ({ interventionId: await interventionOf(b.associationId) }),
    otherMemberParams: async ({ a }: TwoTenants) => ({
      interventionId: await interventionOf(a.associationId, a.memberIds[1]),
    }),
  },
};
