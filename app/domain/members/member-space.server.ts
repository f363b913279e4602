// What a member's own space reads about its interventions: the list with each one's state and
// signed report, and what the home page puts first (proposals to answer, the next visit, the
// latest signed report). Always scoped to the member's own organisation.
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

/** The home page's "what to do next": proposals waiting for an answer, the next visit, the latest signed report. */
export async function memberNextSteps(user: CurrentUser, now = new Date()) {
  const scope = scopeOf(user);
  const [proposals, next, latestReport] = await Promise.all([
    db().interventionRequest.findMany({
      where: { ...scope, status: "PROPOSED" },
      orderBy: { createdAt: "asc" },
      select: { id: true, subject: true, intervention: { select: { startsAt: true, endsAt: true } } },
    }),
    db().intervention.findFirst({
      where: { ...scope, status: { in: ["PLANNED", "IN_PROGRESS"] }, endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      select: listed,
    }),
    db().interventionReport.findFirst({
      where: {
        associationId: scope.associationId,
        signedAt: { not: null },
        intervention: { memberId: scope.memberId },
      },
      orderBy: { signedAt: "desc" },
      select: { signedAt: true, signerName: true, intervention: { select: { id: true, title: true, startsAt: true } } },
    }),
  ]);
  return { proposals, next, latestReport };
}
