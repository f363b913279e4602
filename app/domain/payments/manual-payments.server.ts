// Payments the treasurer records by hand (transfer, cheque, bank direct debit), their deletion with
// a reason, and a payment's page (the list is payment-list.server.ts). Every query is scoped to the
// treasurer's association; a member or a payment of another association is simply not found (404).
import type { Prisma } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf, notFound } from "~/utils/scope.server";
import { allocateOldestFirst, allocationProblem, creditCents, type Allocation } from "./allocation";
import { memberCreditCents } from "./member-account.server";
import { enqueuePaymentReports } from "~/domain/einvoicing/pa-payment-report.server";
import { openBalancesInTx } from "./open-balances.server";
import { DomainError } from "~/domain/domain-error";
import type { ManualPaymentInput } from "./payment.schema";
import { isoOf, dateColumn } from "~/domain/calendar/date-columns";
import { todayIn } from "~/domain/calendar/today";

type Staff = Pick<CurrentUser, "id" | "associationId" | "timeZone">;

/** The form's choices: the members, and for the chosen one its open invoices (oldest first) and credit. */
export async function paymentFormContext(user: Staff, memberId: string | null) {
  const members = await db().member.findMany({
    where: associationScopeOf(user),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const member = memberId ? members.find((candidate) => candidate.id === memberId) : undefined;
  if (!member) return { members, member: null, openInvoices: [], creditCents: 0, today: todayIn(user) };
  const openInvoices = (await openBalancesInTx(db(), user.associationId, { memberId: member.id })).filter(
    (invoice) => invoice.openBalanceCents > 0,
  );
  return {
    members,
    member,
    openInvoices,
    creditCents: await memberCreditCents(user.associationId, member.id),
    today: todayIn(user),
  };
}

/** Records the payment and its allocations in one transaction; refusals (PaymentError 400) write nothing. */
export async function recordManualPayment(user: Staff, input: ManualPaymentInput) {
  // Money not yet received cannot be recorded as received: it would mark invoices paid too early.
  if (input.receivedOn > todayIn(user))
    throw new DomainError({ status: 400, key: "payments.refusal.receivedInFuture" });
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: input.memberId, ...associationScopeOf(user) },
      select: { id: true },
    });
    if (!member) throw new DomainError({ status: 400, key: "payments.refusal.memberNotFound" });
    // Lock the member's invoices: a webhook or another treasurer allocating at the same moment waits.
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE "associationId" = ${user.associationId} AND "memberId" = ${member.id} AND status = 'ISSUED' FOR UPDATE`;
    const open = (await openBalancesInTx(tx, user.associationId, { memberId: member.id })).map((invoice) => ({
      invoiceId: invoice.id,
      openBalanceCents: invoice.openBalanceCents,
    }));
    const typed: Allocation[] = input.allocations.flatMap((row) =>
      row.amount ? [{ invoiceId: row.invoiceId, amountCents: row.amount }] : [],
    );
    const allocations = typed.length > 0 ? typed : allocateOldestFirst(input.amount, open);
    const problem = allocationProblem(input.amount, allocations, open);
    if (problem) throw new DomainError({ status: 400, key: `payments.refusal.${problem}` });
    const payment = await tx.payment.create({
      data: {
        associationId: user.associationId,
        memberId: member.id,
        method: input.method,
        status: "SUCCEEDED",
        amountCents: input.amount,
        receivedOn: dateColumn(input.receivedOn),
        reference: input.reference,
        createdById: user.id,
        allocations: {
          create: allocations.map((allocation) => ({
            associationId: user.associationId,
            invoiceId: allocation.invoiceId,
            amountCents: allocation.amountCents,
          })),
        },
      },
    });
    await recordAudit(tx, user, {
      action: "payment.record",
      entityType: "Payment",
      entityId: payment.id,
      after: {
        method: input.method,
        amountCents: input.amount,
        receivedOn: input.receivedOn,
        reference: input.reference,
        allocations,
      } as Prisma.InputJsonValue,
    });
    await enqueuePaymentReports(
      tx,
      user.associationId,
      allocations.map((allocation) => allocation.invoiceId),
    );
    return payment;
  });
}

/** Soft-deletes a mistaken manual payment, with its reason in the audit log; its invoices reopen. */
export async function deletePayment(user: Staff, paymentId: string, reason: string) {
  return db().$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({
      where: { id: paymentId, ...associationScopeOf(user) },
      include: { allocations: { select: { invoiceId: true, amountCents: true } } },
    });
    if (!payment) notFound();
    if (payment.deletedAt) throw new DomainError({ status: 409, key: "payments.refusal.alreadyDeleted" });
    if (payment.stripeCheckoutSessionId)
      throw new DomainError({ status: 409, key: "payments.refusal.onlineNotDeletable" });
    const deleted = await tx.payment.update({
      where: { id: payment.id },
      data: { deletedAt: new Date(), deletedReason: reason },
    });
    await recordAudit(tx, user, {
      action: "payment.delete",
      entityType: "Payment",
      entityId: payment.id,
      before: {
        method: payment.method,
        status: payment.status,
        amountCents: payment.amountCents,
        receivedOn: isoOf(payment.receivedOn),
        reference: payment.reference,
        allocations: payment.allocations,
      },
      after: { deletedAt: deleted.deletedAt!.toISOString() },
      reason,
    });
    return deleted;
  });
}

export async function paymentDetail(user: Staff, paymentId: string) {
  const payment = await db().payment.findFirst({
    where: { id: paymentId, ...associationScopeOf(user) },
    include: {
      member: { select: { id: true, name: true } },
      allocations: { select: { amountCents: true, invoice: { select: { id: true, number: true } } } },
    },
  });
  if (!payment) notFound();
  const allocatedCents = payment.allocations.reduce((sum, allocation) => sum + allocation.amountCents, 0);
  return {
    id: payment.id,
    member: payment.member,
    method: payment.method,
    status: payment.status,
    amountCents: payment.amountCents,
    receivedOn: isoOf(payment.receivedOn),
    depositedOn: payment.depositedOn ? isoOf(payment.depositedOn) : null,
    reference: payment.reference,
    failureReason: payment.failureReason,
    isOnline: payment.stripeCheckoutSessionId !== null,
    deletedAt: payment.deletedAt?.toISOString() ?? null,
    deletedReason: payment.deletedReason,
    allocations: payment.allocations.map((allocation) => ({
      invoiceId: allocation.invoice.id,
      number: allocation.invoice.number ?? "",
      amountCents: allocation.amountCents,
    })),
    unallocatedCents: payment.status === "SUCCEEDED" ? creditCents(payment.amountCents, allocatedCents) : 0,
  };
}

/** 404 unless the payment is in the treasurer's association; actions call it before reading the form. */
export async function requirePaymentInScope(user: Pick<CurrentUser, "associationId">, paymentId: string) {
  const payment = await db().payment.findFirst({
    where: { id: paymentId, ...associationScopeOf(user) },
    select: { id: true },
  });
  if (!payment) notFound();
  return payment;
}

/** Records the day a cheque was paid in at the bank: the FEC then moves it from 5112 to 512. */
export async function markChequeDeposited(user: Staff, paymentId: string, depositedOn: string) {
  return db().$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({
      where: { id: paymentId, ...associationScopeOf(user) },
      select: { id: true, method: true, receivedOn: true, depositedOn: true, deletedAt: true },
    });
    if (!payment) notFound();
    if (payment.method !== "CHEQUE") throw new DomainError({ status: 409, key: "payments.refusal.onlyCheque" });
    if (payment.deletedAt) throw new DomainError({ status: 409, key: "payments.refusal.deleted" });
    if (payment.depositedOn)
      throw new DomainError({
        status: 409,
        key: "payments.refusal.alreadyDeposited",
        values: { date: { day: isoOf(payment.depositedOn) } },
      });
    if (depositedOn < isoOf(payment.receivedOn))
      throw new DomainError({ status: 400, key: "payments.refusal.depositBeforeReceipt" });
    if (depositedOn > todayIn(user)) throw new DomainError({ status: 400, key: "payments.refusal.depositInFuture" });
    const updated = await tx.payment.update({
      where: { id: payment.id },
      data: { depositedOn: dateColumn(depositedOn) },
    });
    await recordAudit(tx, user, {
      action: "payment.deposit",
      entityType: "Payment",
      entityId: payment.id,
      after: { depositedOn },
    });
    return updated;
  });
}
