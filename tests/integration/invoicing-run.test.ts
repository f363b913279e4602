// The invoice run: share instalments per schedule, membership fees, overage at period close; a run
// interrupted midway and run again creates only what is missing, two racing runs give one invoice
// and one email per item.
import { beforeAll, describe, expect, it } from "vitest";
import { ensureRunDrafts, executeInvoiceRun } from "../../app/domain/invoicing/invoice-run.server";
import { planInvoiceRun } from "../../app/domain/invoicing/invoice-run-plan.server";
import { closePeriod } from "../../app/domain/ledger/period-close.server";
import { overageAmountCents } from "../../app/domain/ledger/period-close";
import { action as runAction, loader as runLoader } from "../../app/routes/factures.campagne";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";
import { treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const tenant of [tenants.a, tenants.b]) {
    // One subscription per schedule: quarterly (seed), monthly, annual (seed).
    await db().subscription.updateMany({
      where: { associationId: tenant.associationId, memberId: tenant.memberIds[1] },
      data: { billingSchedule: "MONTHLY" },
    });
  }
});

async function runInvoices(associationId: string) {
  return db().invoice.findMany({ where: { associationId, runKey: { not: null } }, include: { lines: true } });
}

describe("planning a run", () => {
  it("lists instalments due by the date, with amounts summing to the price, and one fee per active member", async () => {
    const { a } = tenants;
    const { items } = await planInvoiceRun(treasurerOf(a), a.periodId, "2026-11-23");
    const shares = items.filter((item) => item.kind === "SHARES");
    const subscriptions = await db().subscription.findMany({ where: { associationId: a.associationId } });
    const quarterly = subscriptions.find((subscription) => subscription.billingSchedule === "QUARTERLY")!;
    const monthly = subscriptions.find((subscription) => subscription.billingSchedule === "MONTHLY")!;
    expect(shares.filter((item) => item.subscriptionId === quarterly.id)).toHaveLength(4);
    expect(shares.filter((item) => item.subscriptionId === monthly.id)).toHaveLength(11); // December is not due yet
    const all = await planInvoiceRun(treasurerOf(a), a.periodId, "2026-12-31");
    for (const subscription of subscriptions) {
      const sum = all.items
        .filter((item) => item.subscriptionId === subscription.id)
        .reduce((total, item) => total + item.amountCents, 0);
      expect(sum).toBe(subscription.priceCents);
    }
    expect(items.filter((item) => item.kind === "MEMBERSHIP_FEE")).toHaveLength(3);
    expect(items.filter((item) => item.kind === "OVERAGE")).toHaveLength(0); // the period is open
    expect(items.every((item) => item.status === "new")).toBe(true);
  });
});

describe("an interrupted run", () => {
  it("creates only what is missing and issues only what is not issued, one invoice per member", async () => {
    const { a } = tenants;
    const user = treasurerOf(a);
    const { items, invoices } = await planInvoiceRun(user, a.periodId, "2026-11-23");
    // One invoice per member: the instalments and the fee due together go on one invoice.
    expect(invoices).toHaveLength(3);
    expect(new Set(invoices.map((invoice) => invoice.memberId)).size).toBe(3);
    expect(invoices.reduce((count, invoice) => count + invoice.items.length, 0)).toBe(items.length);
    // The process died after creating some of the drafts (and issuing none of them).
    await ensureRunDrafts(user, a.periodId, invoices.slice(0, 2));
    expect(await db().invoice.count({ where: { associationId: a.associationId, runKey: { not: null } } })).toBe(2);

    const outcome = await executeInvoiceRun(user, a.periodId, "2026-11-23", { now: NOW });
    expect(outcome).toEqual({ issued: invoices.length, alreadyIssued: 0, failures: [] });
    const again = await executeInvoiceRun(user, a.periodId, "2026-11-23", { now: NOW });
    expect(again).toEqual({ issued: 0, alreadyIssued: invoices.length, failures: [] });
    expect((await planInvoiceRun(user, a.periodId, "2026-11-23")).items.every((item) => item.status === "issued")).toBe(
      true,
    );

    const issued = await runInvoices(a.associationId);
    expect(issued).toHaveLength(invoices.length);
    expect(issued.every((invoice) => invoice.status === "ISSUED")).toBe(true);
    expect(issued.map((invoice) => invoice.sequence).sort((x, y) => x! - y!)).toEqual(
      invoices.map((_, index) => index + 1),
    );
    for (const invoice of issued) {
      expect(invoice.totalInclTaxCents).toBe(
        invoices.find((planned) => planned.runKey === invoice.runKey)!.totalInclTaxCents,
      );
      expect(await db().outboxJob.count({ where: { dedupeKey: `invoice-email:${invoice.id}` } })).toBe(1);
    }
  });
});

