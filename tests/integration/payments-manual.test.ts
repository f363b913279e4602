// Payments recorded by the treasurer: partial, overpayment → credit, several invoices, oldest first
// by default; deletion with a reason (audit log, balances reopen); refusals write nothing; the
// unpaid-invoices view with its ageing buckets; no payment button without Stripe keys.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, type IsoDate } from "../../app/domain/calendar/local-date";
import { localDateOf, zonedLocalTimeToInstant } from "../../app/domain/calendar/zoned-time";
import { invoiceDetail } from "../../app/domain/invoicing/invoice-queries.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { enqueueDueReminders } from "../../app/domain/invoicing/reminders.server";
import { action as deleteAction, loader as paymentLoader } from "../../app/routes/paiements.$paymentId";
import { loader as paymentsLoader } from "../../app/routes/paiements._index";
import { loader as unpaidLoader } from "../../app/routes/paiements.impayes";
import { action as newPaymentAction, loader as newPaymentLoader } from "../../app/routes/paiements.nouveau";
import { loader as memberInvoiceLoader } from "../../app/routes/espace-membre.factures.$invoiceId";
import { loader as paymentsCsvLoader } from "../../app/routes/exports.paiements[.]csv";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";
import { createTestDraft, treasurerOf } from "../support/invoicing";

// Every date is relative to the association's real "today" (Europe/Paris): invoice states
// (issued, overdue…) are derived from the real clock, so fixed dates would rot.
const TIME_ZONE = "Europe/Paris";
const today = localDateOf(new Date(), TIME_ZONE);
const daysAgo = (days: number): IsoDate => addDays(today, -days);
/** 10:00 in Paris, `days` days before today. */
const morningDaysAgo = (days: number) => zonedLocalTimeToInstant(daysAgo(days), "10:00", TIME_ZONE);
/** How the CSV export writes a date: 15/11/2026. */
const frenchDate = (date: IsoDate) => date.split("-").reverse().join("/");
// Issued 150 days ago with a 30-day term: overdue for 120 days, well past the 60-day bucket.
const LONG_AGO = 150;
// Issued at most 29 days ago: with the 30-day term, not due yet.
const RECENTLY = 22;

let tenants: TwoTenants;
let cookie: string;
// Issued first: issue dates never go backwards, so the long-ago invoices come before any other.
let lateInvoice: { id: string };
let remindedInvoice: { id: string };

beforeAll(async () => {
  tenants = await seedTwoTenants(today);
  cookie = await sessionCookieFor(tenants.a.users.treasurer.email);
  lateInvoice = await issued(0, 4_200, LONG_AGO);
  remindedInvoice = await issued(0, 3_000, LONG_AGO);
});

async function issued(memberIndex: number, unitPriceCents: number, issuedDaysAgo = RECENTLY) {
  const { a } = tenants;
  const draft = await createTestDraft(a, {
    memberId: a.memberIds[memberIndex],
    lines: [{ description: "Parts", unitPriceCents }],
  });
  return (await issueInvoice(treasurerOf(a), draft.id, { now: morningDaysAgo(issuedDaysAgo) })).invoice;
}

const reader = () => ({
  associationId: tenants.a.associationId,
  role: "treasurer" as const,
  memberId: null,
  timeZone: "Europe/Paris",
});
const detail = (invoiceId: string) => invoiceDetail(reader(), invoiceId);

function record(fields: Record<string, string>) {
  return respond(() =>
    newPaymentAction({ request: postRequest("/paiements/nouveau", fields, cookie), params: {}, context: {} }),
  );
}

const paymentIdOf = (response: Response) => response.headers.get("Location")!.split("/").at(-1)!;

async function creditOf(memberIndex: number) {
  const response = await respond(() =>
    newPaymentLoader({
      request: getRequest(`/paiements/nouveau?structure=${tenants.a.memberIds[memberIndex]}`, cookie),
      params: {},
      context: {},
    }),
  );
  return ((await response.json()) as { creditCents: number }).creditCents;
}

