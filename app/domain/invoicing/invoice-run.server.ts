// The invoice run (campagne de facturation) of a period: it creates and issues what
// invoice-run-plan.server.ts plans (share instalments, fees, overage). Each invoice it would create has a
// deterministic runKey, unique per association, so a run interrupted midway (process killed) or two
// runs racing create each draft once (INSERT … ON CONFLICT DO NOTHING) and issue each draft once
// (the issuance locks the draft and returns it unchanged when already issued).

import crypto from "node:crypto";

import { localDateOf } from "~/domain/calendar/zoned-time";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

import {
  blockedIssuance,
  buyerBlockersOf,
  issueInvoice,
  publicReferencesOf,
  type IssueOptions,
} from "./invoice-issuance.server";
import { groupRunItems, type RunInvoice } from "./invoice-run-groups";
import { DomainError } from "~/domain/domain-error";
import { sellerIssuanceBlockers } from "./issued-invoice-view";

import { planInvoiceRun } from "./invoice-run-plan.server";
import { dateColumn } from "~/domain/calendar/date-columns";

type Staff = Pick<CurrentUser, "id" | "associationId">;

/**
 * Creates the drafts of these invoices once, in one transaction per batch: INSERT … ON CONFLICT DO
 * NOTHING on (associationId, runKey) returns only the rows this call inserted, and only those get their
 * lines and run items, so a racing or repeated run skips what exists. A crash mid-batch rolls the batch
 * back whole. Returns the ids of the drafts this call created.
 */
