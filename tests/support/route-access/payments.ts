import { issueInvoice } from "../../../app/domain/invoicing/invoice-issuance.server";
import { db } from "../../../app/utils/db.server";
import type { SeededAssociation } from "../../../prisma/seed";
import type { TwoTenants } from "../fixtures";
import { createTestDraft, treasurerOf } from "../invoicing";
import type { RouteSpec } from "../route-access";

const staffPayments = ["admin", "treasurer"] as const;

// Issued invoices and payments made on demand (the fixture has none), once per tenant and member.
const made = new Map<string, Promise<string>>();
function once(key: string, make: () => Promise<string>) {
  if (!made.has(key)) made.set(key, make());
  return made.get(key)!;
}

const issuedInvoiceOf = (tenant: SeededAssociation, memberId: string) =>
  once(`invoice:${tenant.associationId}:${memberId}`, async () => {
    const draft = await createTestDraft(tenant, {
      memberId,
      lines: [{ description: "Parts (paiement)", unitPriceCents: 9_000 }],
    });
    return (await issueInvoice(treasurerOf(tenant), draft.id)).invoice.id;
  });

const paymentOf = (tenant: SeededAssociation) =>
  once(`payment:${tenant.associationId}`, async () => {
    const payment = await db().payment.create({
      data: {
        associationId: tenant.associationId,
        memberId: tenant.memberIds[0],
        method: "CHEQUE",
        amountCents: 1_000,
        receivedOn: new Date("2026-11-02T00:00:00Z"),
        reference: "Chèque 1",
      },
    });
    return payment.id;
  });

/** Payments: paying online, the Stripe webhook, manual payments, unpaid invoices. */
export const paymentsRoutes: Record<string, RouteSpec> = {
  "espace-membre.factures.$invoiceId.tsx": {
    kind: "protected",
    loader: ["member"],
    action: ["member"],
    foreignParams: async ({ b }: TwoTenants) => ({ invoiceId: await issuedInvoiceOf(b, b.memberIds[0]) }),
    // The member user of tenant a belongs to memberIds[0]; memberIds[1] is another organisation.
    otherMemberParams: async ({ a }: TwoTenants) => ({ invoiceId: await issuedInvoiceOf(a, a.memberIds[1]) }),
  },
  // Public: Stripe proves itself by signing the body (tests/integration/payments-stripe.test.ts).
  "webhooks.stripe.ts": { kind: "public" },
  "paiements._index.tsx": { kind: "protected", loader: [...staffPayments] },
  "paiements.nouveau.tsx": { kind: "protected", loader: [...staffPayments], action: [...staffPayments] },
  "paiements.impayes.tsx": { kind: "protected", loader: [...staffPayments] },
  "paiements.$paymentId.tsx": {
    kind: "protected",
    loader: [...staffPayments],
    action: [...staffPayments],
    foreignParams: async ({ b }: TwoTenants) => ({ paymentId: await paymentOf(b) }),
  },
};
