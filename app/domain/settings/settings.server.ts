// Reads and writes the association's settings. Each change is recorded in the audit log with
// the previous and the new value of the fields that changed, in the same transaction.
import type { Prisma } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { centsToEuroInput } from "./euro-amount";
import { settingsFields, type SettingsInput } from "./settings.schema";

export async function loadSettings(user: CurrentUser) {
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    omit: { logoData: true },
  });
  const values: Record<string, string | string[]> = {};
  for (const field of settingsFields) {
    const value = association[field];
    if (field === "sharePriceCents" || field === "membershipFeeCents" || field === "overageDayRateCents")
      values[field] = centsToEuroInput(value as number);
    else if (Array.isArray(value)) values[field] = value.join(", ");
    else values[field] = value === null ? "" : String(value);
  }
  return { values, hasLogo: association.logoMimeType !== null, updatedAt: association.updatedAt.toISOString() };
}

type Changes = { before: Record<string, unknown>; after: Record<string, unknown> };

/** Field-by-field difference; arrays compare by content. */
export function changedFields(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
  fields: readonly string[],
): Changes {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of fields) {
    if (JSON.stringify(current[field]) === JSON.stringify(next[field])) continue;
    before[field] = current[field];
    after[field] = next[field];
  }
  return { before, after };
}

/** Saves the settings; returns the names of the fields that changed (none: nothing written). */
export async function updateSettings(user: CurrentUser, input: SettingsInput): Promise<string[]> {
  return db().$transaction(async (tx) => {
    const current = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      omit: { logoData: true },
    });
    // Whitelisted: only the fields of the schema, named one by one by settingsFields.
    const next: Record<string, unknown> = {};
    for (const field of settingsFields) next[field] = input[field];
    const { before, after } = changedFields(current, next, settingsFields);
    const changed = Object.keys(after);
    if (changed.length === 0) return changed;
    await tx.association.update({ where: { id: user.associationId }, data: after });
    await recordAudit(tx, user, {
      action: "association.settings.update",
      entityType: "Association",
      entityId: user.associationId,
      before: before as Prisma.InputJsonObject,
      after: after as Prisma.InputJsonObject,
    });
    return changed;
  });
}
