// The invoice run's plan (what the campaign page previews): for a period, the share instalments due
// up to a date, the membership fees and, once the period is closed, the overage, grouped one invoice
// per member (invoice-run-groups.ts). Reads only: invoice-run.server.ts creates and issues what it plans.

import { overageToBill } from "~/domain/ledger/ledger.server";

import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { instalmentsDueBy, subscriptionInstalments } from "./instalments";

import { groupRunItems, shareRunKey, type RunInvoice, type RunItem } from "./invoice-run-groups";

import { lineVatBasisPoints, type VatTreatment } from "./line-vat";
import { overageInvoiceLines } from "./overage-lines";
import { isoOf } from "~/domain/calendar/date-columns";
import { todayIn } from "~/domain/calendar/today";
import { periodsWithChoice } from "~/domain/periods/period-choice.server";

type Staff = Pick<CurrentUser, "id" | "associationId">;

const sharesText = (halves: number) =>
  `${halves % 2 === 0 ? halves / 2 : `${(halves - 1) / 2},5`} part${halves > 2 ? "s" : ""}`;

/**
 * The campaign form's periods and the one it previews: the one asked for (404 when it is not the
 * association's), else the one containing today (not the latest: the board opens next year's period
 * before it invoices this year's), else the latest; `today` is the default "due up to" date, in the
 * association's zone.
 */
export async function runContext(
  user: Pick<CurrentUser, "associationId" | "timeZone">,
  requestedPeriodId: string | null,
  now = new Date(),
) {
  const { periods, chosen, requestedFound } = await periodsWithChoice(user, requestedPeriodId, now);
  // As on the capacity page: a period asked for that is not the association's is a 404, not another period.
  if (requestedPeriodId && !requestedFound) notFound();
  return {
    periods: periods.map((period) => ({ id: period.id, label: period.label, status: period.status })),
    periodId: chosen?.id ?? "",
    today: todayIn(user, now),
  };
}

export type RunPlan = { periodLabel: string; items: RunItem[]; invoices: RunInvoice[] };

