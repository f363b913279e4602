// The plain tables of the statement and intervention-report PDFs: an accent header row, zebra rows of
// one line each, and a "Total" row under a rule. (The invoice's own table wraps long descriptions and
// lives in invoice-pdf-table.ts.)
import { COLORS, CONTENT_WIDTH, PAGE, fillRect, horizontalRule, write, type Ink } from "./invoice-pdf-style";

export type GridColumn<Key extends string> = {
  key: Key;
  label: string;
  width: number;
  align: "left" | "right";
};

const ROW_HEIGHT = 20;

/** A new page when `height` does not fit below `y`; where to go on drawing. */
export function ensureRoom(ink: Ink, y: number, height: number): number {
  if (y + height <= PAGE.contentBottom) return y;
  ink.doc.addPage();
  return PAGE.top;
}

function cells<Key extends string>(
  columns: readonly GridColumn<Key>[],
  draw: (column: GridColumn<Key>, x: number) => void,
) {
  let x = PAGE.left;
  for (const column of columns) {
    draw(column, x);
    x += column.width;
  }
}

export function drawGridHeader<Key extends string>(ink: Ink, columns: readonly GridColumn<Key>[], y: number): number {
  fillRect(ink, PAGE.left, y, CONTENT_WIDTH, ROW_HEIGHT, COLORS.accent);
  cells(columns, (column, x) =>
    write(ink, column.label, x + 6, y + 6, {
      bold: true,
      size: 8.5,
      color: COLORS.onAccent,
      width: column.width - 12,
      align: column.align,
    }),
  );
  return y + ROW_HEIGHT;
}

/**
 * The rows, zebra-striped, from `y`; a row that does not fit starts a new page (with the header again
 * when `repeatHeader`). Returns where the rows end.
 */
export function drawGridRows<Key extends string>(
  ink: Ink,
  columns: readonly GridColumn<Key>[],
  rows: readonly Record<Key, string>[],
  y: number,
  { repeatHeader }: { repeatHeader: boolean },
): number {
  let cursor = y;
  rows.forEach((row, index) => {
    const top = ensureRoom(ink, cursor, ROW_HEIGHT);
    cursor = top !== cursor && repeatHeader ? drawGridHeader(ink, columns, top) : top;
    if (index % 2 === 1) fillRect(ink, PAGE.left, cursor, CONTENT_WIDTH, ROW_HEIGHT, COLORS.zebra);
    cells(columns, (column, x) =>
      write(ink, row[column.key], x + 6, cursor + 6, { size: 9, width: column.width - 12, align: column.align }),
    );
    cursor += ROW_HEIGHT;
  });
  return cursor;
}

/** The totals row under a rule: "Total" on the left, each total under its column. */
export function drawGridTotals<Key extends string>(
  ink: Ink,
  columns: readonly GridColumn<Key>[],
  totals: Partial<Record<Key, string>>,
  y: number,
): void {
  horizontalRule(ink, y, COLORS.accent);
  write(ink, "Total", PAGE.left + 6, y + 6, { bold: true, size: 9.5 });
  cells(columns, (column, x) => {
    const total = totals[column.key];
    if (total === undefined) return;
    write(ink, total, x + 6, y + 6, { bold: true, size: 9.5, width: column.width - 12, align: column.align });
  });
}
