// Reads and writes the association's e-invoicing settings (VAT on debits, scope), audited field by field.
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { einvoicingScopeDecision } from "./einvoicing-scope";
import { enqueueWebhookSubscription } from "~/domain/einvoicing/pa-statuses.server";
import { PA_CLIENT_SECRET_PURPOSE } from "~/domain/einvoicing/pa-transmission.server";
import { sealSecret } from "~/utils/secret-box.server";
import type { EInvoicingSettingsInput, PaConnectionInput } from "./einvoicing-settings.schema";

type Actor = Pick<CurrentUser, "id" | "associationId">;

export async function loadEInvoicingSettings(user: Actor) {
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { vatRegime: true, vatOnDebits: true, einvoicingScope: true, paBaseUrl: true, paTokenUrl: true, paClientId: true, paClientSecretSealed: true },
  });
  const { paClientSecretSealed, ...visible } = association;
  // The secret never leaves the server: the page only learns whether one is stored.
  return { ...visible, hasPaClientSecret: paClientSecretSealed !== null, decision: einvoicingScopeDecision(association.vatRegime, association.einvoicingScope) };
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

/** Saves the PA connection; the client secret is sealed (AES-256-GCM), and an empty one keeps the stored secret. */
export async function updatePaConnection(user: Actor, input: PaConnectionInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.association.findUniqueOrThrow({ where: { id: user.associationId }, select: { paBaseUrl: true, paTokenUrl: true, paClientId: true } });
    const after = { paBaseUrl: input.paBaseUrl, paTokenUrl: input.paTokenUrl, paClientId: input.paClientId };
    const secretChanged = input.paClientSecret !== "";
    const saved = await tx.association.update({
      where: { id: user.associationId },
      data: { ...after, ...(secretChanged ? { paClientSecretSealed: sealSecret(input.paClientSecret, PA_CLIENT_SECRET_PURPOSE) } : {}) },
      select: { updatedAt: true, paBaseUrl: true },
    });
    // A new connection means a new subscription to the PA's status notifications (its own signing key).
    if (saved.paBaseUrl) await enqueueWebhookSubscription(tx, user.associationId, saved.updatedAt);
    // The audit says that the secret changed, never what it is.
    await recordAudit(tx, user, { action: "association.pa-connection.update", entityType: "Association", entityId: user.associationId, before, after: { ...after, clientSecretChanged: secretChanged } });
  });
}