describe("two concurrent runs", () => {
  it("give one invoice and one email per member", async () => {
    const { b } = tenants;
    const user = treasurerOf(b);
    const { invoices } = await planInvoiceRun(user, b.periodId, "2026-11-23");
    const outcomes = await Promise.all([
      executeInvoiceRun(user, b.periodId, "2026-11-23", { now: NOW }),
      executeInvoiceRun(user, b.periodId, "2026-11-23", { now: NOW }),
    ]);
    expect(outcomes[0].issued + outcomes[1].issued).toBe(invoices.length);
    const issued = await runInvoices(b.associationId);
    expect(issued).toHaveLength(invoices.length);
    expect(await db().outboxJob.count({ where: { associationId: b.associationId, kind: "invoice-email" } })).toBe(
      invoices.length,
    );
    expect(issued.map((invoice) => invoice.sequence).sort((x, y) => x! - y!)).toEqual(
      invoices.map((_, index) => index + 1),
    );
  });
});

describe("two concurrent runs with different plans", () => {
  it("invoice each item once, the later run leaving out what the earlier one claimed", async () => {
    const { b } = tenants;
    const user = treasurerOf(b);
    // A new member: its January plan groups {Q1, fee}, its November plan {Q1…Q4, fee}, under two invoice keys.
    const member = await db().member.create({
      data: {
        associationId: b.associationId,
        name: "Structure des deux campagnes",
        addressLine1: "3 rue Haute",
        postalCode: "26150",
        city: "Die",
        billingEmail: "deux@b.test",
      },
    });
    await db().subscription.create({
      data: {
        associationId: b.associationId,
        memberId: member.id,
        periodId: b.periodId,
        shareHalves: 2,
        priceCents: 200_000,
        billingSchedule: "QUARTERLY",
        startDate: new Date("2026-01-01T00:00:00Z"),
        endDate: new Date("2026-12-31T00:00:00Z"),
      },
    });
    // Both treasurers previewed before either run wrote anything; then both runs make their drafts at once.
    const plans = await Promise.all(["2026-01-31", "2026-11-23"].map((date) => planInvoiceRun(user, b.periodId, date)));
    const mine = plans.map((plan) => plan.invoices.filter((invoice) => invoice.memberId === member.id));
    expect(mine.map((invoices) => invoices.map((invoice) => invoice.items.length))).toEqual([[2], [5]]);
    const drafts = await Promise.allSettled(mine.map((invoices) => ensureRunDrafts(user, b.periodId, invoices)));
    expect(drafts.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
    const outcome = await executeInvoiceRun(user, b.periodId, "2026-11-23", { now: NOW });
    expect(outcome.failures).toEqual([]);
    const invoices = await db().invoice.findMany({ where: { memberId: member.id }, include: { runItems: true } });
    expect(invoices.every((invoice) => invoice.status === "ISSUED")).toBe(true);
    const keys = invoices.flatMap((invoice) => invoice.runItems.map((item) => item.runKey)).sort();
    expect(keys).toHaveLength(5);
    expect(new Set(keys).size).toBe(5);
    const { membershipFeeCents } = await db().association.findUniqueOrThrow({
      where: { id: b.associationId },
      select: { membershipFeeCents: true },
    });
    expect(invoices.reduce((sum, invoice) => sum + invoice.totalInclTaxCents, 0)).toBe(200_000 + membershipFeeCents);
  });
});

describe("overage at period close", () => {
  it("bills each overdrawn subscription, one line per intervention, lines summing to the total", async () => {
    const { a } = tenants;
    const subscription = await db().subscription.findFirstOrThrow({
      where: { associationId: a.associationId, memberId: a.memberIds[2] },
    });
    const granted = (
      await db().ledgerMovement.aggregate({ where: { subscriptionId: subscription.id }, _sum: { minutes: true } })
    )._sum.minutes!;
    const intervention = await db().intervention.create({
      data: {
        associationId: a.associationId,
        memberId: a.memberIds[2],
        technicianId: a.technicianId,
        title: "Migration <du> serveur & sauvegardes",
        localDate: new Date("2026-10-07T00:00:00Z"),
        startsAt: new Date("2026-10-07T07:00:00Z"),
        endsAt: new Date("2026-10-07T15:00:00Z"),
        plannedMinutes: 480,
        status: "DONE",
      },
    });
    await db().ledgerMovement.create({
      data: {
        associationId: a.associationId,
        subscriptionId: subscription.id,
        memberId: a.memberIds[2],
        periodId: a.periodId,
        kind: "CONSUMPTION",
        minutes: -(granted + 500),
        occurredOn: new Date("2026-10-07T00:00:00Z"),
        interventionId: intervention.id,
        idempotencyKey: "test-overage",
      },
    });
    await closePeriod(a.associationId, a.periodId, a.users.admin.id);

    const { items } = await planInvoiceRun(treasurerOf(a), a.periodId, "2026-12-31");
    const overage = items.find((item) => item.kind === "OVERAGE")!;
    expect(overage.runKey).toBe(`overage:${subscription.id}`);
    const association = await db().association.findUniqueOrThrow({ where: { id: a.associationId } });
    expect(overage.amountCents).toBe(
      overageAmountCents(500, association.overageDayRateCents, association.minutesPerDay),
    );
    expect(overage.lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(overage.amountCents);
    expect(
      overage.lines.some(
        (line) =>
          line.description.includes("Migration <du> serveur & sauvegardes") && line.interventionId === intervention.id,
      ),
    ).toBe(true);

    // Through the page: preview (GET), then one POST issues everything not issued yet.
    const cookie = await sessionCookieFor(a.users.treasurer.email);
    const preview = (await (
      await respond(() =>
        runLoader({
          request: getRequest(`/factures/campagne?periode=${a.periodId}&jusquau=2026-12-31`, cookie),
          params: {},
          context: {},
        }),
      )
    ).json()) as { plan: { items: { status: string }[] } };
    expect(preview.plan.items.filter((item) => item.status === "new").length).toBeGreaterThan(0);
    const preview2 = await planInvoiceRun(treasurerOf(a), a.periodId, "2026-12-31");
    const pending = preview2.invoices.filter((invoice) => invoice.status !== "issued").length;
    // Without the confirmation step, or with a count that is no longer true, nothing is issued.
    for (const fields of [{}, { confirmedCount: String(pending + 1) }] as Record<string, string>[]) {
      const refused = await respond(() =>
        runAction({
          request: postRequest(
            "/factures/campagne",
            { periodId: a.periodId, dueUpTo: "2026-12-31", ...fields },
            cookie,
          ),
          params: {},
          context: {},
        }),
      );
      expect(refused.status).toBeGreaterThanOrEqual(400);
    }
    expect(
      (await planInvoiceRun(treasurerOf(a), a.periodId, "2026-12-31")).invoices.filter(
        (invoice) => invoice.status !== "issued",
      ),
    ).toHaveLength(pending);
    const response = await respond(() =>
      runAction({
        request: postRequest(
          "/factures/campagne",
          { periodId: a.periodId, dueUpTo: "2026-12-31", confirmedCount: String(pending) },
          cookie,
        ),
        params: {},
        context: {},
      }),
    );
    expect(response.status).toBe(302);
    const runItem = await db().invoiceRunItem.findFirstOrThrow({
      where: { associationId: a.associationId, runKey: `overage:${subscription.id}` },
    });
    const issued = await db().invoice.findFirstOrThrow({ where: { id: runItem.invoiceId }, include: { lines: true } });
    expect(issued.status).toBe("ISSUED");
    expect(issued.kind).toBe("OVERAGE"); // nothing else fell due for this member: the overage is alone
    expect(issued.totalInclTaxCents).toBe(overage.amountCents);
    expect(issued.lines.reduce((sum, line) => sum + line.lineTotalExclTaxCents, 0)).toBe(overage.amountCents);
    const bad = await respond(() =>
      runAction({
        request: postRequest("/factures/campagne", { periodId: a.periodId, dueUpTo: "demain" }, cookie),
        params: {},
        context: {},
      }),
    );
    expect(bad.status).toBe(400);
  });
});
