// The tables of the lists (invoices, payments, capacity…): one header row, one row per item, an
// optional footer of totals, and the same markup everywhere: figures right-aligned in tabular
// digits and never broken, the row's name as its row header for screen readers, and the wrapper that
// scrolls sideways on a narrow screen instead of squeezing the columns.
import type { ReactNode } from "react";

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
  /** An extra class for this column's cells, from the row (e.g. a negative margin). */
  cellClassName?: (row: Row) => string | undefined;
  footerClassName?: string;
};

type DataTableProps<Row> = {
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption?: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** Shows the footer row (the columns' `footer` cells). */
  withFooter?: boolean;
};

function classesOf<Row>(column: Column<Row>, extra?: string) {
  return (
    [column.numeric ? "number" : "", column.nowrap ? "nowrap" : "", extra ?? ""].filter(Boolean).join(" ") || undefined
  );
}

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  rowClassName,
  withFooter = false,
}: DataTableProps<Row>) {
  return (
    <div className="table-wrap">
      <table>
        {caption ? <caption className="muted">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={classesOf(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column, index) => {
                const className = classesOf(column, column.cellClassName?.(row));
                return column.rowHeader ? (
                  <th key={index} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {withFooter ? (
          <tfoot>
            <tr>
              {columns.map((column, index) =>
                column.rowHeader ? (
                  <th key={index} scope="row" className={classesOf(column, column.footerClassName)}>
                    {column.footer}
                  </th>
                ) : (
                  <td key={index} className={classesOf(column, column.footerClassName)}>
                    {column.footer}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
