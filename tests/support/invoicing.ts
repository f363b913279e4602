// Invoicing test helpers: drafts built directly in the database, and the staff actor of a tenant.
import { db } from "../../app/utils/db.server";
import type { SeededAssociation } from "../../prisma/seed";

export type DraftLine = {
  description: string;
  quantityThousandths?: number;
  unitPriceCents: number;
  vatBasisPoints?: number;
};

/** A one-off draft for a member of the tenant (the first member by default). */
export async function createTestDraft(
  tenant: SeededAssociation,
  options: { memberId?: string; lines?: DraftLine[]; notes?: string; runKey?: string } = {},
) {
  const lines = options.lines ?? [{ description: "Formation messagerie", unitPriceCents: 12_000 }];
  return db().invoice.create({
    data: {
      associationId: tenant.associationId,
      memberId: options.memberId ?? tenant.memberIds[0],
      kind: "ONE_OFF",
      vatRegime: "FRANCHISE_293B",
      notes: options.notes ?? "",
      runKey: options.runKey,
      lines: {
        create: lines.map((line, index) => ({
          associationId: tenant.associationId,
          position: index + 1,
          description: line.description,
          quantityThousandths: line.quantityThousandths ?? 1000,
          unitPriceCents: line.unitPriceCents,
          vatBasisPoints: line.vatBasisPoints ?? 0,
        })),
      },
    },
  });
}

/** The staff actor issuing for a tenant (the treasurer). */
export function treasurerOf(tenant: SeededAssociation) {
  return { id: tenant.users.treasurer.id, associationId: tenant.associationId };
}
