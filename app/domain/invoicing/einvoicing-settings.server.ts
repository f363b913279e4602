// Reads and writes the association's e-invoicing settings (VAT on debits, scope), audited field by field.
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { einvoicingScopeDecision } from "./einvoicing-scope";
import { CHORUS_PASSWORD_PURPOSE, CHORUS_SECRET_PURPOSE } from "~/domain/einvoicing/chorus-transmission.server";
import { enqueueWebhookSubscription } from "~/domain/einvoicing/pa-statuses.server";
import { PA_CLIENT_SECRET_PURPOSE } from "~/domain/einvoicing/pa-transmission.server";
import { sealSecret } from "~/utils/secret-box.server";
import type { ChorusConnectionInput, EInvoicingSettingsInput, PaConnectionInput } from "./einvoicing-settings.schema";

type Actor = Pick<CurrentUser, "id" | "associationId">;

export async function loadEInvoicingSettings(user: Actor) {
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: {
      vatRegime: true,
      vatOnDebits: true,
      einvoicingScope: true,
      paBaseUrl: true,
      paTokenUrl: true,
      paDirectoryUrl: true,
      paClientId: true,
      paClientSecretSealed: true,
      chorusBaseUrl: true,
      chorusTokenUrl: true,
      chorusClientId: true,
      chorusClientSecretSealed: true,
      chorusAccountLogin: true,
      chorusAccountPasswordSealed: true,
    },
  });
  const { paClientSecretSealed, chorusClientSecretSealed, chorusAccountPasswordSealed, ...visible } = association;
  // Secrets never leave the server: the page only learns whether one is stored.
  return {
    ...visible,
    hasPaClientSecret: paClientSecretSealed !== null,
    hasChorusSecrets: chorusClientSecretSealed !== null && chorusAccountPasswordSealed !== null,
    decision: einvoicingScopeDecision(association.vatRegime, association.einvoicingScope),
  };
}

/** Saves the settings; returns true when something changed. */
export async function updateEInvoicingSettings(user: Actor, input: EInvoicingSettingsInput): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const before = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { vatOnDebits: true, einvoicingScope: true },
    });
    const after = { vatOnDebits: input.vatOnDebits, einvoicingScope: input.einvoicingScope };
    if (before.vatOnDebits === after.vatOnDebits && before.einvoicingScope === after.einvoicingScope) return false;
    await tx.association.update({ where: { id: user.associationId }, data: after });
    await recordAudit(tx, user, {
      action: "association.einvoicing.update",
      entityType: "Association",
      entityId: user.associationId,
      before,
      after,
    });
    return true;
  });
}

/** Saves the PA connection; the client secret is sealed (AES-256-GCM), and an empty one keeps the stored secret. */
export async function updatePaConnection(user: Actor, input: PaConnectionInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { paBaseUrl: true, paTokenUrl: true, paDirectoryUrl: true, paClientId: true },
    });
    const after = {
      paBaseUrl: input.paBaseUrl,
      paTokenUrl: input.paTokenUrl,
      paDirectoryUrl: input.paDirectoryUrl,
      paClientId: input.paClientId,
    };
    const secretChanged = input.paClientSecret !== "";
    const saved = await tx.association.update({
      where: { id: user.associationId },
      data: {
        ...after,
        ...(secretChanged ? { paClientSecretSealed: sealSecret(input.paClientSecret, PA_CLIENT_SECRET_PURPOSE) } : {}),
      },
      select: { updatedAt: true, paBaseUrl: true },
    });
    // A new connection means a new subscription to the PA's status notifications (its own signing key).
    if (saved.paBaseUrl) await enqueueWebhookSubscription(tx, user.associationId, saved.updatedAt);
    // The audit says that the secret changed, never what it is.
    await recordAudit(tx, user, {
      action: "association.pa-connection.update",
      entityType: "Association",
      entityId: user.associationId,
      before,
      after: { ...after, clientSecretChanged: secretChanged },
    });
  });
}

/** Saves the Chorus Pro connection; both secrets are sealed, and an empty one keeps the stored value. */
export async function updateChorusConnection(user: Actor, input: ChorusConnectionInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { chorusBaseUrl: true, chorusTokenUrl: true, chorusClientId: true, chorusAccountLogin: true },
    });
    const after = {
      chorusBaseUrl: input.chorusBaseUrl,
      chorusTokenUrl: input.chorusTokenUrl,
      chorusClientId: input.chorusClientId,
      chorusAccountLogin: input.chorusAccountLogin,
    };
    await tx.association.update({
      where: { id: user.associationId },
      data: {
        ...after,
        ...(input.chorusClientSecret
          ? { chorusClientSecretSealed: sealSecret(input.chorusClientSecret, CHORUS_SECRET_PURPOSE) }
          : {}),
        ...(input.chorusAccountPassword
          ? { chorusAccountPasswordSealed: sealSecret(input.chorusAccountPassword, CHORUS_PASSWORD_PURPOSE) }
          : {}),
      },
    });
    await recordAudit(tx, user, {
      action: "association.chorus-connection.update",
      entityType: "Association",
      entityId: user.associationId,
      before,
      after: {
        ...after,
        clientSecretChanged: input.chorusClientSecret !== "",
        passwordChanged: input.chorusAccountPassword !== "",
      },
    });
  });
}