describe("recording a payment", () => {
  it("records a partial payment: the invoice is partly paid", async () => {
    const invoice = await issued(1, 20_000);
    const response = await record({
      memberId: tenants.a.memberIds[1],
      method: "CHEQUE",
      receivedOn: daysAgo(13),
      amount: "50,00",
      reference: "Chèque 1234567",
    });
    expect(response.status).toBe(302);
    const payment = await db().payment.findUniqueOrThrow({
      where: { id: paymentIdOf(response) },
      include: { allocations: true },
    });
    expect(payment).toMatchObject({
      method: "CHEQUE",
      status: "SUCCEEDED",
      amountCents: 5_000,
      reference: "Chèque 1234567",
      createdById: tenants.a.users.treasurer.id,
    });
    expect(payment.allocations).toMatchObject([{ invoiceId: invoice.id, amountCents: 5_000 }]);
    expect((await detail(invoice.id)).state).toBe("partlyPaid");
    expect((await detail(invoice.id)).openBalanceCents).toBe(15_000);
    expect(await db().auditLog.count({ where: { entityId: payment.id, action: "payment.record" } })).toBe(1);
  });

  it("allocates oldest first by default, and keeps an overpayment as a credit", async () => {
    const older = await issued(2, 10_000, 28);
    const newer = await issued(2, 8_000, 25);
    const count = await db().payment.count();
    const response = await record({
      memberId: tenants.a.memberIds[2],
      method: "BANK_TRANSFER",
      receivedOn: daysAgo(11),
      amount: "200",
      reference: "VIR ASSO",
    });
    expect(response.status).toBe(302);
    expect(await db().payment.count()).toBe(count + 1);
    expect((await detail(older.id)).state).toBe("paid");
    expect((await detail(newer.id)).state).toBe("paid");
    expect(await creditOf(2)).toBe(2_000);
    const page = await respond(() =>
      paymentLoader({ request: getRequest("/", cookie), params: { paymentId: paymentIdOf(response) }, context: {} }),
    );
    expect(((await page.json()) as { payment: { unallocatedCents: number } }).payment.unallocatedCents).toBe(2_000);
  });

  it("spreads one payment over several invoices as the treasurer typed it", async () => {
    const first = await issued(1, 30_000, 20);
    const second = await issued(1, 40_000, 18);
    const response = await record({
      memberId: tenants.a.memberIds[1],
      method: "DIRECT_DEBIT",
      receivedOn: daysAgo(8),
      amount: "500,00",
      "allocations[0].invoiceId": first.id,
      "allocations[0].amount": "100",
      "allocations[1].invoiceId": second.id,
      "allocations[1].amount": "400,00",
    });
    expect(response.status).toBe(302);
    expect((await detail(first.id)).openBalanceCents).toBe(20_000);
    expect((await detail(first.id)).state).toBe("partlyPaid");
    expect((await detail(second.id)).state).toBe("paid");
  });

  it("refuses bad input with 400 and writes nothing", async () => {
    const invoice = await issued(1, 10_000);
    const other = await issued(2, 10_000);
    const before = {
      payments: await db().payment.count(),
      allocations: await db().paymentAllocation.count(),
      audits: await db().auditLog.count(),
    };
    const base = { memberId: tenants.a.memberIds[1], method: "BANK_TRANSFER", receivedOn: daysAgo(8), amount: "100" };
    const cases: Record<string, string>[] = [
      { ...base, amount: "cent euros" },
      { ...base, amount: "0" },
      { ...base, amount: "12,345" },
      { ...base, receivedOn: "2026-02-30" },
      { ...base, receivedOn: addDays(today, 1) }, // not received yet
      { ...base, method: "STRIPE_CARD" },
      { ...base, memberId: "" },
      { ...base, memberId: tenants.b.memberIds[0] },
      { ...base, "allocations[0].invoiceId": invoice.id, "allocations[0].amount": "100,01" }, // more than the amount
      { ...base, amount: "200", "allocations[0].invoiceId": invoice.id, "allocations[0].amount": "100,01" }, // more than the balance
      { ...base, "allocations[0].invoiceId": other.id, "allocations[0].amount": "10" }, // another member's invoice
      { ...base, "allocations[0].invoiceId": invoice.id, "allocations[0].amount": "dix" },
    ];
    for (const fields of cases) {
      const response = await record(fields);
      expect(response.status, JSON.stringify(fields)).toBe(400);
    }
    expect({
      payments: await db().payment.count(),
      allocations: await db().paymentAllocation.count(),
      audits: await db().auditLog.count(),
    }).toEqual(before);
  });
});

