import { type ReactNode, useId } from "react";
import { cx } from "../internal/cx.ts";

export type TableColumn<Row> = {
  /** Stable column id (React key). */
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-align with tabular figures. */
  numeric?: boolean;
  /** Render this column's cells as `<th scope="row">` (usually the first column, e.g. trust name). */
  rowHeader?: boolean;
};

export type TableProps<Row> = {
  /** Every table needs a caption; hide it visually with captionHidden if a heading says the same. */
  caption: ReactNode;
  captionSize?: "l" | "m" | "s";
  captionHidden?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Shown in a single cell when there are no rows. */
  emptyMessage?: ReactNode;
  className?: string;
};

/**
 * A data table with `<caption>`, `<th scope="col">` headers and optional row headers. Wide
 * tables scroll horizontally inside a labelled, keyboard-focusable region.
 */
export function Table<Row>({
  caption,
  captionSize = "m",
  captionHidden = false,
  columns,
  rows,
  rowKey,
  emptyMessage = "Nothing to show.",
  className,
}: TableProps<Row>) {
  const captionId = useId();
  return (
    // A scrollable region must be focusable so keyboard users can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    <section className="ui-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className={cx("ui-table", className)}>
        <caption
          id={captionId}
          className={cx(
            "ui-table__caption",
            `ui-table__caption--${captionSize}`,
            captionHidden && "ui-visually-hidden",
          )}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={cx("ui-table__header", column.numeric && "ui-table__cell--numeric")}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="ui-table__cell ui-table__cell--empty" colSpan={columns.length}>
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={rowKey(row, index)}>
                {columns.map((column) => {
                  const className = cx(
                    "ui-table__cell",
                    column.rowHeader && "ui-table__cell--header",
                    column.numeric && "ui-table__cell--numeric",
                  );
                  return column.rowHeader ? (
                    <th key={column.id} scope="row" className={className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
