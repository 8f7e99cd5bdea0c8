import {
  type DecisionArea,
  type DelegationDecision,
  type DelegationTier,
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  type ResponsibilityLevel,
  responsibilityLevels,
} from "@atlas/domain";
import { Tag } from "@atlas/ui";
import type { KeyboardEvent } from "react";
import { levelLabel, noLevel } from "./scheme-changes.ts";
import {
  areaStartRows,
  cellId,
  decisionsByArea,
  type Grid,
  type GridShape,
  gridRows,
  moveInGrid,
} from "./scheme-grid.ts";

const tiers = delegationTiers.keys;

export const gridShape: GridShape = {
  rows: gridRows.length,
  cols: tiers.length,
  groupStarts: areaStartRows,
};

/** "Appoint the CEO — Trust board": each cell's accessible name. */
export function cellName(decision: DelegationDecision, tier: DelegationTier): string {
  return `${delegationDecisions.label(decision)} — ${delegationTiers.label(tier)}`;
}

const levelOptions: { value: string; label: string }[] = [
  { value: "", label: noLevel },
  ...responsibilityLevels.entries.map((e) => ({ value: e.key, label: e.label })),
];

const levelClass = (level: ResponsibilityLevel | null) =>
  level === null ? "admin-cell" : `admin-cell admin-cell--${level.toLowerCase()}`;

export const problemId = (decision: string) => `problem-${decision}`;
export const percent = (index: number) => `${Math.round(index * 100)}%`;

export interface SchemeGridTableProps {
  grid: Grid;
  onChange: (
    decision: DelegationDecision,
    tier: DelegationTier,
    level: ResponsibilityLevel | null,
  ) => void;
  readOnly: boolean;
  /** The rules' problems by decision, shown in its row. */
  problems: ReadonlyMap<string, readonly string[]>;
  /** Local autonomy by area, 0–1. */
  autonomy: ReadonlyMap<DecisionArea, number>;
  captionId: string;
}

/** Moves focus as the grid's keys say (see moveInGrid); other keys keep the select's own. */
function onGridKeyDown(event: KeyboardEvent<HTMLTableElement>) {
  const target = event.target;
  if (!(target instanceof HTMLSelectElement)) return;
  const row = Number(target.dataset.row);
  const col = Number(target.dataset.col);
  if (!Number.isInteger(row) || !Number.isInteger(col)) return;
  const next = moveInGrid({ row, col }, event, gridShape);
  if (next === null) return;
  // Arrow keys, Home and End would otherwise change the cell's level.
  event.preventDefault();
  const decision = gridRows[next.row];
  const tier = tiers[next.col];
  if (decision === undefined || tier === undefined) return;
  document.getElementById(cellId(decision, tier))?.focus();
}

/**
 * The scheme as a table: a row per decision, grouped by area (each area's heading row gives
 * its local autonomy), a column per tier, and in each cell a native select named
 * "<decision> — <tier>". Arrow keys and the others of moveInGrid move between cells; Tab goes
 * through them in reading order. Read-only, each cell shows its level as text.
 */
export function SchemeGridTable({
  grid,
  onChange,
  readOnly,
  problems,
  autonomy,
  captionId,
}: SchemeGridTableProps) {
  return (
    // Read only, the grid has no control to scroll it into view: the region itself takes focus.
    <div
      className="ui-table-scroll admin-grid-scroll"
      {...(readOnly ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 } : {})}
    >
      <table
        className="ui-table admin-grid"
        aria-labelledby={captionId}
        onKeyDown={readOnly ? undefined : onGridKeyDown}
      >
        <thead>
          <tr>
            <th scope="col" className="ui-table__header admin-grid__corner">
              Decision
            </th>
            {tiers.map((tier) => (
              <th key={tier} scope="col" className="ui-table__header admin-grid__tier">
                {delegationTiers.label(tier)}
              </th>
            ))}
          </tr>
        </thead>
        {decisionsByArea.map(({ area, decisions }) => {
          const index = autonomy.get(area);
          return (
            <tbody key={area}>
              <tr className="admin-grid__area-row">
                <th scope="rowgroup" colSpan={tiers.length + 1} className="admin-grid__area">
                  <span className="admin-grid__area-name">{decisionAreas.label(area)}</span>{" "}
                  <span className="admin-grid__autonomy">
                    Local autonomy: {index === undefined ? "not known" : percent(index)}
                  </span>
                </th>
              </tr>
              {decisions.map((decision) => {
                const rowIndex = gridRows.indexOf(decision);
                const rowProblems = problems.get(decision) ?? [];
                const reserved = delegationDecisions.isReservedToMembers(decision);
                const describedBy = rowProblems.length > 0 ? problemId(decision) : undefined;
                return (
                  <tr
                    key={decision}
                    className={rowProblems.length > 0 ? "admin-grid__row--problem" : undefined}
                  >
                    <th scope="row" className="ui-table__cell admin-grid__decision">
                      <span className="admin-grid__decision-name">
                        {delegationDecisions.label(decision)}
                      </span>
                      {reserved && (
                        <>
                          {" "}
                          <Tag tone="info">Members' reserved matter</Tag>
                        </>
                      )}
                      {rowProblems.length > 0 && (
                        <span id={problemId(decision)} className="admin-grid__problem">
                          <span className="ui-visually-hidden">Problem: </span>
                          {rowProblems.join(" ")}
                        </span>
                      )}
                    </th>
                    {tiers.map((tier, col) => {
                      const level = grid[decision][tier];
                      if (readOnly) {
                        return (
                          <td key={tier} className={`ui-table__cell ${levelClass(level)}`}>
                            <span className="ui-visually-hidden">{cellName(decision, tier)}: </span>
                            {levelLabel(level)}
                          </td>
                        );
                      }
                      return (
                        <td key={tier} className={`ui-table__cell ${levelClass(level)}`}>
                          <select
                            id={cellId(decision, tier)}
                            className="ui-select admin-cell__select"
                            aria-label={cellName(decision, tier)}
                            aria-describedby={describedBy}
                            data-row={rowIndex}
                            data-col={col}
                            value={level ?? ""}
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              onChange(
                                decision,
                                tier,
                                responsibilityLevels.has(value) ? value : null,
                              );
                            }}
                          >
                            {levelOptions.map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