describe("deleting a payment", () => {
  it("needs a reason, soft-deletes with an audit entry, and reopens the balance", async () => {
    const invoice = await issued(0, 7_500);
    const recorded = await record({
      memberId: tenants.a.memberIds[0],
      method: "BANK_TRANSFER",
      receivedOn: daysAgo(7),
      amount: "75",
      "allocations[0].invoiceId": invoice.id,
      "allocations[0].amount": "75",
    });
    const paymentId = paymentIdOf(recorded);
    expect((await detail(invoice.id)).state).toBe("paid");

    const refused = await respond(() =>
      deleteAction({ request: postRequest("/", { reason: "" }, cookie), params: { paymentId }, context: {} }),
    );
    expect(refused.status).toBe(400);
    expect((await db().payment.findUniqueOrThrow({ where: { id: paymentId } })).deletedAt).toBeNull();

    const deleted = await respond(() =>
      deleteAction({
        request: postRequest("/", { reason: "Virement saisi deux fois" }, cookie),
        params: { paymentId },
        context: {},
      }),
    );
    expect(deleted.status).toBe(302);
    const payment = await db().payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.deletedAt).not.toBeNull();
    expect(payment.deletedReason).toBe("Virement saisi deux fois");
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: paymentId, action: "payment.delete" } });
    expect(audit).toMatchObject({
      actorUserId: tenants.a.users.treasurer.id,
      reason: "Virement saisi deux fois",
      entityType: "Payment",
    });
    expect((await detail(invoice.id)).state).toBe("issued");
    expect((await detail(invoice.id)).openBalanceCents).toBe(7_500);

    const again = await respond(() =>
      deleteAction({ request: postRequest("/", { reason: "Encore" }, cookie), params: { paymentId }, context: {} }),
    );
    expect(again.status).toBe(409);
    // Listed only when asked for.
    const listed = async (query: string) =>
      (
        (await (
          await respond(() =>
            paymentsLoader({ request: getRequest(`/paiements${query}`, cookie), params: {}, context: {} }),
          )
        ).json()) as { rows: { id: string }[] }
      ).rows.map((row) => row.id);
    expect(await listed("")).not.toContain(paymentId);
    expect(await listed("?supprimes=1")).toContain(paymentId);
  });
});

describe("lists and reminders", () => {
  it("filters payments by member and method", async () => {
    const response = await respond(() =>
      paymentsLoader({
        request: getRequest(`/paiements?structure=${tenants.a.memberIds[1]}&moyen=CHEQUE`, cookie),
        params: {},
        context: {},
      }),
    );
    const { rows } = (await response.json()) as { rows: { method: string; memberName: string }[] };
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.method === "CHEQUE")).toBe(true);
  });

  it("exports the recorded payments, deleted ones left out", async () => {
    const response = await respond(() =>
      paymentsCsvLoader({
        request: getRequest(`/exports/paiements.csv?du=${daysAgo(LONG_AGO)}&au=${today}`, cookie),
        params: {},
        context: {},
      }),
    );
    const csv = await response.text();
    expect(csv).toContain("Chèque 1234567");
    expect(csv).toContain("VIR ASSO");
    expect(csv).toContain(frenchDate(daysAgo(8))); // the multi-invoice direct debit
    expect(csv).not.toContain(frenchDate(daysAgo(7))); // the deleted transfer, the only payment of that day
  });

  it("shows unpaid invoices with ageing buckets and totals", async () => {
    // Issued long ago, due 30 days later: well over 60 days late by now.
    const late = lateInvoice;
    const response = await respond(() =>
      unpaidLoader({ request: getRequest("/paiements/impayes", cookie), params: {}, context: {} }),
    );
    const body = (await response.json()) as {
      rows: { id: string; bucket: string; openBalanceCents: number }[];
      totals: Record<string, { count: number; cents: number }>;
      totalCents: number;
    };
    expect(body.rows.find((row) => row.id === late.id)).toMatchObject({ bucket: "over60", openBalanceCents: 4_200 });
    const sum = Object.values(body.totals).reduce((total, bucket) => total + bucket.cents, 0);
    expect(sum).toBe(body.totalCents);
    expect(body.rows.every((row) => row.openBalanceCents > 0)).toBe(true);
  });

  it("sends no reminder for a paid invoice", async () => {
    const invoice = remindedInvoice;
    await record({
      memberId: tenants.a.memberIds[0],
      method: "BANK_TRANSFER",
      receivedOn: daysAgo(LONG_AGO - 15),
      amount: "30",
      "allocations[0].invoiceId": invoice.id,
      "allocations[0].amount": "30",
    });
    // 25 days past the due date: the first reminder is due for the unpaid long-ago invoice only.
    expect(await enqueueDueReminders(tenants.a.associationId, daysAgo(LONG_AGO - 30 - 25))).toBeGreaterThan(0);
    expect(await db().reminderInvoice.count({ where: { invoiceId: lateInvoice.id } })).toBe(1);
    expect(await db().reminderInvoice.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });
});

describe("without Stripe keys", () => {
  it("shows the member's invoice with no payment button", async () => {
    const invoice = await issued(0, 1_000);
    const memberCookie = await sessionCookieFor(tenants.a.users.member.email);
    const response = await respond(() =>
      memberInvoiceLoader({ request: getRequest("/", memberCookie), params: { invoiceId: invoice.id }, context: {} }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { canPayOnline: boolean }).canPayOnline).toBe(false);
  });
});
