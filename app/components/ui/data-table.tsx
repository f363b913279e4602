// The tables of the lists (invoices, payments, capacity…): one header row, one row per item, an
// optional footer of totals, and the same markup everywhere: figures right-aligned in tabular
// digits and never broken, the row's name as its row header for screen readers, and the wrapper that
// scrolls sideways on a narrow screen instead of squeezing the columns.
import type { ReactNode } from "react";
import { EmptyState } from "~/components/ui/empty-state";

export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned figures (amounts, days, counts). */
  numeric?: boolean;
  /** Kept on one line: dates, numbers. (Figures always are.) */
  nowrap?: boolean;
  /** The cell that names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** This column's cell in the footer row, when the table has one. */
  footer?: ReactNode;
  /** How many columns this footer cell spans (a "Total" label over two columns); the next are skipped. */
  footerColSpan?: number;
  /** The column's name beside each cell when a `stack-on-phone` table shows its rows as cards. */
  phoneLabel?: string;
  /** A class for the column's header and cells alike (`invoice-num`, `invoice-description`). */
  className?: string;
  /** The column the rows are sorted by, and which way (the header's `aria-sort`). */
  sorted?: "ascending" | "descending";
  /** An extra class for this column's cells, from the row (e.g. a negative margin). */
  cellClassName?: (row: Row) => string | undefined;
  footerClassName?: string;
};

type RowKeyOf<Row> = (row: Row, index: number) => string;

/** Rows that carry an `id` are keyed by it unless told otherwise; other rows say how. */
type RowKeyProp<Row> = [Row] extends [{ id: string }] ? { rowKey?: RowKeyOf<Row> } : { rowKey: RowKeyOf<Row> };

type DataTableProps<Row> = RowKeyProp<Row> & {
  columns: Column<Row>[];
  rows: readonly Row[];
  /** What the list says instead of the table when it has no rows (`EmptyState`). */
  empty?: ReactNode;
  caption?: ReactNode;
  /** The caption is for screen readers only (a chart's table that repeats the chart's title). */
  captionHidden?: boolean;
  /** The table's own class (`stack-on-phone`…). */
  className?: string;
  /**
   * Inside the bordered wrapper that scrolls sideways (the default). Off for the small tables beside a
   * chart or inside a card, which the card's own styles already let scroll.
   */
  wrapped?: boolean;
  rowClassName?: (row: Row) => string | undefined;
  /** Shows the footer row (the columns' `footer` cells). */
  withFooter?: boolean;
};

function classesOf<Row>(column: Column<Row>, extra?: string) {
  return (
    [column.className ?? "", column.numeric ? "number" : "", column.nowrap ? "nowrap" : "", extra ?? ""]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

const keyById = (row: unknown) => (row as { id: string }).id;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const {
    columns,
    rows,
    empty,
    caption,
    captionHidden = false,
    className,
    wrapped = true,
    rowClassName,
    withFooter = false,
  } = props;
  if (empty !== undefined && rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const rowKey: RowKeyOf<Row> = (props.rowKey as RowKeyOf<Row> | undefined) ?? keyById;
  const table = (
    <table className={className}>
      {caption ? <caption className={captionHidden ? "invoice-sr-only" : "muted"}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={classesOf(column)} aria-sort={column.sorted}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)} className={rowClassName?.(row)}>
            {columns.map((column, index) => {
              const className = classesOf(column, column.cellClassName?.(row));
              return column.rowHeader ? (
                <th key={index} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={className} data-label={column.phoneLabel}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {withFooter ? (
        <tfoot>
          <tr>{footerCells(columns)}</tr>
        </tfoot>
      ) : null}
    </table>
  );
  // The wrapper scrolls sideways when the columns are wider than the page (a period's close preview
  // once the next period exists, any table on a phone): it takes the keyboard focus so that it can be
  // scrolled with the arrow keys too, not only with a mouse or a finger (WCAG 2.1.1).
  return wrapped ? (
    <div className="table-wrap" tabIndex={0}>
      {table}
    </div>
  ) : (
    table
  );
}

/** The footer row: a cell a column, but for those a spanning label covers; labels are row headers. */
function footerCells<Row>(columns: Column<Row>[]) {
  const cells: ReactNode[] = [];
  for (let index = 0; index < columns.length; index += 1) {
    const column = columns[index];
    const className = classesOf(column, column.footerClassName);
    const colSpan = column.footerColSpan;
    cells.push(
      column.rowHeader || colSpan ? (
        <th key={index} scope="row" className={className} colSpan={colSpan}>
          {column.footer}
        </th>
      ) : (
        <td key={index} className={className}>
          {column.footer}
        </td>
      ),
    );
    index += (colSpan ?? 1) - 1;
  }
  return cells;
}
