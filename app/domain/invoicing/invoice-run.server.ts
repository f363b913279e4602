// The invoice run (campagne de facturation) of a period: share instalments due up to a date,
// membership fees and, once the period is closed, overage. Each invoice it would create has a
// deterministic runKey, unique per association, so a run interrupted midway (process killed) or two
// runs racing create each draft once (INSERT … ON CONFLICT DO NOTHING) and issue each draft once
// (the issuance locks the draft and returns it unchanged when already issued).

import crypto from "node:crypto";
import { overageToBill } from "~/domain/ledger/ledger.server";
import { localDateOf } from "~/domain/time/zoned-time";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/scope.server";
import { instalmentsDueBy, subscriptionInstalments } from "./instalments";
import { issueInvoice, type IssueOptions } from "./invoice-issuance.server";
import { InvoicingError } from "./invoicing-error";
import { overageInvoiceLines } from "./overage-lines";

type Staff = Pick<CurrentUser, "id" | "associationId">;
type RunKind = "SHARES" | "MEMBERSHIP_FEE" | "OVERAGE";

export type RunLine = { description: string; amountCents: number; interventionId: string | null };

export type RunItem = {
  runKey: string;
  kind: RunKind;
  memberId: string;
  memberName: string;
  subscriptionId: string | null;
  serviceStart: string;
  serviceEnd: string;
  lines: RunLine[];
  amountCents: number;
  status: "new" | "draft" | "issued";
  invoiceId: string | null;
};

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const dateColumn = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const sharesText = (halves: number) => `${halves % 2 === 0 ? halves / 2 : `${(halves - 1) / 2},5`} part${halves > 2 ? "s" : ""}`;

export async function runContext(user: Staff) {
  const association = await db().association.findUniqueOrThrow({ where: { id: user.associationId }, select: { timeZone: true } });
  const periods = await db().period.findMany({ where: { associationId: user.associationId }, select: { id: true, label: true, status: true, startDate: true }, orderBy: { startDate: "desc" } });
  return { periods: periods.map((period) => ({ id: period.id, label: period.label, status: period.status })), today: localDateOf(new Date(), association.timeZone) };
}

