import {
  type DecisionArea,
  type DelegationDecision,
  type DelegationTier,
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  type LooseSchemeCell,
  type ResponsibilityLevel,
  responsibilityLevels,
  type SchemeCell,
} from "@atlas/domain";

// The grid as the editor holds it: for each decision, the level of each tier (null: no part).
// A complete record, so every cell has a value to show; to and from the API's list of cells.

export type GridLevels = Readonly<Record<DelegationTier, ResponsibilityLevel | null>>;
export type Grid = Readonly<Record<DelegationDecision, GridLevels>>;

const noLevels = (): Record<DelegationTier, ResponsibilityLevel | null> =>
  Object.fromEntries(delegationTiers.keys.map((t) => [t, null])) as Record<
    DelegationTier,
    ResponsibilityLevel | null
  >;

/** A grid with no cell filled in. */
export function emptyGrid(): Grid {
  return Object.fromEntries(delegationDecisions.keys.map((d) => [d, noLevels()])) as Grid;
}

/** The grid from a list of cells (the API's, a model scheme); cells we do not know are skipped. */
export function gridFromCells(cells: readonly LooseSchemeCell[]): Grid {
  const grid = emptyGrid() as Record<DelegationDecision, Record<DelegationTier, unknown>>;
  for (const cell of cells) {
    if (!delegationDecisions.has(cell.decision) || !delegationTiers.has(cell.tier)) continue;
    const level = cell.level !== null && responsibilityLevels.has(cell.level) ? cell.level : null;
    grid[cell.decision][cell.tier] = level;
  }
  return grid as Grid;
}

/** Every cell, in decision then tier order (what the rules, the diff and the API take). */
export function cellsOfGrid(grid: Grid): SchemeCell[] {
  return delegationDecisions.keys.flatMap((decision) =>
    delegationTiers.keys.map((tier) => ({ decision, tier, level: grid[decision][tier] })),
  );
}

/** The grid with one cell changed. */
export function withCell(
  grid: Grid,
  decision: DelegationDecision,
  tier: DelegationTier,
  level: ResponsibilityLevel | null,
): Grid {
  return { ...grid, [decision]: { ...grid[decision], [tier]: level } };
}

export function isGridEmpty(grid: Grid): boolean {
  return cellsOfGrid(grid).every((cell) => cell.level === null);
}

export function sameGrid(a: Grid, b: Grid): boolean {
  return delegationDecisions.keys.every((d) =>
    delegationTiers.keys.every((t) => a[d][t] === b[d][t]),
  );
}

/** The id of a cell's control: what the error summary links to and arrow keys move between. */
export const cellId = (decision: string, tier: string) => `cell-${decision}-${tier}`;

/** The decisions of each area, in the vocabulary's order: the grid's row groups. */
export const decisionsByArea: readonly { area: DecisionArea; decisions: DelegationDecision[] }[] =
  decisionAreas.keys.map((area) => ({
    area,
    decisions: delegationDecisions.keys.filter((d) => delegationDecisions.area(d) === area),
  }));

/** The decisions in row order (by area, as the grid shows them). */
export const gridRows: readonly DelegationDecision[] = decisionsByArea.flatMap((g) => g.decisions);

/** The first row of each area, for moving a page (an area) at a time. */
export const areaStartRows: readonly number[] = decisionsByArea.reduce<number[]>(
  (starts, _group, i) => {
    const previous = decisionsByArea[i - 1];
    const start = i === 0 ? 0 : (starts[i - 1] ?? 0) + (previous?.decisions.length ?? 0);
    starts.push(start);
    return starts;
  },
  [],
);

// ---- Moving between cells with the keyboard -----------------------------------------------------

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** The first row of each group (area), ascending; Page Up and Page Down move between them. */
  groupStarts: readonly number[];
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/**
 * Where a key moves focus in the grid, or null when the key is not one of the grid's (the control
 * then keeps its own behaviour: typing a level's first letter, Alt+Down to open the list, Tab).
 * Arrow keys move one cell and stop at the edges; Home and End go to the row's first and last
 * cell, with Ctrl (or Cmd) to the grid's first and last cell; Page Up and Page Down go to the
 * same column in the first row of the previous or next area.
 */
