// A member's e-invoicing profile (kind of buyer, routing address) and its Chorus Pro references per year.
// Scoped to the user's association: another tenant's member answers 404.
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import { assertMemberInScope, updateMemberAudited, type Actor } from "./members.server";
import type { EInvoicingProfileInput, PublicReferenceInput } from "./einvoicing-profile.schema";

const profileFields = {
  id: true,
  name: true,
  siren: true,
  siret: true,
  isProfessional: true,
  billingEmail: true,
  buyerKind: true,
  routingAddress: true,
} as const;

export async function getEInvoicingProfile(user: Actor, memberId: string) {
  const member = orNotFound(
    await db().member.findFirst({ where: { ...associationScopeOf(user), id: memberId }, select: profileFields }),
  );
  const publicReferences = await db().memberPublicReference.findMany({
    where: { associationId: user.associationId, memberId },
    orderBy: { year: "desc" },
    select: { id: true, year: true, serviceCode: true, engagementNumber: true },
  });
  return { ...member, publicReferences };
}

export async function updateEInvoicingProfile(user: Actor, memberId: string, input: EInvoicingProfileInput) {
  return updateMemberAudited(user, memberId, {
    action: "member.einvoicing",
    select: profileFields,
    data: { buyerKind: input.buyerKind, routingAddress: input.routingAddress },
  });
}

/** Records (or replaces) the public member's Chorus Pro references for one year. */
export async function savePublicReference(user: Actor, memberId: string, input: PublicReferenceInput) {
  return db().$transaction(async (tx) => {
    await assertMemberInScope(user, memberId, tx);
    const saved = await tx.memberPublicReference.upsert({
      where: { memberId_year: { memberId, year: input.year } },
      create: {
        associationId: user.associationId,
        memberId,
        year: input.year,
        serviceCode: input.serviceCode,
        engagementNumber: input.engagementNumber,
      },
      update: { serviceCode: input.serviceCode, engagementNumber: input.engagementNumber },
    });
    await recordAudit(tx, user, {
      action: "member.public-reference",
      entityType: "Member",
      entityId: memberId,
      after: { year: saved.year, serviceCode: saved.serviceCode, engagementNumber: saved.engagementNumber },
    });
    return saved;
  });
}
