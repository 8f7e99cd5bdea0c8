import Papa from "papaparse";
import type { FigureTable } from "./figure-tables.ts";

/**
 * A figure's table as CSV text: the table's headers, then its values as they are (months as
 * "2026-01", hours as numbers, nothing for no value), for a spreadsheet to work with.
 */
export function figureCsv(table: FigureTable): string {
  return Papa.unparse(
    {
      fields: table.columns.map((c) => c.header),
      data: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? "")),
    },
    { newline: "\r\n" },
  );
}

/** Offers the text as a file to save, as the scheme of delegation's export does. */
export function downloadCsv(fileName: string, text: string): void {
  const blob = new Blob([text], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
