// The addresses a signed report goes to, read from the intervention (report-recipients.ts says who).
import type { Tx } from "~/utils/db.server";
import { reportRecipients } from "./report-recipients";

export async function signedReportRecipients(tx: Tx, associationId: string, interventionId: string): Promise<string[]> {
  const intervention = await tx.intervention.findFirst({
    where: { id: interventionId, associationId },
    select: {
      report: { select: { signerName: true } },
      request: { select: { createdById: true } },
      member: { select: { billingEmail: true, contacts: { select: { name: true, email: true } } } },
    },
  });
  if (!intervention?.member) return [];
  const requester = intervention.request
    ? await tx.user.findUnique({ where: { id: intervention.request.createdById }, select: { email: true } })
    : null;
  return reportRecipients({
    requesterEmail: requester?.email ?? null,
    signerName: intervention.report?.signerName ?? null,
    organisationEmail: intervention.member.billingEmail,
    contacts: intervention.member.contacts,
  });
}
