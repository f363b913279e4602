// What a member's own space reads about its interventions: the list with each one's state and
// signed report (the home page reads its own in member-home.server.ts). Always scoped to the
// member's own organisation.
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { scopeOf } from "~/utils/scope.server";

const listed = {
  id: true,
  title: true,
  status: true,
  localDate: true,
  startsAt: true,
  endsAt: true,
  requestId: true,
  technician: { select: { displayName: true } },
  report: { select: { signedAt: true, signerName: true } },
} as const;

/** Every intervention of the member, newest first; a signed one carries its report's signature. */
export async function memberInterventions(user: CurrentUser) {
  const interventions = await db().intervention.findMany({
    where: scopeOf(user),
    orderBy: { startsAt: "desc" },
    take: 200,
    select: listed,
  });
  return interventions.map(({ report, ...intervention }) => ({
    ...intervention,
    signedReport: report?.signedAt ? { signedAt: report.signedAt, signerName: report.signerName } : null,
  }));
}
