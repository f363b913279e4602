// The columns the lists share, each kind formatted one way everywhere: an amount, a number of
// shares, a calendar date. `columnsFor<Row>(locale)` binds them to a table's rows and the reader's
// language, so a column is one line: `column.cents(t("invoicing.col.total"), (invoice) => invoice.totalCents)`.
import type { ReactNode } from "react";
import type { Column } from "~/components/ui/data-table";
import { linkColumn } from "~/components/ui/link-column";
import { formatCents, formatShareHalves } from "~/utils/format-amounts";
import { formatCalendarDate } from "~/utils/format-calendar-dates";
import type { Locale } from "~/utils/i18n";

export function columnsFor<Row>(locale: Locale) {
  /** A figure right-aligned, and its total in the footer row when the table has one. */
  const figure =
    (format: (value: number, locale: Locale) => string) =>
    (header: ReactNode, valueOf: (row: Row) => number, total?: number): Column<Row> => ({
      header,
      numeric: true,
      cell: (row) => format(valueOf(row), locale),
      footer: total === undefined ? undefined : format(total, locale),
    });
  return {
    /** The row's name, as its row header; the footer row's label under it ("Total"). */
    name: (header: ReactNode, nameOf: (row: Row) => ReactNode, footer?: ReactNode): Column<Row> => ({
      header,
      rowHeader: true,
      cell: nameOf,
      footer,
    }),
    /** The row's page, linked from its name or number (`linkColumn`). */
    link: linkColumn<Row & { id: string }>,
    /** An amount in cents. */
    cents: figure(formatCents),
    /** A number of shares (counted in halves). */
    shares: figure(formatShareHalves),
    /** A calendar date ("2027-03-12"), kept on one line. */
    date: (header: ReactNode, isoOf: (row: Row) => string | null): Column<Row> => ({
      header,
      nowrap: true,
      cell: (row) => formatCalendarDate(isoOf(row), locale),
    }),
  };
}
