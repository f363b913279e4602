// What a member organisation sees of its money: one invoice with the payments applied to it, and
// its credit (payments no invoice has absorbed: an overpayment, or a Stripe payment that arrived
// after the invoice was settled another way).
import { invoiceDetail } from "~/domain/invoicing/invoice-queries.server";
import type { CurrentUser } from "~/utils/auth.server";
import { Prisma } from "~/generated/prisma/client.ts";
import { db, readSql } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { isStripeEnabled } from "~/utils/stripe.server";
import { creditCents } from "./allocation";
import { isoOf } from "~/domain/calendar/date-columns";

type Reader = Pick<CurrentUser, "associationId" | "role" | "memberId" | "timeZone">;

/** The member's credit, in cents: Σ succeeded payments − Σ their allocations. */
export async function memberCreditCents(associationId: string, memberId: string): Promise<number> {
  // Both sums in one statement (ADR 019).
  const [row] = await readSql<{ paidCents: number; allocatedCents: number }>(Prisma.sql`
    SELECT
      COALESCE((
        SELECT SUM(p."amountCents") FROM "Payment" p
        WHERE p."associationId" = ${associationId} AND p."memberId" = ${memberId} AND p."status" = 'SUCCEEDED' AND p."deletedAt" IS NULL
      ), 0)::int AS "paidCents",
      COALESCE((
        SELECT SUM(a."amountCents") FROM "PaymentAllocation" a JOIN "Payment" p ON p."id" = a."paymentId"
        WHERE a."associationId" = ${associationId} AND p."memberId" = ${memberId} AND p."status" = 'SUCCEEDED' AND p."deletedAt" IS NULL
      ), 0)::int AS "allocatedCents"`);
  return creditCents(row!.paidCents, row!.allocatedCents);
}

/** An issued invoice in the caller's scope (drafts are not documents yet: 404), its payments, and whether to offer "Payer en ligne". */
export async function memberInvoice(user: Reader, invoiceId: string) {
  const invoice = await invoiceDetail(user, invoiceId);
  if (invoice.status === "DRAFT") notFound();
  const allocations = await db().paymentAllocation.findMany({
    where: { associationId: user.associationId, invoiceId: invoice.id, payment: { deletedAt: null } },
    select: { amountCents: true, payment: { select: { id: true, method: true, status: true, receivedOn: true } } },
    orderBy: { payment: { receivedOn: "asc" } },
  });
  return {
    invoice,
    payments: allocations.map((allocation) => ({
      id: allocation.payment.id,
      method: allocation.payment.method,
      status: allocation.payment.status,
      receivedOn: isoOf(allocation.payment.receivedOn),
      amountCents: allocation.amountCents,
    })),
    canPayOnline:
      isStripeEnabled() &&
      invoice.status === "ISSUED" &&
      invoice.kind !== "CREDIT_NOTE" &&
      invoice.openBalanceCents > 0,
  };
}
