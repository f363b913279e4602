// What a member's own space reads about its interventions: the list with each one's state and
// signed report (the home page reads its own in member-home.server.ts). Always scoped to the
// member's own organisation. One plain-SQL statement (ADR 019, fifth pass): Prisma's compiler and
// client cost more than the database on this page.
import { Prisma, type InterventionStatus } from "~/generated/prisma/client.ts";
import type { CurrentUser } from "~/utils/auth.server";
import { readSql } from "~/utils/db.server";
import { scopeOf } from "~/utils/scope.server";

interface ListedIntervention {
  id: string;
  title: string;
  status: InterventionStatus;
  localDate: Date;
  startsAt: Date;
  endsAt: Date;
  requestId: string | null;
  technicianName: string;
  signedAt: Date | null;
  signerName: string | null;
}

/** Every intervention of the member (the latest 200), newest first; a signed one carries its report's signature. */
export async function memberInterventions(user: CurrentUser) {
  const { associationId, memberId } = scopeOf(user);
  const rows = await readSql<ListedIntervention>(Prisma.sql`
    SELECT i."id", i."title", i."status"::text AS "status", i."localDate", i."startsAt", i."endsAt", i."requestId",
      t."displayName" AS "technicianName", rep."signedAt", rep."signerName"
    FROM "Intervention" i
    JOIN "Technician" t ON t."id" = i."technicianId" AND t."associationId" = i."associationId"
    LEFT JOIN "InterventionReport" rep ON rep."interventionId" = i."id" AND rep."associationId" = i."associationId"
    WHERE i."associationId" = ${associationId} ${memberId ? Prisma.sql`AND i."memberId" = ${memberId}` : Prisma.empty}
    ORDER BY i."startsAt" DESC, i."id" DESC
    LIMIT 200`);
  return rows.map(({ technicianName, signedAt, signerName, ...intervention }) => ({
    ...intervention,
    technician: { displayName: technicianName },
    signedReport: signedAt ? { signedAt, signerName } : null,
  }));
}