export async function ensureRunDrafts(
  user: Staff,
  periodId: string,
  invoices: readonly RunInvoice[],
): Promise<Map<string, string>> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { vatRegime: true },
  });
  const created = new Map<string, string>();
  for (let start = 0; start < invoices.length; start += DRAFT_BATCH) {
    await db().$transaction(async (tx) => {
      // Runs of one association take turns here. Two runs with different plans (another date, say)
      // group the same items into invoices with different keys: the later one must see what the
      // earlier one claimed and leave those items out, not fail on their unique run key.
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`invoice-run:${user.associationId}`}))`;
      const wanted = invoices.slice(start, start + DRAFT_BATCH);
      const claimed = new Set(
        (
          await tx.invoiceRunItem.findMany({
            where: {
              associationId: user.associationId,
              runKey: { in: wanted.flatMap((invoice) => invoice.items.map((item) => item.runKey)) },
            },
            select: { runKey: true },
          })
        ).map((row) => row.runKey),
      );
      const batch = wanted
        .flatMap((invoice) =>
          invoice.items.some((item) => claimed.has(item.runKey))
            ? groupRunItems(
                invoice.items.filter((item) => !claimed.has(item.runKey)),
                association.vatRegime,
              )
            : [invoice],
        )
        .map((invoice) => ({ invoice, id: crypto.randomUUID() }));
      const inserted = await tx.invoice.createManyAndReturn({
        data: batch.map(({ invoice, id }) => ({
          id,
          associationId: user.associationId,
          memberId: invoice.memberId,
          kind: invoice.kind,
          vatRegime: association.vatRegime,
          periodId,
          subscriptionId: invoice.subscriptionId,
          runKey: invoice.runKey,
          serviceStart: dateColumn(invoice.serviceStart),
          serviceEnd: dateColumn(invoice.serviceEnd),
        })),
        skipDuplicates: true,
        select: { id: true },
      });
      const insertedIds = new Set(inserted.map((row) => row.id));
      const mine = batch.filter(({ id }) => insertedIds.has(id));
      await tx.invoiceLine.createMany({
        data: mine.flatMap(({ invoice, id }) =>
          invoice.lines.map((line, index) => ({
            associationId: user.associationId,
            invoiceId: id,
            position: index + 1,
            description: line.description,
            quantityThousandths: 1000,
            unit: "C62",
            unitPriceCents: line.amountCents,
            vatBasisPoints: line.vatBasisPoints,
            vatTreatment: line.vatTreatment,
            interventionId: line.interventionId,
          })),
        ),
      });
      await tx.invoiceRunItem.createMany({
        data: mine.flatMap(({ invoice, id }) =>
          invoice.items.map((item) => ({ associationId: user.associationId, invoiceId: id, runKey: item.runKey })),
        ),
      });
      for (const { invoice, id } of mine) created.set(invoice.runKey, id);
    });
  }
  return created;
}

const DRAFT_BATCH = 200;

/** A member the run could not invoice, and why; `memberName` is null when the association's settings block. */
export type RunFailure = { memberName: string | null; refusal: DomainError };
export type RunOutcome = { issued: number; alreadyIssued: number; failures: RunFailure[] };

/**
 * Issues the run's invoices: what the association lacks stops the whole run before anything is
 * written; a member whose record is incomplete is skipped (no draft is left for them) and listed with
 * a link to their record; a draft this run created and could not issue is removed again, so a failed
 * run leaves no half-made drafts behind. Drafts of an earlier, interrupted run are issued as they are.
 */
export async function executeInvoiceRun(
  user: Staff,
  periodId: string,
  dueUpTo: string,
  options: IssueOptions = {},
): Promise<RunOutcome> {
  const { invoices } = await planInvoiceRun(user, periodId, dueUpTo);
  const outcome: RunOutcome = {
    issued: 0,
    alreadyIssued: invoices.filter((invoice) => invoice.status === "issued").length,
    failures: [],
  };
  const pending = invoices.filter((invoice) => invoice.status !== "issued");
  if (pending.length === 0) return outcome;

  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { siret: true, vatNumber: true, iban: true, vatRegime: true, timeZone: true },
  });
  const sellerBlockers = sellerIssuanceBlockers(association, association.vatRegime);
  if (sellerBlockers.length > 0) {
    outcome.failures.push({ memberName: null, refusal: blockedIssuance(sellerBlockers, null) });
    return outcome;
  }
  // Every member's identity and e-invoicing profile are checked before any draft is made: a member
  // the issuance would refuse is listed with the page where it is fixed, and gets no draft.
  const memberIds = [...new Set(pending.map((invoice) => invoice.memberId))];
  const members = await db().member.findMany({
    where: { associationId: user.associationId, id: { in: memberIds } },
    select: {
      id: true,
      name: true,
      siren: true,
      siret: true,
      addressLine1: true,
      postalCode: true,
      city: true,
      isProfessional: true,
      buyerKind: true,
      routingAddress: true,
      billingEmail: true,
    },
  });
  const year = Number(localDateOf(options.now ?? new Date(), association.timeZone).slice(0, 4));
  const references = await db().memberPublicReference.findMany({
    where: { associationId: user.associationId, memberId: { in: memberIds }, year },
  });
  const referenceOf = new Map(references.map((reference) => [reference.memberId, publicReferencesOf(reference)]));
  const blockedMembers = new Set<string>();
  for (const member of members) {
    const { blockers, link } = buyerBlockersOf(member, referenceOf.get(member.id) ?? null, year);
    if (blockers.length === 0) continue;
    blockedMembers.add(member.id);
    outcome.failures.push({ memberName: member.name, refusal: blockedIssuance(blockers, link) });
  }

  const toCreate = pending.filter((invoice) => invoice.status === "new" && !blockedMembers.has(invoice.memberId));
  const created = await ensureRunDrafts(user, periodId, toCreate);
  const createdNow = new Set(created.values());
  // A racing run may have created some of these drafts: they are found by their run key, and issued once.
  const raced = await db().invoice.findMany({
    where: {
      associationId: user.associationId,
      status: "DRAFT",
      runKey: { in: toCreate.filter((invoice) => !created.has(invoice.runKey)).map((invoice) => invoice.runKey) },
    },
    select: { id: true },
  });
  const earlierDrafts = pending
    .filter((invoice) => invoice.status === "draft" && !blockedMembers.has(invoice.memberId))
    .map((invoice) => invoice.invoiceId!);
  const draftIds = [...createdNow, ...raced.map((draft) => draft.id), ...earlierDrafts];
  // Named from the drafts themselves: a draft rebuilt around a racing run's claim has a key of its own.
  const names = new Map(
    (
      await db().invoice.findMany({
        where: { associationId: user.associationId, id: { in: draftIds } },
        select: { id: true, member: { select: { name: true } } },
      })
    ).map((draft) => [draft.id, draft.member.name]),
  );
  for (const draftId of new Set(draftIds)) {
    try {
      const { issuedNow } = await issueInvoice(user, draftId, options);
      if (issuedNow) outcome.issued += 1;
      else outcome.alreadyIssued += 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcome.failures.push({ memberName: names.get(draftId) ?? "", refusal: error });
      if (createdNow.has(draftId))
        await db().invoice.deleteMany({ where: { id: draftId, associationId: user.associationId, status: "DRAFT" } });
    }
  }
  return outcome;
}
