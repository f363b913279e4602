// Reads and writes the association's settings. Each change is recorded in the audit log with
// the previous and the new value of the fields that changed, in the same transaction.
import type { Prisma } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, readRows } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { centsToEuroInput } from "./euro-amount";
import { settingsFields, type SettingsInput } from "./settings.schema";

type SettingsField = (typeof settingsFields)[number];

// The columns of the settings form, named by the schema's own keys (code, never input).
const settingsColumns = settingsFields.map((field) => `"${field}"`).join(", ");

/**
 * The settings form's values and the logo's state, in plain SQL (ADR 019, eighth pass): through
 * Prisma, reading the association's row cost 2.5 ms of the page's 13.5 ms, most of it the client
 * mapping some fifty columns; the form needs its own columns only.
 */
export async function loadSettings(user: CurrentUser) {
  const [association] = await readRows<Record<SettingsField, unknown> & { hasLogo: boolean; updatedAt: Date }>(
    `SELECT ${settingsColumns}, "logoMimeType" IS NOT NULL AS "hasLogo", "updatedAt" FROM "Association" WHERE "id" = $1`,
    [user.associationId],
  );
  if (!association) notFound();
  return {
    values: settingsFormValues(association),
    hasLogo: association.hasLogo,
    updatedAt: association.updatedAt.toISOString(),
  };
}

/** The settings as the form shows them: amounts as euros to edit, lists comma-separated. */
export function settingsFormValues(association: Record<SettingsField, unknown>) {
  const values: Record<string, string | string[]> = {};
  for (const field of settingsFields) {
    const value = association[field];
    if (field === "sharePriceCents" || field === "membershipFeeCents" || field === "overageDayRateCents")
      values[field] = centsToEuroInput(value as number);
    else if (Array.isArray(value)) values[field] = value.join(", ");
    else values[field] = value === null ? "" : String(value);
  }
  return values;
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
