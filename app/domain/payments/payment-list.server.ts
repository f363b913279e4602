// The treasurer's list of payments (/paiements): the payments with their member and the invoices
// they settle, and the members to filter by, in one plain-SQL statement (ADR 019) where Prisma's
// client and query compiler cost several times the read itself. Every table is scoped by the
// treasurer's association; a member of another association filters to nothing.
import { readSql } from "~/utils/db.server";
import { isoDateSql } from "~/utils/sql-json.server";
import { Prisma, PaymentMethod, PaymentStatus } from "~/generated/prisma/client.ts";
import type { CurrentUser } from "~/utils/auth.server";
import { isIsoDate, type IsoDate } from "~/domain/calendar/local-date";

export type PaymentFilter = {
  memberId?: string | null;
  method?: string | null;
  status?: string | null;
  from?: string | null;
  to?: string | null;
  includeDeleted?: boolean;
};

const METHODS = Object.values(PaymentMethod);
const STATUSES = Object.values(PaymentStatus);

interface PaymentsPageRow {
  rows: {
    id: string;
    receivedOn: IsoDate;
    memberName: string;
    method: PaymentMethod;
    status: PaymentStatus;
    reference: string;
    amountCents: number;
    allocatedCents: number;
    invoices: { id: string; number: string }[];
    deleted: boolean;
  }[];
  members: { id: string; name: string }[];
}

/**
 * The statement's WHERE: the association, then each filter given. Unknown methods and statuses are
 * ignored, and so is a date that is not a calendar date ("demain", 30 February, month 13), as the
 * date fields of the form never send one.
 */
function paymentsWhere(associationId: string, filter: PaymentFilter) {
  const conditions = [Prisma.sql`p."associationId" = ${associationId}`];
  if (!filter.includeDeleted) conditions.push(Prisma.sql`p."deletedAt" IS NULL`);
  if (filter.memberId) conditions.push(Prisma.sql`p."memberId" = ${filter.memberId}`);
  if (filter.method && (METHODS as string[]).includes(filter.method))
    conditions.push(Prisma.sql`p."method"::text = ${filter.method}`);
  if (filter.status && (STATUSES as string[]).includes(filter.status))
    conditions.push(Prisma.sql`p."status"::text = ${filter.status}`);
  if (filter.from && isIsoDate(filter.from)) conditions.push(Prisma.sql`p."receivedOn" >= ${filter.from}::date`);
  if (filter.to && isIsoDate(filter.to)) conditions.push(Prisma.sql`p."receivedOn" <= ${filter.to}::date`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The latest 1000 payments first (received on, then recorded at; ids settle ties), each with the
 * invoices it settles, oldest invoice first (Prisma's nested read left that order to the database),
 * and the association's members by name.
 */
export async function listPayments(user: Pick<CurrentUser, "associationId">, filter: PaymentFilter) {
  const { associationId } = user;
  const [page] = await readSql<PaymentsPageRow>(Prisma.sql`
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object('id', p."id", 'receivedOn', ${Prisma.raw(isoDateSql(`p."receivedOn"`))},
          'memberName', m."name", 'method', p."method"::text, 'status', p."status"::text,
          'reference', p."reference", 'amountCents', p."amountCents",
          'allocatedCents', al."allocatedCents", 'invoices', al."invoices", 'deleted', p."deletedAt" IS NOT NULL
        ) ORDER BY p."receivedOn" DESC, p."createdAt" DESC, p."id" DESC)
        FROM (
          SELECT p.* FROM "Payment" p WHERE ${paymentsWhere(associationId, filter)}
          ORDER BY p."receivedOn" DESC, p."createdAt" DESC, p."id" DESC LIMIT 1000
        ) p
        JOIN "Member" m ON m."id" = p."memberId" AND m."associationId" = ${associationId}
        CROSS JOIN LATERAL (
          SELECT COALESCE(sum(a."amountCents"), 0)::int AS "allocatedCents",
            COALESCE(json_agg(json_build_object('id', i."id", 'number', COALESCE(i."number", ''))
              ORDER BY i."issueDate", i."number", a."id"), '[]'::json) AS "invoices"
          FROM "PaymentAllocation" a
          JOIN "Invoice" i ON i."id" = a."invoiceId" AND i."associationId" = ${associationId}
          WHERE a."associationId" = ${associationId} AND a."paymentId" = p."id"
        ) al
      ), '[]'::json) AS "rows",
      COALESCE((
        SELECT json_agg(json_build_object('id', m."id", 'name', m."name") ORDER BY m."name", m."id")
        FROM "Member" m WHERE m."associationId" = ${associationId}
      ), '[]'::json) AS "members"`);
  const { rows, members } = page!;
  const receivedCents = rows
    .filter((row) => !row.deleted && row.status === "SUCCEEDED")
    .reduce((sum, row) => sum + row.amountCents, 0);
  return { rows, members, receivedCents, methods: METHODS, statuses: STATUSES };
}
