// Stores the association's logo in the database (logoData / logoMimeType), one per association.
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { checkLogo, type LogoCheck } from "./logo-file";

/** Saves a checked PNG/JPEG; returns the check so the route can show why a file was refused. */
export async function replaceLogo(user: CurrentUser, bytes: Uint8Array): Promise<LogoCheck> {
  const check = checkLogo(bytes);
  if (!check.ok) return check;
  await db().$transaction(async (tx) => {
    const current = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { logoMimeType: true },
    });
    // Raw SQL with decode(): the PGlite driver adapter receives Prisma's Bytes parameters as
    // base64 text and refuses them, while a text parameter decoded by the database works on both.
    const base64 = Buffer.from(bytes).toString("base64");
    await tx.$executeRaw`UPDATE "Association" SET "logoData" = decode(${base64}, 'base64'), "logoMimeType" = ${check.mimeType}, "updatedAt" = now() WHERE "id" = ${user.associationId}`;
    await recordAudit(tx, user, {
      action: "association.logo.update",
      entityType: "Association",
      entityId: user.associationId,
      before: { logoMimeType: current.logoMimeType },
      after: { logoMimeType: check.mimeType, logoBytes: bytes.length },
    });
  });
  return check;
}

export async function removeLogo(user: CurrentUser): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.association.findUniqueOrThrow({
      where: { id: user.associationId },
      select: { logoMimeType: true },
    });
    if (!current.logoMimeType) return;
    await tx.association.update({ where: { id: user.associationId }, data: { logoData: null, logoMimeType: null } });
    await recordAudit(tx, user, {
      action: "association.logo.delete",
      entityType: "Association",
      entityId: user.associationId,
      before: { logoMimeType: current.logoMimeType },
      after: { logoMimeType: null },
    });
  });
}

/** The caller's own association logo, or null. */
export async function loadLogo(user: CurrentUser): Promise<{ bytes: Uint8Array; mimeType: string } | null> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { logoData: true, logoMimeType: true },
  });
  return association.logoData && association.logoMimeType
    ? { bytes: association.logoData, mimeType: association.logoMimeType }
    : null;
}