/** Everything the run would invoice for the period, up to `dueUpTo`, with what already exists, one invoice per member. */
export async function planInvoiceRun(user: Staff, periodId: string, dueUpTo: string): Promise<RunPlan> {
  const period = await db().period.findFirst({ where: { id: periodId, associationId: user.associationId } });
  if (!period) notFound();
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { membershipFeeCents: true, membershipFeeVat: true, vatRegime: true, standardVatBasisPoints: true },
  });
  const lineVat = (vatTreatment: VatTreatment) => ({
    vatTreatment,
    vatBasisPoints: lineVatBasisPoints(association.vatRegime, vatTreatment, 0, association.standardVatBasisPoints),
  });
  const periodStart = isoOf(period.startDate);
  const periodEnd = isoOf(period.endDate);
  const items: Omit<RunItem, "status" | "invoiceId">[] = [];

  const subscriptions = await db().subscription.findMany({
    where: { associationId: user.associationId, periodId, status: "ACTIVE" },
    include: { member: { select: { name: true } } },
    orderBy: { member: { name: "asc" } },
  });
  for (const subscription of subscriptions) {
    const instalments = subscriptionInstalments({
      priceCents: subscription.priceCents,
      schedule: subscription.billingSchedule,
      start: isoOf(subscription.startDate),
      end: isoOf(subscription.endDate),
      periodStart,
    });
    for (const instalment of instalmentsDueBy(instalments, dueUpTo)) {
      const schedule = instalment.count > 1 ? ` — échéance ${instalment.index} sur ${instalment.count}` : "";
      items.push({
        runKey: shareRunKey(subscription.id, instalment.index),
        kind: "SHARES",
        memberId: subscription.memberId,
        memberName: subscription.member.name,
        subscriptionId: subscription.id,
        serviceStart: instalment.serviceStart,
        serviceEnd: instalment.serviceEnd,
        lines: [
          {
            description: `Parts de maintenance informatique, période ${period.label} (${sharesText(subscription.shareHalves)})${schedule}`,
            amountCents: instalment.amountCents,
            interventionId: null,
            ...lineVat("REGIME"),
          },
        ],
        amountCents: instalment.amountCents,
      });
    }
  }

  if (association.membershipFeeCents > 0 && periodStart <= dueUpTo) {
    const members = await db().member.findMany({
      where: { associationId: user.associationId, status: "ACTIVE" },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    for (const member of members) {
      items.push({
        runKey: `fee:${member.id}:${periodId}`,
        kind: "MEMBERSHIP_FEE",
        memberId: member.id,
        memberName: member.name,
        subscriptionId: null,
        serviceStart: periodStart,
        serviceEnd: periodEnd,
        lines: [
          {
            description: `Cotisation annuelle, période ${period.label}`,
            amountCents: association.membershipFeeCents,
            interventionId: null,
            ...lineVat(association.membershipFeeVat),
          },
        ],
        amountCents: association.membershipFeeCents,
      });
    }
  }

  // Empty while the period is open: overage is billed on the period's closing invoice.
  const overages = (await overageToBill(user.associationId, periodId)).filter((overage) => overage.amountCents > 0);
  // One query for the consumptions of every overused subscription, not one per subscription.
  const consumptionRows = overages.length
    ? await db().ledgerMovement.findMany({
        where: {
          associationId: user.associationId,
          subscriptionId: { in: overages.map((overage) => overage.subscriptionId) },
          kind: { in: ["CONSUMPTION", "POOLED_CONSUMPTION"] },
        },
        select: {
          subscriptionId: true,
          minutes: true,
          occurredOn: true,
          kind: true,
          interventionId: true,
          intervention: { select: { title: true } },
        },
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      })
    : [];
  for (const overage of overages) {
    const movements = consumptionRows.filter((row) => row.subscriptionId === overage.subscriptionId);
    const lines = overageInvoiceLines({
      overageMinutes: overage.overageMinutes,
      amountCents: overage.amountCents,
      consumptions: movements.map((movement) => ({
        date: isoOf(movement.occurredOn),
        title:
          movement.intervention?.title ??
          (movement.kind === "POOLED_CONSUMPTION" ? "Travail mutualisé" : "Intervention"),
        minutes: -movement.minutes,
        interventionId: movement.interventionId,
      })),
    });
    items.push({
      runKey: `overage:${overage.subscriptionId}`,
      kind: "OVERAGE",
      memberId: overage.memberId,
      memberName: overage.memberName,
      subscriptionId: overage.subscriptionId,
      serviceStart: periodStart,
      serviceEnd: periodEnd,
      lines: lines.map((line) => ({
        description: line.description,
        amountCents: line.amountCents,
        interventionId: line.interventionId,
        ...lineVat("REGIME"),
      })),
      amountCents: overage.amountCents,
    });
  }

  // Each item already put on an invoice (by this run or an earlier one) is found by its run item.
  const existing = await db().invoiceRunItem.findMany({
    where: { associationId: user.associationId, runKey: { in: items.map((item) => item.runKey) } },
    select: {
      runKey: true,
      invoice: {
        select: { id: true, status: true, totalExclTaxCents: true, totalTaxCents: true, totalInclTaxCents: true },
      },
    },
  });
  const byKey = new Map(existing.map((row) => [row.runKey, row.invoice]));
  const withStatus = items.map((item): RunItem => {
    const found = byKey.get(item.runKey);
    return {
      ...item,
      status: !found ? "new" : found.status === "DRAFT" ? "draft" : "issued",
      invoiceId: found?.id ?? null,
    };
  });
  // An invoice already issued shows what it froze, not what today's VAT regime would make of it.
  const issuedTotals = new Map(
    existing.filter((row) => row.invoice.status !== "DRAFT").map((row) => [row.invoice.id, row.invoice]),
  );
  const invoices = groupRunItems(withStatus, association.vatRegime).map((invoice) => {
    const issued = invoice.invoiceId ? issuedTotals.get(invoice.invoiceId) : undefined;
    return issued
      ? {
          ...invoice,
          totalExclTaxCents: issued.totalExclTaxCents,
          totalTaxCents: issued.totalTaxCents,
          totalInclTaxCents: issued.totalInclTaxCents,
        }
      : invoice;
  });
  return { periodLabel: period.label, items: withStatus, invoices };
}
