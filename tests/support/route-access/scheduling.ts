import { db } from "../../../app/utils/db.server";
import type { RouteSpec } from "../route-access";
import type { SeededAssociation } from "../../../prisma/seed";
import type { TwoTenants } from "../fixtures";

const unknownToken = { token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics" };

/** A request of one member of a tenant, created on first use (the seed makes none). */
async function requestOf(tenant: SeededAssociation, memberIndex: number) {
  const memberId = tenant.memberIds[memberIndex];
  const existing = await db().interventionRequest.findFirst({
    where: { associationId: tenant.associationId, memberId },
    select: { id: true },
  });
  if (existing) return existing.id;
  const created = await db().interventionRequest.create({
    data: {
      associationId: tenant.associationId,
      memberId,
      createdById: tenant.users.admin.id,
      subject: "Imprimante en panne",
      expectedMinutes: 60,
    },
  });
  return created.id;
}

async function interventionOf(tenant: SeededAssociation) {
  const intervention = await db().intervention.findFirstOrThrow({
    where: { associationId: tenant.associationId },
    select: { id: true },
  });
  return intervention.id;
}

const planners: RouteSpec & { kind: "protected" } = {
  kind: "protected",
  loader: ["admin", "treasurer", "technician"],
  action: ["admin", "technician"],
};

/** Booking and scheduling: member requests, the staff inbox and planning, feeds. */
export const schedulingRoutes: Record<string, RouteSpec> = {
  "espace-membre.demandes._index.tsx": { kind: "protected", loader: ["member"] },
  "espace-membre.interventions._index.tsx": { kind: "protected", loader: ["member"] },
  "espace-membre.demandes.nouvelle.tsx": { kind: "protected", loader: ["member"], action: ["member"] },
  "espace-membre.demandes.$requestId.tsx": {
    kind: "protected",
    loader: ["member"],
    action: ["member"],
    foreignParams: async ({ b }: TwoTenants) => ({ requestId: await requestOf(b, 0) }),
    // The member user of A belongs to members[0]; members[1]'s request is someone else's.
    otherMemberParams: async ({ a }: TwoTenants) => ({ requestId: await requestOf(a, 1) }),
  },
  "planning._index.tsx": { kind: "protected", loader: ["admin", "treasurer", "technician"] },
  "planning.demandes._index.tsx": { kind: "protected", loader: ["admin", "treasurer", "technician"] },
  "planning.demandes.$requestId.tsx": {
    ...planners,
    foreignParams: async ({ b }: TwoTenants) => ({ requestId: await requestOf(b, 0) }),
  },
  "planning.interventions.$interventionId.tsx": {
    ...planners,
    foreignParams: async ({ b }: TwoTenants) => ({ interventionId: await interventionOf(b) }),
  },
  "planning.interventions.$interventionId_.correction.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer"],
    action: ["admin", "treasurer"],
    foreignParams: async ({ b }: TwoTenants) => ({ interventionId: await interventionOf(b) }),
  },
  "planning.interventions.nouvelle.tsx": {
    kind: "protected",
    loader: ["admin", "technician"],
    action: ["admin", "technician"],
  },
  "calendrier.$token.ts": { kind: "public", unknownSecretParams: unknownToken },
  "profil_.calendrier.tsx": {
    kind: "protected",
    loader: ["admin", "treasurer", "technician", "member"],
    action: ["admin", "treasurer", "technician", "member"],
  },
};
