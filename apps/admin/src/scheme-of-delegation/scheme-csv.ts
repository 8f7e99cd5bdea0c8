import {
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  type ResponsibilityLevel,
  responsibilityLevels,
} from "@atlas/domain";
import Papa from "papaparse";
import { emptyGrid, type Grid, gridRows, withCell } from "./scheme-grid.ts";

// A scheme of delegation as a CSV file, to edit in a spreadsheet and bring back:
//
//   decision,label,area,MEMBERS,TRUST_BOARD,BOARD_COMMITTEE,CEO,LOCAL_GOVERNING_BODY,HEADTEACHER
//   SET_TRUST_VISION,Set the trust's vision and values,Vision and ethos,,DECIDES,,RECOMMENDS,…
//
// One row per decision (in the grid's order), one column per tier holding the level's key
// (DECIDES, RECOMMENDS, CONSULTED, INFORMED) or nothing. The label and area are there for
// people; reading a file ignores them. Papa Parse writes and reads it (quoting, line endings).

export const decisionColumn = "decision";
export const labelColumn = "label";
export const areaColumn = "area";

/** The header row, in order. */
export const csvColumns: readonly string[] = [
  decisionColumn,
  labelColumn,
  areaColumn,
  ...delegationTiers.keys,
];

/** The grid as CSV text (CRLF line endings, as spreadsheets write). */
export function gridToCsv(grid: Grid): string {
  const rows = gridRows.map((decision) => [
    decision,
    delegationDecisions.label(decision),
    decisionAreas.label(delegationDecisions.area(decision)),
    ...delegationTiers.keys.map((tier) => grid[decision][tier] ?? ""),
  ]);
  return Papa.unparse({ fields: [...csvColumns], data: rows }, { newline: "\r\n" });
}

/** What reading a file gave: a grid to fill in, or every problem found, by row. */
export type CsvReading =
  | {
      ok: true;
      grid: Grid;
      /** Decisions the file has no row for: left empty in the grid. */
      missingDecisions: string[];
    }
  | { ok: false; problems: string[] };

/** Files larger than this are not schemes of delegation (ours is about 6 KB). */
export const maxCsvBytes = 1_000_000;

const normalise = (value: string) =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");

/** A level as a person may write it: its key or its label, in any case; blank is none. */
function levelOf(raw: string): ResponsibilityLevel | null | undefined {
  const value = raw.trim();
  if (value === "") return null;
  const key = normalise(value);
  if (responsibilityLevels.has(key)) return key;
  const byLabel = responsibilityLevels.entries.find(
    (e) => e.label.toLowerCase() === value.toLowerCase(),
  );
  return byLabel?.key;
}

const levelList = responsibilityLevels.keys.join(", ");

/**
 * Reads a CSV file of the grid. The header must name the decision column and every tier
 * (in any order and case); each row is one decision, named by its key. Anything unknown (a
 * decision, a column, a level), a decision given twice, or a missing column is a problem naming
 * its row (row 1 is the header, as a spreadsheet numbers them). Decisions the file leaves out
 * are left empty, and said so.
 */
export function gridFromCsv(text: string): CsvReading {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
  });
  const problems: string[] = [];
  // Papa's problems that make the file unreadable; a short last row is reported as ours.
  for (const error of parsed.errors) {
    if (error.type === "Quotes") {
      const row = error.row === undefined ? "" : `Row ${error.row + 1}: `;
      problems.push(`${row}a quoted value is not closed. Check the quotation marks.`);
    }
  }
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === "")) {
    return { ok: false, problems: ["The file is empty. Export the grid to see the format."] };
  }
  const columns = header.map((name) => name.trim());
  const indexOf = (name: string) => columns.findIndex((c) => normalise(c) === normalise(name));

  const decisionAt = indexOf(decisionColumn);
  if (decisionAt === -1) {
    problems.push(
      `Row 1: there is no "${decisionColumn}" column. The first row must name the columns: ${csvColumns.join(", ")}.`,
    );
  }
  const tierAt = new Map<string, number>();
  for (const tier of delegationTiers.keys) {
    const at = indexOf(tier);
    if (at === -1) {
      problems.push(
        `Row 1: there is no column for ${delegationTiers.label(tier)} ("${tier}"). Every tier needs a column, even if it is empty.`,
      );
    } else {
      tierAt.set(tier, at);
    }
  }
  const known = new Set([decisionColumn, labelColumn, areaColumn, ...delegationTiers.keys]);
  columns.forEach((name, i) => {
    if (name === "") return;
    const key = normalise(name);
    const isKnown = [...known].some((k) => normalise(k) === key);
    if (!isKnown) {
      problems.push(
        `Row 1: column ${i + 1} ("${name}") is not a tier of governance. Use ${delegationTiers.keys.join(", ")}.`,
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  let grid = emptyGrid();
  const seen = new Map<string, number>();
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const rawDecision = (cells[decisionAt] ?? "").trim();
    if (rawDecision === "") {
      problems.push(`Row ${rowNumber}: the decision is missing.`);
      return;
    }
    const decision = normalise(rawDecision);
    if (!delegationDecisions.has(decision)) {
      problems.push(
        `Row ${rowNumber}: "${rawDecision}" is not a decision Trust Atlas knows. Export the grid to see the decisions' keys.`,
      );
      return;
    }
    const earlier = seen.get(decision);
    if (earlier !== undefined) {
      problems.push(
        `Row ${rowNumber}: "${delegationDecisions.label(decision)}" is in the file twice (rows ${earlier} and ${rowNumber}). Keep one row for each decision.`,
      );
      return;
    }
    seen.set(decision, rowNumber);
    for (const tier of delegationTiers.keys) {
      const at = tierAt.get(tier) ?? -1;
      const raw = cells[at] ?? "";
      const level = levelOf(raw);
      if (level === undefined) {
        problems.push(
          `Row ${rowNumber}: "${raw.trim()}" for ${delegationTiers.label(tier)} is not a level. Use ${levelList}, or leave the cell empty.`,
        );
        continue;
      }
      grid = withCell(grid, decision, tier, level);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  if (seen.size === 0) {
    return {
      ok: false,
      problems: [
        "The file has no decisions: only the header row. Export the grid to see the format.",
      ],
    };
  }
  const missingDecisions = gridRows.filter((d) => !seen.has(d));
  return { ok: true, grid, missingDecisions };
}

/** A name for the downloaded file: "scheme-of-delegation-oak-learning-trust.csv". */
export function csvFileName(trustName: string): string {
  const slug = trustName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 80);
  return slug === "" ? "scheme-of-delegation.csv" : `scheme-of-delegation-${slug}.csv`;
}
