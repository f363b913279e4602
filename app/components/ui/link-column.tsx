// The column of a list that leads to each row's own page: its name or number as a link, and what may
// follow the link in the same cell (a badge: "professional", "over capacity").
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Column } from "~/components/ui/data-table";

type LinkColumnOptions<Row> = {
  /** The cell names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Kept on one line (a number, a date). */
  nowrap?: boolean;
  /** What follows the link in the cell. */
  after?: (row: Row) => ReactNode;
};

/** Each row's page is `${listPath}/${row.id}` (`/factures/…`, `/structures/…`). */
export function linkColumn<Row extends { id: string }>(
  header: ReactNode,
  listPath: string,
  textOf: (row: Row) => ReactNode,
  { rowHeader, nowrap, after }: LinkColumnOptions<Row> = {},
): Column<Row> {
  return {
    header,
    rowHeader,
    nowrap,
    cell: (row) => (
      <>
        <Link to={`${listPath}/${row.id}`}>{textOf(row)}</Link>
        {after?.(row)}
      </>
    ),
  };
}
