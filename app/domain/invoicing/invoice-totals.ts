// THE totals function. The UI, the PDF, the Factur-X XML and Stripe all show what this returns,
// so an amount is computed once, here, in integer cents, and never re-derived elsewhere.
//
// Rounding follows EN 16931 (and so the Factur-X business rules BR-CO-10..17):
//   - each line total = quantity × unit price, rounded to the cent;
//   - VAT is computed once per rate, on the sum of that rate's line totals, then rounded;
//     never per line, or the XML's "VAT = base × rate" checks (BR-S-09, BR-CO-17) drift by cents;
//   - totals are plain sums of the rounded figures, so every sum in the XML checks exactly.
// The products go through BigInt: 10 000 units × 20 000 € already exceeds 2^53 thousandth-cents.

/** Invoices and credit notes are computed alike; amounts stay positive on both (EN 16931 convention). */
export type InvoiceDocumentType = "INVOICE" | "CREDIT_NOTE";

export type TotalsLineInput = {
  /** Quantity × 1000, so 1.5 shares or 2.25 hours stay integers. */
  quantityThousandths: number;
  unitPriceCents: number;
  /** VAT rate × 100: 0 (exempt or franchise) or 2000 (20 %). */
  vatBasisPoints: number;
  /** Factur-X VAT category of the line (line-vat.ts); by default "S" when taxed, "E" when not. */
  vatCategoryCode?: VatCategoryCode;
};

export type VatCategoryCode = "S" | "E" | "O";

export type VatBreakdownEntry = {
  vatCategoryCode: VatCategoryCode;
  vatBasisPoints: number;
  /** Sum of the line totals at this rate. */
  taxableAmountCents: number;
  taxAmountCents: number;
};

export type InvoiceTotals = {
  documentType: InvoiceDocumentType;
  /** One per input line, same order. */
  lineTotalsExclTaxCents: number[];
  /** One entry per distinct category and rate, highest rate first, then S, E, O (a stable order for the PDF and the XML). */
  vatBreakdown: VatBreakdownEntry[];
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
  /** What the buyer owes (invoice) or is owed (credit note); nothing is prepaid at issuance. */
  amountDueCents: number;
  /** The effect on the member's balance: +amount for an invoice, −amount for a credit note. */
  balanceEffectCents: number;
};

const MAX_VAT_BASIS_POINTS = 10_000;
const CATEGORY_ORDER: readonly VatCategoryCode[] = ["S", "E", "O"];

export function computeInvoiceTotals(
  lines: readonly TotalsLineInput[],
  documentType: InvoiceDocumentType,
): InvoiceTotals {
  const lineTotalsExclTaxCents = lines.map((line, index) => lineTotalExclTaxCents(line, index));

  // VAT is computed per breakdown group: one category at one rate (an exempt and an out-of-scope
  // line are both at 0 % but are declared apart).
  const baseByGroup = new Map<string, { vatCategoryCode: VatCategoryCode; vatBasisPoints: number; base: bigint }>();
  lines.forEach((line, index) => {
    const vatCategoryCode = line.vatCategoryCode ?? (line.vatBasisPoints > 0 ? "S" : "E");
    const key = `${vatCategoryCode}:${line.vatBasisPoints}`;
    const group = baseByGroup.get(key) ?? { vatCategoryCode, vatBasisPoints: line.vatBasisPoints, base: 0n };
    group.base += BigInt(lineTotalsExclTaxCents[index]);
    baseByGroup.set(key, group);
  });

  const vatBreakdown = [...baseByGroup.values()]
    .sort(
      (a, b) =>
        b.vatBasisPoints - a.vatBasisPoints ||
        CATEGORY_ORDER.indexOf(a.vatCategoryCode) - CATEGORY_ORDER.indexOf(b.vatCategoryCode),
    )
    .map(({ vatCategoryCode, vatBasisPoints, base }) => ({
      vatCategoryCode,
      vatBasisPoints,
      taxableAmountCents: toSafeNumber(base, "VAT base"),
      taxAmountCents: toSafeNumber(divideRoundHalfAwayFromZero(base * BigInt(vatBasisPoints), 10_000n), "VAT amount"),
    }));

  const totalExclTax = lineTotalsExclTaxCents.reduce((sum, cents) => sum + BigInt(cents), 0n);
  const totalTax = vatBreakdown.reduce((sum, entry) => sum + BigInt(entry.taxAmountCents), 0n);
  const totalInclTaxCents = toSafeNumber(totalExclTax + totalTax, "total including tax");

  return {
    documentType,
    lineTotalsExclTaxCents,
    vatBreakdown,
    totalExclTaxCents: toSafeNumber(totalExclTax, "total excluding tax"),
    totalTaxCents: toSafeNumber(totalTax, "total tax"),
    totalInclTaxCents,
    amountDueCents: totalInclTaxCents,
    // "0 - x" rather than "-x": a zero credit note must not produce -0.
    balanceEffectCents: documentType === "CREDIT_NOTE" ? 0 - totalInclTaxCents : totalInclTaxCents,
  };
}

/** quantityThousandths × unitPriceCents / 1000, rounded half away from zero (half-up for positive amounts). */
export function lineTotalExclTaxCents(line: TotalsLineInput, index = 0): number {
  assertInteger(line.quantityThousandths, `line ${index + 1}: quantityThousandths`);
  assertInteger(line.unitPriceCents, `line ${index + 1}: unitPriceCents`);
  assertInteger(line.vatBasisPoints, `line ${index + 1}: vatBasisPoints`);
  if (line.vatBasisPoints < 0 || line.vatBasisPoints > MAX_VAT_BASIS_POINTS) {
    throw new RangeError(
      `line ${index + 1}: vatBasisPoints must be between 0 and ${MAX_VAT_BASIS_POINTS}, got ${line.vatBasisPoints}`,
    );
  }
  const product = BigInt(line.quantityThousandths) * BigInt(line.unitPriceCents);
  return toSafeNumber(divideRoundHalfAwayFromZero(product, 1000n), `line ${index + 1} total`);
}

/** Integer division rounding halves away from zero, so a credit line −x rounds to exactly −(round x). */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return numerator < 0n ? -rounded : rounded;
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

function toSafeNumber(value: bigint, what: string): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) throw new RangeError(`${what} is too large to be handled in cents: ${value}`);
  return asNumber;
}
