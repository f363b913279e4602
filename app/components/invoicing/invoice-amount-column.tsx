// An amount column of the invoice tables (an invoice's lines, an invoice run's preview): right-aligned
// in tabular digits like the invoice's PDF, and never broken across lines.
import type { ReactNode } from "react";
import type { Column } from "~/components/ui/data-table";
import { formatCents } from "~/utils/format-amounts";
import type { Locale } from "~/utils/i18n";

export function invoiceAmountColumn<Row>(
  header: ReactNode,
  centsOf: (row: Row) => number,
  locale: Locale,
): Column<Row> {
  return {
    header,
    className: "invoice-num",
    cellClassName: () => "nowrap",
    cell: (row) => formatCents(centsOf(row), locale),
  };
}
