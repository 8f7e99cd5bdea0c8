import { Button, Heading, Table, type TableColumn, VisuallyHidden } from "@atlas/ui";
import { type ReactNode, useId } from "react";
import { downloadCsv, figureCsv } from "./figure-csv.ts";
import type { FigureTable, FigureValue } from "./figure-tables.ts";

type Row = Record<string, FigureValue>;

function tableColumns(table: FigureTable): TableColumn<Row>[] {
  return table.columns.map((column, i) => ({
    id: column.key,
    header: column.header,
    numeric: column.numeric,
    rowHeader: i === 0,
    cell: (row) => {
      const value = row[column.key] ?? null;
      return column.format ? column.format(value) : String(value ?? "");
    },
  }));
}

/**
 * One figure of the dashboard: its heading, a chart read as one image (its label says what it
 * shows; the table below carries every number), the numbers as a table behind "Show the
 * numbers", and the same numbers as a CSV file.
 */
export function FigureSection({
  title,
  summary,
  table,
  fileName,
  controls,
  lead,
  chart,
}: {
  title: string;
  /** What the chart shows, in a sentence or two: its accessible name. */
  summary: string;
  table: FigureTable;
  fileName: string;
  controls?: ReactNode;
  /** A figure or sentence above the chart. */
  lead?: ReactNode;
  chart: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="sector-figure" aria-labelledby={headingId}>
      <Heading level={2} size="m" id={headingId}>
        {title}
      </Heading>
      {lead}
      {controls}
      {/* Read as one image by its label: the axes, legend and shapes inside are not read. */}
      <div className="sector-figure__chart" role="img" aria-label={summary}>
        <div aria-hidden="true">{chart}</div>
      </div>
      <details className="admin-details">
        <summary className="admin-details__summary">
          Show the numbers<VisuallyHidden>: {title}</VisuallyHidden>
        </summary>
        <div className="admin-details__body">
          <Table
            caption={title}
            captionSize="s"
            columns={tableColumns(table)}
            rows={table.rows}
            rowKey={(row, i) => `${String(row[table.columns[0]?.key ?? ""])}-${i}`}
          />
        </div>
      </details>
      <Button
        type="button"
        variant="secondary"
        onClick={() => downloadCsv(fileName, figureCsv(table))}
      >
        Download CSV<VisuallyHidden>: {title}</VisuallyHidden>
      </Button>
    </section>
  );
}
