import { issueInvoice } from "../../../app/domain/invoicing/invoice-issuance.server";
import type { SeededAssociation } from "../../../prisma/seed";
import type { TwoTenants } from "../fixtures";
import { createTestDraft, treasurerOf } from "../invoicing";
import type { RouteSpec } from "../route-access";

const staffInvoicing = ["admin", "treasurer"] as const;

// Issued invoices made on demand (the fixture has none), once per tenant and member.
const issued = new Map<string, Promise<string>>();
function issuedInvoiceOf(tenant: SeededAssociation, memberId: string): Promise<string> {
  const key = `${tenant.associationId}:${memberId}`;
  if (!issued.has(key)) {
    issued.set(
      key,
      createTestDraft(tenant, { memberId }).then(
        async (draft) => (await issueInvoice(treasurerOf(tenant), draft.id)).invoice.id,
      ),
    );
  }
  return issued.get(key)!;
}

const foreignInvoice = async ({ b }: TwoTenants) => ({ invoiceId: await issuedInvoiceOf(b, b.memberIds[0]) });
// The member user of tenant a belongs to memberIds[0]; memberIds[1] is another organisation.
const otherMemberInvoice = async ({ a }: TwoTenants) => ({ invoiceId: await issuedInvoiceOf(a, a.memberIds[1]) });

/** Invoicing: invoices, drafts, credit notes, invoice runs, member invoices, accounting exports. */
export const invoicingRoutes: Record<string, RouteSpec> = {
  "factures._index.tsx": { kind: "protected", loader: [...staffInvoicing] },
  "factures.nouvelle.tsx": { kind: "protected", loader: [...staffInvoicing], action: [...staffInvoicing] },
  "factures.campagne.tsx": { kind: "protected", loader: [...staffInvoicing], action: [...staffInvoicing] },
  "factures.facturation-electronique.tsx": {
    kind: "protected",
    loader: [...staffInvoicing],
    action: [...staffInvoicing],
  },
  // Public: the plateforme agréée proves itself by signing the body (tests/integration/einvoicing-lifecycle.test.ts).
  "webhooks.pa.$associationId.ts": { kind: "public" },
  "factures.$invoiceId.tsx": {
    kind: "protected",
    loader: [...staffInvoicing],
    action: [...staffInvoicing],
    foreignParams: foreignInvoice,
  },
  "factures.$invoiceId.pdf.ts": { kind: "protected", loader: [...staffInvoicing], foreignParams: foreignInvoice },
  "factures.$invoiceId_.avoir.tsx": {
    kind: "protected",
    loader: [...staffInvoicing],
    action: [...staffInvoicing],
    foreignParams: foreignInvoice,
  },
  "espace-membre.factures._index.tsx": { kind: "protected", loader: ["member"] },
  "espace-membre.factures.$invoiceId.pdf.ts": {
    kind: "protected",
    loader: ["member"],
    foreignParams: foreignInvoice,
    otherMemberParams: otherMemberInvoice,
  },
  "exports.factures[.]csv.ts": { kind: "protected", loader: [...staffInvoicing] },
  "exports.paiements[.]csv.ts": { kind: "protected", loader: [...staffInvoicing] },
  "exports.fec.ts": { kind: "protected", loader: [...staffInvoicing] },
};
