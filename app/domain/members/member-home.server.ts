// The member's home page in two round trips whatever the history (ADR 019): the session, then one
// statement with the balance (balancesSql), how to pay (paymentInfoSql) and what comes next
// (agendaSql). Always scoped to the member's own organisation.
import type { CurrentUser } from "~/utils/auth.server";
import { readSql } from "~/utils/db.server";
import { instantOf, instantOrNull, isoInstantSql } from "~/utils/sql-json.server";
import { notFound, scopeOf } from "~/utils/scope.server";
import { Prisma } from "~/generated/prisma/client.ts";
import { balancesFromRow, balancesSql, type BalancesRow } from "../ledger/balances.server";
import { paymentInfoOf, paymentInfoSql, type PaymentInfoRow } from "../payments/statement.server";

interface AgendaRow {
  proposals: { id: string; subject: string; intervention: { startsAt: string; endsAt: string } | null }[];
  next: { id: string; title: string; startsAt: string; endsAt: string } | null;
  latestReport: {
    signedAt: string | null;
    signerName: string | null;
    intervention: { id: string; title: string; startsAt: string };
  } | null;
  upcoming: { id: string; title: string; localDate: string; startsAt: string; endsAt: string }[];
}

/**
 * What comes next for the member, in one statement: proposals waiting for an answer (oldest
 * first), the next visit planned or running, the latest signed report, and the next five planned
 * visits. Each list is bounded, so the statement costs the same with five years of history.
 */
function agendaSql(scope: { associationId: string; memberId: string }, now: Date) {
  const { associationId, memberId } = scope;
  // Instants are stored as UTC timestamps without zone.
  const nowUtc = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  return Prisma.sql`
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object('id', r."id", 'subject', r."subject", 'intervention', (
          SELECT json_build_object('startsAt', ${Prisma.raw(isoInstantSql(`i."startsAt"`))}, 'endsAt', ${Prisma.raw(isoInstantSql(`i."endsAt"`))})
          FROM "Intervention" i WHERE i."requestId" = r."id" AND i."associationId" = r."associationId"
        )) ORDER BY r."createdAt")
        FROM "InterventionRequest" r
        WHERE r."associationId" = ${associationId} AND r."memberId" = ${memberId} AND r."status" = 'PROPOSED'
      ), '[]') AS "proposals",
      (
        SELECT json_build_object('id', i."id", 'title', i."title", 'startsAt', ${Prisma.raw(isoInstantSql(`i."startsAt"`))},
          'endsAt', ${Prisma.raw(isoInstantSql(`i."endsAt"`))})
        FROM "Intervention" i
        WHERE i."associationId" = ${associationId} AND i."memberId" = ${memberId}
          AND i."status" IN ('PLANNED', 'IN_PROGRESS') AND i."endsAt" >= ${nowUtc}
        ORDER BY i."startsAt" ASC LIMIT 1
      ) AS "next",
      (
        SELECT json_build_object('signedAt', ${Prisma.raw(isoInstantSql(`rp."signedAt"`))}, 'signerName', rp."signerName",
          'intervention', json_build_object('id', i."id", 'title', i."title", 'startsAt', ${Prisma.raw(isoInstantSql(`i."startsAt"`))}))
        FROM "InterventionReport" rp
        JOIN "Intervention" i ON i."id" = rp."interventionId" AND i."associationId" = rp."associationId"
        WHERE rp."associationId" = ${associationId} AND i."memberId" = ${memberId} AND rp."signedAt" IS NOT NULL
        ORDER BY rp."signedAt" DESC LIMIT 1
      ) AS "latestReport",
      COALESCE((
        SELECT json_agg(json_build_object('id', u."id", 'title', u."title", 'localDate', to_char(u."localDate", 'YYYY-MM-DD'),
          'startsAt', ${Prisma.raw(isoInstantSql(`u."startsAt"`))}, 'endsAt', ${Prisma.raw(isoInstantSql(`u."endsAt"`))}) ORDER BY u."startsAt")
        FROM (
          SELECT i.* FROM "Intervention" i
          WHERE i."associationId" = ${associationId} AND i."memberId" = ${memberId}
            AND i."status" = 'PLANNED' AND i."endsAt" >= ${nowUtc}
          ORDER BY i."startsAt" ASC LIMIT 5
        ) u
      ), '[]') AS "upcoming"`;
}

function agendaOf(row: AgendaRow) {
  return {
    proposals: row.proposals.map((proposal) => ({
      ...proposal,
      intervention: proposal.intervention && {
        startsAt: instantOf(proposal.intervention.startsAt),
        endsAt: instantOf(proposal.intervention.endsAt),
      },
    })),
    next: row.next && { ...row.next, startsAt: instantOf(row.next.startsAt), endsAt: instantOf(row.next.endsAt) },
    latestReport: row.latestReport && {
      ...row.latestReport,
      signedAt: instantOrNull(row.latestReport.signedAt),
      intervention: { ...row.latestReport.intervention, startsAt: instantOf(row.latestReport.intervention.startsAt) },
    },
    upcoming: row.upcoming.map((visit) => ({
      ...visit,
      localDate: new Date(`${visit.localDate}T00:00:00.000Z`),
      startsAt: instantOf(visit.startsAt),
      endsAt: instantOf(visit.endsAt),
    })),
  };
}

/** Everything the member's home shows: the balance of the current period, how to pay, what comes next. */
export async function memberHomePage(user: CurrentUser, now = new Date()) {
  const scope = scopeOf(user) as { associationId: string; memberId: string };
  // One statement: the balance from the ledger's read side (the balance page's own statement), how
  // to pay (the statement page's) and the agenda, each one JSON row of it.
  const [row] = await readSql<{ balances: BalancesRow | null; payment: PaymentInfoRow | null; agenda: AgendaRow }>(
    Prisma.sql`
    SELECT (SELECT row_to_json(b) FROM (${balancesSql(scope, null, now)}) b) AS "balances",
      (SELECT row_to_json(p) FROM (${paymentInfoSql(scope)}) p) AS "payment",
      (SELECT row_to_json(a) FROM (${agendaSql(scope, now)}) a) AS "agenda"`,
  );
  const balances = balancesFromRow(row!.balances, null);
  if (!balances.member) notFound();
  const payment = paymentInfoOf(row!.payment ?? undefined);
  const { upcoming, ...next } = agendaOf(row!.agenda);
  return {
    home: {
      memberName: balances.member.name,
      periodLabel: balances.period?.label ?? null,
      minutesPerDay: balances.minutesPerDay,
      balance: balances.rows[0] ?? null,
      upcoming,
    },
    payment,
    next,
  };
}
