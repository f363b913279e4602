import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { localMailDirectory, readLocalMailbox } from "~/utils/mail.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import { readMailContent } from "./mail-text";

// deliverMail names each file "<ISO stamp with - for : and .>-<outbox job id>.eml".
const fileNamePattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(.+)\.eml$/;

/**
 * The development mailbox: with no SMTP server, mail is written as .eml files instead of being
 * sent. The page does not exist once SMTP_URL is set, since real mail then leaves the machine.
 * The directory is shared by every association of the installation, so each board only sees the
 * mail whose outbox job belongs to its association.
 */
export async function localMailboxPage(user: Pick<CurrentUser, "associationId">, limit = 100) {
  if (process.env.SMTP_URL) notFound();
  const stored = readLocalMailbox(1000);
  const jobIds = stored.map((mail) => fileNamePattern.exec(mail.file)?.[1]).filter((id): id is string => Boolean(id));
  const ours = await db().outboxJob.findMany({ where: { ...associationScopeOf(user), id: { in: jobIds } }, select: { id: true } });
  const ourIds = new Set(ours.map((job) => job.id));
  const mails = stored
    .filter((mail) => ourIds.has(fileNamePattern.exec(mail.file)?.[1] ?? ""))
    .slice(0, limit)
    .map((mail) => ({ ...mail, ...readMailContent(mail.raw) }));
  return { directory: localMailDirectory(), mails };
}
