import { stringify } from "csv-stringify/sync";
import { GROUP_LABEL } from "../compare/groups.ts";
import { readCompareRequest } from "../compare/ids.ts";
import { loadComparison } from "../compare/load.server.ts";
import type { Route } from "./+types/compare-csv";

/**
 * A spreadsheet runs a cell that starts like a formula: a trust's name is not ours to vet, so
 * such a cell is quoted as text (OWASP's advice for CSV injection).
 */
function asText(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The comparison as a spreadsheet: the same rows as the page (all of them: a file is for
 * sorting and filtering yourself), a column per trust in the link's order.
 */
export async function loader(args: Route.LoaderArgs) {
  const load = await loadComparison(args, readCompareRequest(args.url.searchParams));
  if (!load.ok) {
    return new Response(`${load.problem}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { trusts, rows } = load.comparison;
  // The byte order mark makes Excel read the file as UTF-8 (names have accents and dashes).
  const table = [
    ["Group", "Dimension", ...trusts.map((t) => t.name), "Differs"],
    ...rows.map((row) => [
      GROUP_LABEL[row.group] ?? row.group,
      row.label,
      ...row.values,
      row.differs ? "Yes" : "No",
    ]),
  ];
  const csv = stringify(
    table.map((cells) => cells.map(asText)),
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="trust-comparison.csv"',
      // Trusts publish new versions: a saved copy is the visitor's, not a cache's.
      "Cache-Control": "no-store",
    },
  });
}
