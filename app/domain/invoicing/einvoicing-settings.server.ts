// Reads and writes the association's e-invoicing settings (VAT on debits, scope), audited field by field.
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { einvoicingScopeDecision } from "./einvoicing-scope";
import type { EInvoicingSettingsInput } from "./einvoicing-settings.schema";

type Actor = Pick<CurrentUser, "id" | "associationId">;

export async function loadEInvoicingSettings(user: Actor) {
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { vatRegime: true, vatOnDebits: true, einvoicingScope: true },
  });
  return { ...association, decision: einvoicingScopeDecision(association.vatRegime, association.einvoicingScope) };
}

/** Saves the settings; returns true when something changed. */
export async function updateEInvoicingSettings(user: Actor, input: EInvoicingSettingsInput): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const before = await tx.association.findUniqueOrThrow({ where: { id: user.associationId }, select: { vatOnDebits: true, einvoicingScope: true } });
    const after = { vatOnDebits: input.vatOnDebits, einvoicingScope: input.einvoicingScope };
    if (before.vatOnDebits === after.vatOnDebits && before.einvoicingScope === after.einvoicingScope) return false;
    await tx.association.update({ where: { id: user.associationId }, data: after });
    await recordAudit(tx, user, { action: "association.einvoicing.update", entityType: "Association", entityId: user.associationId, before, after });
    return true;
  });
}
