// Where a member's answer to an invoice or a reminder goes: the association's treasurer address,
// else its contact address, never the sending no-reply address (issue 12). One place for every
// money e-mail, so invoices and reminders cannot drift apart.
import { db } from "~/utils/db.server";

export async function treasurerReplyTo(associationId: string): Promise<string> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { treasurerEmail: true, email: true },
  });
  return association.treasurerEmail || association.email;
}
