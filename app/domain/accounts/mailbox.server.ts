import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { localMailDirectory, readLocalMailbox } from "~/utils/mail.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import { readMailContent } from "./mail-text";
import { config } from "~/utils/config.server";

// deliverMail names each file "<ISO stamp with - for : and .>-<outbox job id>.eml".
const fileNamePattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(.+)\.eml$/;

/** Mails per page: the page weighed 12.9 MB with every mail at once (issue 10). */
export const MAILBOX_PAGE_SIZE = 20;
const MAILBOX_SCAN_LIMIT = 1000;

// Links that act for their holder: password reset, invitation, personal calendar feed.
const SECRET_LINK = /(\/(?:reinitialiser|invitation|calendrier)\/)[A-Za-z0-9_%.=-]+/g;

export function maskSecretLinks(text: string) {
  return text.replace(SECRET_LINK, "$1••••••");
}

function isAddressee(toHeader: string, email: string) {
  return toHeader.toLowerCase().includes(email.toLowerCase());
}

/**
 * The development mailbox: with no SMTP server, mail is written as .eml files instead of being
 * sent. The page does not exist once SMTP_URL is set, since real mail then leaves the machine.
 * The directory is shared by every association of the installation, so each board only sees the
 * mail whose outbox job belongs to its association.
 */
export async function localMailboxPage(user: Pick<CurrentUser, "associationId" | "email">, page = 1) {
  if (config().SMTP_URL) notFound();
  const stored = readLocalMailbox(MAILBOX_SCAN_LIMIT);
  const jobIds = stored.map((mail) => fileNamePattern.exec(mail.file)?.[1]).filter((id): id is string => Boolean(id));
  const ours = await db().outboxJob.findMany({
    where: { ...associationScopeOf(user), id: { in: jobIds } },
    select: { id: true },
  });
  const ourIds = new Set(ours.map((job) => job.id));
  const ourMails = stored.filter((mail) => ourIds.has(fileNamePattern.exec(mail.file)?.[1] ?? ""));
  const pageCount = Math.max(1, Math.ceil(ourMails.length / MAILBOX_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const mails = ourMails.slice((shown - 1) * MAILBOX_PAGE_SIZE, shown * MAILBOX_PAGE_SIZE).map((mail) => {
    const content = { ...mail, ...readMailContent(mail.raw) };
    // Only the addressee may see a live reset or invitation link: anyone else could use it.
    if (isAddressee(mail.to, user.email)) return content;
    return { ...content, text: maskSecretLinks(content.text), raw: maskSecretLinks(content.raw) };
  });
  return { directory: localMailDirectory(), mails, page: shown, pageCount };
}
