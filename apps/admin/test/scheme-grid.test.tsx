import { delegationDecisions, delegationTiers, modelScheme, schemeProblems } from "@atlas/domain";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { gridShape, SchemeGridTable } from "../src/scheme-of-delegation/SchemeGridTable.tsx";
import {
  areaStartRows,
  cellId,
  cellsOfGrid,
  emptyGrid,
  gridFromCells,
  gridRows,
  moveInGrid,
  placeSchemeIssue,
  rowTargetId,
  withCell,
} from "../src/scheme-of-delegation/scheme-grid.ts";

// The test environment is Node (no DOM), so the keyboard handling is tested as the pure
// function the grid's keydown handler calls, and the grid's markup by rendering it.

const shape = { rows: 10, cols: 6, groupStarts: [0, 3, 7] };
const at = (row: number, col: number) => ({ row, col });

describe("moving between the grid's cells with the keyboard", () => {
  it("moves one cell with the arrow keys, stopping at the edges", () => {
    expect(moveInGrid(at(4, 2), { key: "ArrowUp" }, shape)).toEqual(at(3, 2));
    expect(moveInGrid(at(4, 2), { key: "ArrowDown" }, shape)).toEqual(at(5, 2));
    expect(moveInGrid(at(4, 2), { key: "ArrowLeft" }, shape)).toEqual(at(4, 1));
    expect(moveInGrid(at(4, 2), { key: "ArrowRight" }, shape)).toEqual(at(4, 3));
    expect(moveInGrid(at(0, 0), { key: "ArrowUp" }, shape)).toEqual(at(0, 0));
    expect(moveInGrid(at(0, 0), { key: "ArrowLeft" }, shape)).toEqual(at(0, 0));
    expect(moveInGrid(at(9, 5), { key: "ArrowDown" }, shape)).toEqual(at(9, 5));
    expect(moveInGrid(at(9, 5), { key: "ArrowRight" }, shape)).toEqual(at(9, 5));
  });

  it("goes to the row's ends with Home and End, and the grid's with Ctrl or Cmd", () => {
    expect(moveInGrid(at(4, 2), { key: "Home" }, shape)).toEqual(at(4, 0));
    expect(moveInGrid(at(4, 2), { key: "End" }, shape)).toEqual(at(4, 5));
    expect(moveInGrid(at(4, 2), { key: "Home", ctrlKey: true }, shape)).toEqual(at(0, 0));
    expect(moveInGrid(at(4, 2), { key: "End", metaKey: true }, shape)).toEqual(at(9, 5));
  });

  it("moves an area at a time with Page Up and Page Down, keeping the column", () => {
    expect(moveInGrid(at(4, 2), { key: "PageDown" }, shape)).toEqual(at(7, 2));
    expect(moveInGrid(at(8, 2), { key: "PageDown" }, shape)).toEqual(at(9, 2));
    // Inside an area, to its first row; from its first row, to the area before.
    expect(moveInGrid(at(5, 1), { key: "PageUp" }, shape)).toEqual(at(3, 1));
    expect(moveInGrid(at(3, 1), { key: "PageUp" }, shape)).toEqual(at(0, 1));
    expect(moveInGrid(at(0, 1), { key: "PageUp" }, shape)).toEqual(at(0, 1));
  });

  it("leaves every other key to the control: letters, Tab, Alt+Down to open the list", () => {
    for (const key of ["d", "R", "Tab", "Enter", " ", "Escape"]) {
      expect(moveInGrid(at(1, 1), { key }, shape)).toBeNull();
    }
    expect(moveInGrid(at(1, 1), { key: "ArrowDown", altKey: true }, shape)).toBeNull();
    expect(moveInGrid(at(1, 1), { key: "ArrowRight", shiftKey: true }, shape)).toBeNull();
  });

  it("knows the real grid: a row per decision, a column per tier, areas as pages", () => {
    expect(gridShape.rows).toBe(delegationDecisions.keys.length);
    expect(gridShape.cols).toBe(delegationTiers.keys.length);
    expect(areaStartRows[0]).toBe(0);
    for (const start of areaStartRows.slice(1)) {
      const previous = gridRows[start - 1];
      const first = gridRows[start];
      expect(previous && first && delegationDecisions.area(previous)).not.toBe(
        first && delegationDecisions.area(first),
      );
    }
  });
});

describe("the grid", () => {
  it("holds every cell, to and from the API's list of cells", () => {
    const model = modelScheme("EARNED_AUTONOMY");
    expect(cellsOfGrid(gridFromCells(model))).toEqual([...model]);
    expect(cellsOfGrid(emptyGrid()).every((c) => c.level === null)).toBe(true);
    // Keys we do not know are skipped rather than kept.
    expect(
      cellsOfGrid(gridFromCells([{ decision: "NOPE", tier: "CEO", level: "DECIDES" }])).some(
        (c) => c.level !== null,
      ),
    ).toBe(false);
  });

  it("renders a native select per cell named “decision — tier”, with the row's problems", () => {
    const grid = withCell(emptyGrid(), "APPOINT_CEO", "TRUST_BOARD", "DECIDES");
    const problems = new Map<string, string[]>();
    for (const p of schemeProblems(cellsOfGrid(grid))) {
      problems.set(p.decision, [...(problems.get(p.decision) ?? []), p.message]);
    }
    const html = renderToStaticMarkup(
      <SchemeGridTable
        grid={grid}
        onChange={() => {}}
        readOnly={false}
        problems={problems}
        autonomy={new Map([["STAFFING", 0.25]])}
        captionId="caption"
      />,
    );
    expect(html.match(/<select /g)).toHaveLength(
      delegationDecisions.keys.length * delegationTiers.keys.length,
    );
    expect(html).toContain('aria-label="Appoint the CEO — Trust board"');
    expect(html).toMatch(
      /<select id="cell-APPOINT_CEO-TRUST_BOARD"[^>]*data-row="\d+" data-col="1"/,
    );
    expect(html).toContain("Local autonomy: 25%");
    expect(html).toContain("Members&#x27; reserved matter");
    // The row's problem describes its cells.
    expect(html).toContain('aria-describedby="problem-APPOINT_HEADTEACHER"');
    expect(html).not.toContain('aria-describedby="problem-APPOINT_CEO"');
    expect(html).not.toContain("style=");
  });

  it("shows levels as text when read only", () => {
    const html = renderToStaticMarkup(
      <SchemeGridTable
        grid={gridFromCells(modelScheme("LOCAL_GOVERNING_BODIES"))}
        onChange={() => {}}
        readOnly
        problems={new Map()}
        autonomy={new Map()}
        captionId="caption"
      />,
    );
    expect(html).not.toContain("<select");
    expect(html).toContain("admin-cell--decides");
  });
});

describe("placeSchemeIssue", () => {
  it("puts a rule's problem on its decision's first cell, and a cell's on that cell", () => {
    expect(
      placeSchemeIssue({ path: ["input", "cells", "APPOINT_CEO"], message: "m" }, []).path,
    ).toEqual([rowTargetId("APPOINT_CEO")]);
    const sent = [{ decision: "APPOINT_CEO", tier: "CEO", level: "DECIDES" }];
    expect(
      placeSchemeIssue({ path: ["input", "cells", 0, "level"], message: "m" }, sent).path,
    ).toEqual([cellId("APPOINT_CEO", "CEO")]);
    expect(
      placeSchemeIssue({ path: ["input", "expectedVersion"], message: "m" }, sent).path,
    ).toEqual([rowTargetId(gridRows[0] ?? "")]);
  });
});
