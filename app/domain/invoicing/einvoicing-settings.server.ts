// Reads and writes the association's e-invoicing settings (VAT on debits, scope), audited field by field.
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
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
      ...selectOf(PA_VISIBLE_FIELDS),
      paClientSecretSealed: true,
      ...selectOf(CHORUS_VISIBLE_FIELDS),
      chorusClientSecretSealed: true,
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

/** The connection fields the settings page shows back; each save audits them before and after. */
const PA_VISIBLE_FIELDS = ["paBaseUrl", "paTokenUrl", "paDirectoryUrl", "paClientId"] as const;
const CHORUS_VISIBLE_FIELDS = ["chorusBaseUrl", "chorusTokenUrl", "chorusClientId", "chorusAccountLogin"] as const;

type ConnectionField = (typeof PA_VISIBLE_FIELDS)[number] | (typeof CHORUS_VISIBLE_FIELDS)[number];

const selectOf = <Field extends string>(fields: readonly Field[]) =>
  Object.fromEntries(fields.map((field) => [field, true])) as Record<Field, true>;

/** A write-only secret of a connection: sealed when typed, the stored one kept when left empty. */
type SecretInput = { column: SealedColumn; typed: string; purpose: string; changedFlag: string };
type SealedColumn = "paClientSecretSealed" | "chorusClientSecretSealed" | "chorusAccountPasswordSealed";

/**
 * Saves one platform's connection: its visible fields as typed, its secrets sealed (AES-256-GCM). The
 * audit says which secret changed, never what it is.
 */
async function saveConnection(
  tx: Tx,
  user: Actor,
  connection: {
    action: string;
    fields: readonly ConnectionField[];
    input: Partial<Record<ConnectionField, string>>;
    secrets: SecretInput[];
  },
) {
  const before = await tx.association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: selectOf(connection.fields),
  });
  const after = Object.fromEntries(connection.fields.map((field) => [field, connection.input[field]]));
  const typedSecrets = connection.secrets.filter((secret) => secret.typed !== "");
  const saved = await tx.association.update({
    where: { id: user.associationId },
    data: {
      ...after,
      ...Object.fromEntries(typedSecrets.map((secret) => [secret.column, sealSecret(secret.typed, secret.purpose)])),
    },
    select: { updatedAt: true },
  });
  await recordAudit(tx, user, {
    action: connection.action,
    entityType: "Association",
    entityId: user.associationId,
    before,
    after: {
      ...after,
      ...Object.fromEntries(connection.secrets.map((secret) => [secret.changedFlag, secret.typed !== ""])),
    },
  });
  return saved;
}

/** Saves the PA connection; an empty client secret keeps the stored one. */
export async function updatePaConnection(user: Actor, input: PaConnectionInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const saved = await saveConnection(tx, user, {
      action: "association.pa-connection.update",
      fields: PA_VISIBLE_FIELDS,
      input,
      secrets: [
        {
          column: "paClientSecretSealed",
          typed: input.paClientSecret,
          purpose: PA_CLIENT_SECRET_PURPOSE,
          changedFlag: "clientSecretChanged",
        },
      ],
    });
    // A new connection means a new subscription to the PA's status notifications (its own signing key).
    if (input.paBaseUrl) await enqueueWebhookSubscription(tx, user.associationId, saved.updatedAt);
  });
}

/** Saves the Chorus Pro connection; both secrets are sealed, and an empty one keeps the stored value. */
export async function updateChorusConnection(user: Actor, input: ChorusConnectionInput): Promise<void> {
  await db().$transaction(async (tx) => {
    await saveConnection(tx, user, {
      action: "association.chorus-connection.update",
      fields: CHORUS_VISIBLE_FIELDS,
      input,
      secrets: [
        {
          column: "chorusClientSecretSealed",
          typed: input.chorusClientSecret,
          purpose: CHORUS_SECRET_PURPOSE,
          changedFlag: "clientSecretChanged",
        },
        {
          column: "chorusAccountPasswordSealed",
          typed: input.chorusAccountPassword,
          purpose: CHORUS_PASSWORD_PURPOSE,
          changedFlag: "passwordChanged",
        },
      ],
    });
  });
}
