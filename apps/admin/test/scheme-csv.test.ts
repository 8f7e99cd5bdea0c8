import { delegationDecisions, delegationTiers, modelScheme } from "@atlas/domain";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  csvColumns,
  csvFileName,
  gridFromCsv,
  gridToCsv,
} from "../src/scheme-of-delegation/scheme-csv.ts";
import {
  emptyGrid,
  gridFromCells,
  gridRows,
  sameGrid,
  withCell,
} from "../src/scheme-of-delegation/scheme-grid.ts";

const model = gridFromCells(modelScheme("LOCAL_GOVERNING_BODIES"));
const header = csvColumns.join(",");

/** The rows of a CSV as arrays of cells. */
const rowsOf = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

function problemsOf(csv: string): string[] {
  const reading = gridFromCsv(csv);
  if (reading.ok) throw new Error("expected the file to be refused");
  return reading.problems;
}

describe("gridToCsv", () => {
  it("writes a header, then a row per decision with each tier's level key or nothing", () => {
    const rows = rowsOf(gridToCsv(model));
    expect(rows[0]).toEqual([
      "decision",
      "label",
      "area",
      "MEMBERS",
      "TRUST_BOARD",
      "BOARD_COMMITTEE",
      "CEO",
      "LOCAL_GOVERNING_BODY",
      "HEADTEACHER",
    ]);
    expect(rows).toHaveLength(delegationDecisions.keys.length + 1);
    const appointCeo = rows.find((r) => r[0] === "APPOINT_CEO");
    expect(appointCeo?.slice(1, 3)).toEqual(["Appoint the CEO", "Staffing"]);
    expect(appointCeo?.slice(3)).toEqual(
      delegationTiers.keys.map((tier) => model.APPOINT_CEO[tier] ?? ""),
    );
    // A label with an apostrophe and commas survives quoting.
    expect(rows.find((r) => r[0] === "SET_TRUST_VISION")?.[1]).toBe(
      "Set the trust's vision and values",
    );
  });

  it("lists the decisions in the grid's order (by area)", () => {
    expect(
      rowsOf(gridToCsv(emptyGrid()))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([...gridRows]);
  });
});

describe("gridFromCsv", () => {
  it("reads back what it wrote: the same grid", () => {
    const reading = gridFromCsv(gridToCsv(model));
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(sameGrid(reading.grid, model)).toBe(true);
      expect(reading.missingDecisions).toEqual([]);
    }
    const partly = withCell(emptyGrid(), "APPOINT_CEO", "TRUST_BOARD", "DECIDES");
    const back = gridFromCsv(gridToCsv(partly));
    expect(back.ok && sameGrid(back.grid, partly)).toBe(true);
  });

  it("takes columns in any order and case, labels for levels, a BOM and Windows line ends", () => {
    const csv = [
      "\uFEFFHeadteacher,Decision,members,trust_board,BOARD_COMMITTEE,ceo,LOCAL_GOVERNING_BODY",
      "informed,appoint_ceo,,Decides,,recommends,consulted",
      "",
    ].join("\r\n");
    const reading = gridFromCsv(csv);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.grid.APPOINT_CEO).toEqual({
      MEMBERS: null,
      TRUST_BOARD: "DECIDES",
      BOARD_COMMITTEE: null,
      CEO: "RECOMMENDS",
      LOCAL_GOVERNING_BODY: "CONSULTED",
      HEADTEACHER: "INFORMED",
    });
    // The decisions the file left out are empty, and named.
    expect(reading.missingDecisions).toHaveLength(delegationDecisions.keys.length - 1);
    expect(reading.missingDecisions).not.toContain("APPOINT_CEO");
  });

  it("names the row of an unknown decision or level, a decision given twice or missing", () => {
    const blank = ",,,,,";
    const csv = [
      header,
      `NOT_A_DECISION,,,${blank}`,
      `APPOINT_CEO,,,,SOMETIMES,,,,`,
      `APPOINT_MEMBERS,,,DECIDES,,,,,`,
      `APPOINT_MEMBERS,,,DECIDES,,,,,`,
      // A row with levels but no decision; a row of nothing but commas is skipped.
      " ,,,DECIDES,,,,,",
      `,,,${blank}`,
    ].join("\n");
    const problems = problemsOf(csv);
    expect(problems).toEqual([
      'Row 2: "NOT_A_DECISION" is not a decision Trust Atlas knows. Export the grid to see the decisions\' keys.',
      'Row 3: "SOMETIMES" for Trust board is not a level. Use DECIDES, RECOMMENDS, CONSULTED, INFORMED, or leave the cell empty.',
      'Row 5: "Appoint members" is in the file twice (rows 4 and 5). Keep one row for each decision.',
      "Row 6: the decision is missing.",
    ]);
  });

  it("says which columns are missing or unknown, on the header row", () => {
    const problems = problemsOf(
      ["decision,label,MEMBERS,TRUST_BOARD,CEO,GOVERNORS", "APPOINT_CEO,,,DECIDES,,"].join("\n"),
    );
    expect(problems).toEqual([
      'Row 1: there is no column for Board committee ("BOARD_COMMITTEE"). Every tier needs a column, even if it is empty.',
      'Row 1: there is no column for Local governing body ("LOCAL_GOVERNING_BODY"). Every tier needs a column, even if it is empty.',
      'Row 1: there is no column for Headteacher ("HEADTEACHER"). Every tier needs a column, even if it is empty.',
      'Row 1: column 6 ("GOVERNORS") is not a tier of governance. Use MEMBERS, TRUST_BOARD, BOARD_COMMITTEE, CEO, LOCAL_GOVERNING_BODY, HEADTEACHER.',
    ]);
    expect(problemsOf("label,MEMBERS\nx,y")[0]).toMatch(/^Row 1: there is no "decision" column/);
  });

  it("refuses an empty file, a header alone and a broken quotation", () => {
    expect(problemsOf("")).toEqual(["The file is empty. Export the grid to see the format."]);
    expect(problemsOf(`${header}\n`)).toEqual([
      "The file has no decisions: only the header row. Export the grid to see the format.",
    ]);
    expect(problemsOf(`${header}\n"APPOINT_CEO,,,,DECIDES,,,,\n`).join(" ")).toMatch(
      /quoted value is not closed/,
    );
  });
});

describe("csvFileName", () => {
  it("names the file after the trust", () => {
    expect(csvFileName("St. Mary's Catholic Academy Trust")).toBe(
      "scheme-of-delegation-st-marys-catholic-academy-trust.csv",
    );
    expect(csvFileName("!!!")).toBe("scheme-of-delegation.csv");
  });
});