/** Everything the run would invoice for the period, up to `dueUpTo`, with what already exists. */
export async function planInvoiceRun(user: Staff, periodId: string, dueUpTo: string): Promise<{ periodLabel: string; items: RunItem[] }> {
  const period = await db().period.findFirst({ where: { id: periodId, associationId: user.associationId } });
  if (!period) notFound("Période introuvable.");
  const association = await db().association.findUniqueOrThrow({ where: { id: user.associationId }, select: { membershipFeeCents: true } });
  const periodStart = isoOf(period.startDate);
  const periodEnd = isoOf(period.endDate);
  const items: Omit<RunItem, "status" | "invoiceId">[] = [];

  const subscriptions = await db().subscription.findMany({
    where: { associationId: user.associationId, periodId, status: "ACTIVE" },
    include: { member: { select: { name: true } } },
    orderBy: { member: { name: "asc" } },
  });
  for (const subscription of subscriptions) {
    const instalments = subscriptionInstalments({ priceCents: subscription.priceCents, schedule: subscription.billingSchedule, start: isoOf(subscription.startDate), end: isoOf(subscription.endDate), periodStart });
    for (const instalment of instalmentsDueBy(instalments, dueUpTo)) {
      const schedule = instalment.count > 1 ? ` — échéance ${instalment.index} sur ${instalment.count}` : "";
      items.push({
        runKey: `shares:${subscription.id}:${instalment.index}`,
        kind: "SHARES",
        memberId: subscription.memberId,
        memberName: subscription.member.name,
        subscriptionId: subscription.id,
        serviceStart: instalment.serviceStart,
        serviceEnd: instalment.serviceEnd,
        lines: [{ description: `Parts de maintenance informatique, période ${period.label} (${sharesText(subscription.shareHalves)})${schedule}`, amountCents: instalment.amountCents, interventionId: null }],
        amountCents: instalment.amountCents,
      });
    }
  }

  if (association.membershipFeeCents > 0 && periodStart <= dueUpTo) {
    const members = await db().member.findMany({ where: { associationId: user.associationId, status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
    for (const member of members) {
      items.push({
        runKey: `fee:${member.id}:${periodId}`,
        kind: "MEMBERSHIP_FEE",
        memberId: member.id,
        memberName: member.name,
        subscriptionId: null,
        serviceStart: periodStart,
        serviceEnd: periodEnd,
        lines: [{ description: `Cotisation annuelle, période ${period.label}`, amountCents: association.membershipFeeCents, interventionId: null }],
        amountCents: association.membershipFeeCents,
      });
    }
  }

  // Empty while the period is open: overage is billed on the period's closing invoice.
  const overages = (await overageToBill(user.associationId, periodId)).filter((overage) => overage.amountCents > 0);
  // One query for the consumptions of every overused subscription, not one per subscription.
  const consumptionRows = overages.length
    ? await db().ledgerMovement.findMany({
        where: { associationId: user.associationId, subscriptionId: { in: overages.map((overage) => overage.subscriptionId) }, kind: { in: ["CONSUMPTION", "POOLED_CONSUMPTION"] } },
        select: { subscriptionId: true, minutes: true, occurredOn: true, kind: true, interventionId: true, intervention: { select: { title: true } } },
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
        title: movement.intervention?.title ?? (movement.kind === "POOLED_CONSUMPTION" ? "Travail mutualisé" : "Intervention"),
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
      lines: lines.map((line) => ({ description: line.description, amountCents: line.amountCents, interventionId: line.interventionId })),
      amountCents: overage.amountCents,
    });
  }

  const existing = await db().invoice.findMany({
    where: { associationId: user.associationId, runKey: { in: items.map((item) => item.runKey) } },
    select: { id: true, runKey: true, status: true },
  });
  const byKey = new Map(existing.map((invoice) => [invoice.runKey, invoice]));
  return {
    periodLabel: period.label,
    items: items.map((item) => {
      const found = byKey.get(item.runKey);
      return { ...item, status: !found ? "new" : found.status === "DRAFT" ? "draft" : "issued", invoiceId: found?.id ?? null };
    }),
  };
}

/**
 * Creates the drafts of these items once, in one transaction per batch: INSERT … ON CONFLICT DO NOTHING
 * on (associationId, runKey) returns only the rows this call inserted, and only those get their lines,
 * so a racing or repeated run skips what exists. A crash mid-batch rolls the batch back whole.
 */
export async function ensureRunDrafts(user: Staff, periodId: string, items: readonly RunItem[]) {
  const association = await db().association.findUniqueOrThrow({ where: { id: user.associationId }, select: { vatRegime: true, standardVatBasisPoints: true } });
  const vatBasisPoints = association.vatRegime === "STANDARD" ? association.standardVatBasisPoints : 0;
  for (let start = 0; start < items.length; start += DRAFT_BATCH) {
    const batch = items.slice(start, start + DRAFT_BATCH).map((item) => ({ item, id: crypto.randomUUID() }));
    await db().$transaction(async (tx) => {
      const inserted = await tx.invoice.createManyAndReturn({
        data: batch.map(({ item, id }) => ({
          id,
          associationId: user.associationId,
          memberId: item.memberId,
          kind: item.kind,
          vatRegime: association.vatRegime,
          periodId,
          subscriptionId: item.subscriptionId,
          runKey: item.runKey,
          serviceStart: dateColumn(item.serviceStart),
          serviceEnd: dateColumn(item.serviceEnd),
        })),
        skipDuplicates: true,
        select: { id: true },
      });
      const insertedIds = new Set(inserted.map((row) => row.id));
      await tx.invoiceLine.createMany({
        data: batch
          .filter(({ id }) => insertedIds.has(id))
          .flatMap(({ item, id }) =>
            item.lines.map((line, index) => ({
              associationId: user.associationId,
              invoiceId: id,
              position: index + 1,
              description: line.description,
              quantityThousandths: 1000,
              unit: "C62",
              unitPriceCents: line.amountCents,
              vatBasisPoints,
              interventionId: line.interventionId,
            })),
          ),
      });
    });
  }
}

const DRAFT_BATCH = 200;

export type RunOutcome = { issued: number; alreadyIssued: number; failures: { memberName: string; error: string }[] };

/** Creates what is missing, then issues every draft of the run that is not issued yet. */
export async function executeInvoiceRun(user: Staff, periodId: string, dueUpTo: string, options: IssueOptions = {}): Promise<RunOutcome> {
  const { items } = await planInvoiceRun(user, periodId, dueUpTo);
  const outcome: RunOutcome = { issued: 0, alreadyIssued: 0, failures: [] };
  await ensureRunDrafts(user, periodId, items.filter((item) => item.status === "new"));
  const invoices = await db().invoice.findMany({
    where: { associationId: user.associationId, runKey: { in: items.map((item) => item.runKey) } },
    select: { id: true, runKey: true, status: true },
  });
  const byKey = new Map(invoices.map((invoice) => [invoice.runKey, invoice]));
  for (const item of items) {
    const invoice = byKey.get(item.runKey);
    if (!invoice) continue; // deleted by the treasurer between the two queries: the next run recreates it
    if (invoice.status !== "DRAFT") {
      outcome.alreadyIssued += 1;
      continue;
    }
    try {
      const { issuedNow } = await issueInvoice(user, invoice.id, options);
      if (issuedNow) outcome.issued += 1;
      else outcome.alreadyIssued += 1;
    } catch (error) {
      if (!(error instanceof InvoicingError)) throw error;
      outcome.failures.push({ memberName: item.memberName, error: error.message });
    }
  }
  return outcome;
}
