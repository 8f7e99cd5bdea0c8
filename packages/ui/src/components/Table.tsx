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
  /** The column's name as plain text, for stacked rows when `header` is not a string. */
  label?: string;
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
  /**
   * On narrow screens (under 40rem) show each row as a block of "Column: value" lines, so every
   * column stays in view without scrolling sideways. Off by default: the table then scrolls.
   */
  stackWhenNarrow?: boolean;
  className?: string;
};

function labelOf<Row>(column: TableColumn<Row>): string | undefined {
  return column.label ?? (typeof column.header === "string" ? column.header : undefined);
}

/**
 * A data table with `<caption>`, `<th scope="col">` headers and optional row headers. Wide
 * tables scroll horizontally inside a labelled, keyboard-focusable region, with a shadow at the
 * edge that has more; with `stackWhenNarrow` their rows stack on small screens instead.
 */
export function Table<Row>({
  caption,
  captionSize = "m",
  captionHidden = false,
  columns,
  rows,
  rowKey,
  emptyMessage = "Nothing to show.",
  stackWhenNarrow = false,
  className,
}: TableProps<Row>) {
  const captionId = useId();
  return (
    // A scrollable region must be focusable so keyboard users can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    <section className="ui-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className={cx("ui-table", stackWhenNarrow && "ui-table--stack", className)}>
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
                  // The CSS shows this before the value when the rows stack.
                  const label = stackWhenNarrow ? labelOf(column) : undefined;
                  return column.rowHeader ? (
                    <th key={column.id} scope="row" className={className} data-label={label}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={className} data-label={label}>
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