export function moveInGrid(
  from: GridPosition,
  pressed: GridKey,
  shape: GridShape,
): GridPosition | null {
  if (pressed.altKey || pressed.shiftKey) return null;
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const clampRow = (row: number) => Math.min(Math.max(row, 0), lastRow);
  const clampCol = (col: number) => Math.min(Math.max(col, 0), lastCol);
  const ctrl = pressed.ctrlKey === true || pressed.metaKey === true;
  switch (pressed.key) {
    case "ArrowUp":
      return ctrl ? null : { row: clampRow(from.row - 1), col: from.col };
    case "ArrowDown":
      return ctrl ? null : { row: clampRow(from.row + 1), col: from.col };
    case "ArrowLeft":
      return ctrl ? null : { row: from.row, col: clampCol(from.col - 1) };
    case "ArrowRight":
      return ctrl ? null : { row: from.row, col: clampCol(from.col + 1) };
    case "Home":
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case "End":
      return ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case "PageUp": {
      if (ctrl) return null;
      const current = [...shape.groupStarts].reverse().find((start) => start <= from.row) ?? 0;
      // From inside an area, to its first row; from its first row, to the previous area's.
      const target =
        current < from.row
          ? current
          : ([...shape.groupStarts].reverse().find((start) => start < from.row) ?? 0);
      return { row: clampRow(target), col: from.col };
    }
    case "PageDown": {
      if (ctrl) return null;
      const next = shape.groupStarts.find((start) => start > from.row);
      return { row: clampRow(next ?? lastRow), col: from.col };
    }
    default:
      return null;
  }
}

/** The keys of the grid, for the page to explain them (kept beside the code that handles them). */
export const gridKeyHelp: readonly { keys: string; does: string }[] = [
  { keys: "Arrow keys", does: "move to the next cell up, down, left or right" },
  { keys: "Home / End", does: "move to the first or last tier of the decision" },
  { keys: "Ctrl + Home / Ctrl + End", does: "move to the first or last cell of the grid" },
  { keys: "Page Up / Page Down", does: "move to the previous or next area" },
  {
    keys: "D, R, C, I or N",
    does: "choose Decides, Recommends, Consulted, Informed or None for the cell",
  },
  { keys: "Alt + Down arrow, or Space", does: "open the cell's list of levels" },
  { keys: "Tab / Shift + Tab", does: "move through the cells in reading order, as in any form" },
];

// ---- Where each problem goes --------------------------------------------------------------------

/** Every cell's id, in reading order: the error summary lists problems in this order. */
export const gridCellIds: readonly string[] = gridRows.flatMap((decision) =>
  delegationTiers.keys.map((tier) => cellId(decision, tier)),
);

/** The id a problem with a decision links to: the decision's first cell. */
export const rowTargetId = (decision: string) => cellId(decision, delegationTiers.keys[0]);

/**
 * The cell an issue is about. The rules name a decision (`[APPOINT_CEO]`, from the API
 * `[input, cells, APPOINT_CEO]`); a cell's own problem names its position in the list sent
 * (`[input, cells, 3, level]`), which `sent` turns back into a decision and tier. Anything else
 * goes on the first cell.
 */
export function placeSchemeIssue(
  issue: { path: readonly PropertyKey[]; message: string },
  sent: readonly LooseSchemeCell[],
): { path: string[]; message: string } {
  let path = issue.path.map(String);
  if (path[0] === "input") path = path.slice(1);
  if (path[0] === "cells") path = path.slice(1);
  const [first] = path;
  const fallback = { path: [rowTargetId(gridRows[0] ?? "")], message: issue.message };
  if (first === undefined) return fallback;
  if (delegationDecisions.has(first)) return { path: [rowTargetId(first)], message: issue.message };
  if (/^\d+$/.test(first)) {
    const cell = sent[Number(first)];
    if (cell && delegationDecisions.has(cell.decision)) {
      const id = delegationTiers.has(cell.tier)
        ? cellId(cell.decision, cell.tier)
        : rowTargetId(cell.decision);
      return { path: [id], message: issue.message };
    }
  }
  return fallback;
}
