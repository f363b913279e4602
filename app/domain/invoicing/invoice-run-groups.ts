// One invoice per member per run: the items a run would invoice (instalments, the membership fee,
// overage) are grouped by member, so a member gets one invoice and one e-mail for what falls due
// together. The one exception is a line outside the scope of VAT (a fee so configured): EN 16931
// forbids any other VAT category beside it (BR-O-11), so it goes on an invoice of its own.
import crypto from "node:crypto";
import { computeInvoiceTotals } from "./invoice-totals";
import { totalsLinesOf, type VatTreatment } from "./line-vat";
import type { VatRegime } from "./vat-mentions";

export type RunKind = "SHARES" | "MEMBERSHIP_FEE" | "OVERAGE";

export type RunLine = {
  description: string;
  amountCents: number;
  interventionId: string | null;
  vatTreatment: VatTreatment;
  vatBasisPoints: number;
};

/**
 * The run key of a subscription's share instalment. The invoice run plans by it and the treasurer's
 * home counts what is left to invoice by it: one definition, so the two never disagree.
 */
export function shareRunKey(subscriptionId: string, instalmentIndex: number): string {
  return `shares:${subscriptionId}:${instalmentIndex}`;
}

/** What a run item (an instalment, a fee, an overage) and the invoice grouping items have in common. */
type RunDocument = {
  /** Items: `shares:…`, `fee:…`, `overage:…`; invoices: deterministic from their items, so two runs racing on one plan create one draft. */
  runKey: string;
  kind: RunKind;
  memberId: string;
  memberName: string;
  subscriptionId: string | null;
  serviceStart: string;
  serviceEnd: string;
  lines: RunLine[];
  status: "new" | "draft" | "issued";
  invoiceId: string | null;
};

export type RunItem = RunDocument & { amountCents: number };

export type RunInvoice = RunDocument & {
  items: RunItem[];
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
};

const KIND_ORDER: readonly RunKind[] = ["SHARES", "OVERAGE", "MEMBERSHIP_FEE"];

/** Items not yet invoiced are grouped per member (out-of-scope lines apart); existing ones per invoice. */
export function groupRunItems(items: readonly RunItem[], vatRegime: VatRegime): RunInvoice[] {
  const groups = new Map<string, RunItem[]>();
  for (const item of items) {
    const outsideScope = item.lines.some((line) => line.vatTreatment === "OUTSIDE_SCOPE");
    const key = item.invoiceId
      ? `invoice:${item.invoiceId}`
      : `member:${item.memberId}${outsideScope ? ":hors-champ" : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => runInvoiceOf(group, vatRegime));
}

function runInvoiceOf(group: RunItem[], vatRegime: VatRegime): RunInvoice {
  const items = [...group].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.serviceStart.localeCompare(b.serviceStart),
  );
  const lines = items.flatMap((item) => item.lines);
  const totals = computeInvoiceTotals(
    totalsLinesOf({
      vatRegime,
      lines: lines.map((line) => ({
        quantityThousandths: 1000,
        unitPriceCents: line.amountCents,
        vatBasisPoints: line.vatBasisPoints,
        vatTreatment: line.vatTreatment,
      })),
    }),
    "INVOICE",
  );
  const first = items[0];
  const keys = items.map((item) => item.runKey).sort();
  return {
    runKey: `run:${first.memberId}:${crypto.createHash("sha256").update(keys.join("|")).digest("hex").slice(0, 24)}`,
    kind: first.kind,
    memberId: first.memberId,
    memberName: first.memberName,
    subscriptionId: items.find((item) => item.subscriptionId)?.subscriptionId ?? null,
    serviceStart: items.map((item) => item.serviceStart).sort()[0],
    serviceEnd: items
      .map((item) => item.serviceEnd)
      .sort()
      .at(-1)!,
    items,
    lines,
    totalExclTaxCents: totals.totalExclTaxCents,
    totalTaxCents: totals.totalTaxCents,
    totalInclTaxCents: totals.totalInclTaxCents,
    status: first.status,
    invoiceId: first.invoiceId,
  };
}
