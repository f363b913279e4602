// The request lists in plain SQL (ADR 019, fifth pass): the member's own requests and the staff's
// requests to plan, one statement each sent by readSql outside Prisma's client, whose compiler
// cost more than the database on these pages. Every table is scoped by the association's id (and
// the member's for a member user); lifecycleStateOf gives each request its state.
import {
  Prisma,
  type InterventionStatus,
  type RequestStatus,
  type Urgency,
  type WorkMode,
} from "~/generated/prisma/client.ts";
import type { CurrentUser } from "~/utils/auth.server";
import { readSql } from "~/utils/db.server";
import { associationScopeOf, scopeOf } from "~/utils/scope.server";
import { lifecycleStateOf, type LifecycleState } from "./lifecycle";
import { compareInboxRequests } from "./requests-rules";

/**
 * SQL: the requests `r` (their intervention `i` joined) in `state`, as lifecycleStateOf reads it: a
 * request's own status until it has an intervention, then the intervention's, unless cancelled.
 */
function inStateSql(state: LifecycleState) {
  if (state === "REQUESTED" || state === "CANCELLED") return Prisma.sql`r."status"::text = ${state}`;
  return Prisma.sql`r."status" <> 'CANCELLED' AND i."status"::text = ${state}`;
}

const requestColumns = Prisma.sql`r."id", r."subject", r."urgency"::text AS "urgency", r."status"::text AS "status",
  r."createdAt", r."expectedMinutes", i."id" AS "interventionId", i."status"::text AS "interventionStatus"`;

const withIntervention = Prisma.sql`"InterventionRequest" r
  LEFT JOIN "Intervention" i ON i."requestId" = r."id" AND i."associationId" = r."associationId"`;

interface RequestRow {
  id: string;
  subject: string;
  urgency: Urgency;
  status: RequestStatus;
  createdAt: Date;
  expectedMinutes: number;
  interventionId: string | null;
  interventionStatus: InterventionStatus | null;
}

const requestOf = (row: RequestRow) => ({
  id: row.id,
  subject: row.subject,
  urgency: row.urgency,
  status: row.status,
  createdAt: row.createdAt,
  expectedMinutes: row.expectedMinutes,
});

/** The member's requests, newest first, each with its lifecycle state; `state` keeps only those in it. */
export async function listOwnRequests(user: CurrentUser, state: LifecycleState | null = null) {
  const { associationId, memberId } = scopeOf(user);
  const rows = await readSql<
    RequestRow & { startsAt: Date | null; endsAt: Date | null; technicianName: string | null }
  >(Prisma.sql`
    SELECT ${requestColumns}, i."startsAt", i."endsAt", t."displayName" AS "technicianName"
    FROM ${withIntervention}
    LEFT JOIN "Technician" t ON t."id" = i."technicianId" AND t."associationId" = i."associationId"
    WHERE r."associationId" = ${associationId}
      ${memberId ? Prisma.sql`AND r."memberId" = ${memberId}` : Prisma.empty}
      ${state ? Prisma.sql`AND ${inStateSql(state)}` : Prisma.empty}
    ORDER BY r."createdAt" DESC, r."id" DESC`);
  return rows.map((row) => ({
    ...requestOf(row),
    intervention: row.interventionId
      ? {
          status: row.interventionStatus!,
          startsAt: row.startsAt!,
          endsAt: row.endsAt!,
          technician: { displayName: row.technicianName! },
        }
      : null,
    state: lifecycleStateOf(row.status, row.interventionStatus),
  }));
}

const INBOX_SIZE = 200;

/**
 * Open requests (requested or proposed), blocking first, then urgent, then normal; oldest first
 * within each. With a state, the requests in that state instead, in the same order. The statement
 * sorts as compareInboxRequests does, so the 200 shown are the first 200 of the whole inbox.
 */
export async function requestInbox(user: CurrentUser, state: LifecycleState | null = null) {
  const { associationId } = associationScopeOf(user);
  const rows = await readSql<RequestRow & { mode: WorkMode; memberName: string }>(Prisma.sql`
    SELECT ${requestColumns}, r."mode"::text AS "mode", m."name" AS "memberName"
    FROM ${withIntervention}
    JOIN "Member" m ON m."id" = r."memberId" AND m."associationId" = r."associationId"
    WHERE r."associationId" = ${associationId}
      AND ${state ? inStateSql(state) : Prisma.sql`r."status" IN ('REQUESTED', 'PROPOSED')`}
    ORDER BY CASE r."urgency" WHEN 'BLOCKING' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END, r."createdAt", r."id"
    LIMIT ${INBOX_SIZE}`);
  return rows
    .map((row) => ({
      ...requestOf(row),
      mode: row.mode,
      member: { name: row.memberName },
      intervention: row.interventionId ? { status: row.interventionStatus! } : null,
      state: lifecycleStateOf(row.status, row.interventionStatus),
    }))
    .sort(compareInboxRequests);
}
