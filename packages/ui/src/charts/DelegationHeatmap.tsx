import {
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  type ResponsibilityLevel,
  responsibilityLevels,
} from "@atlas/domain";
import { type ReactNode, useId } from "react";
import { cx } from "../internal/cx.ts";
import { Bar } from "./Bar.tsx";
import { DelegationLegend } from "./DelegationLegend.tsx";
import { HeatCell } from "./HeatCell.tsx";

export type DelegationCell = { decision: string; tier: string; level: string | null };

/** An area's local-autonomy index: 0–1, the share of its decisions made locally. */
export type AreaAutonomy = { area: string; index: number };

export type DelegationHeatmapProps = {
  /** A missing cell, or one with level null, is empty. */
  cells: readonly DelegationCell[];
  autonomy: readonly AreaAutonomy[];
  caption: ReactNode;
  captionSize?: "l" | "m" | "s";
  captionHidden?: boolean;
  className?: string;
};

function cellKey(decision: string, tier: string): string {
  return `${decision} ${tier}`;
}

function levelsByCell(cells: readonly DelegationCell[]): Map<string, ResponsibilityLevel> {
  const levels = new Map<string, ResponsibilityLevel>();
  for (const { decision, tier, level } of cells) {
    // A level this build's vocabulary does not know would have no colour or word: leave it out.
    if (level !== null && responsibilityLevels.has(level)) {
      levels.set(cellKey(decision, tier), level);
    }
  }
  return levels;
}

function autonomyByArea(autonomy: readonly AreaAutonomy[]): Map<string, number> {
  const byArea = new Map<string, number>();
  for (const { area, index } of autonomy) {
    if (Number.isFinite(index)) byArea.set(area, Math.min(1, Math.max(0, index)));
  }
  return byArea;
}

/**
 * A trust's scheme of delegation as a heatmap table: a row per decision, grouped by decision
 * area (each area's header gives its local autonomy), a column per tier, and in each cell the
 * tier's part as a colour and a letter or word. Every decision of the vocabulary has a row, so
 * two trusts' grids line up. Scrolls sideways inside a focusable region on narrow screens.
 */
export function DelegationHeatmap({
  cells,
  autonomy,
  caption,
  captionSize = "m",
  captionHidden = false,
  className,
}: DelegationHeatmapProps) {
  const captionId = useId();
  const levels = levelsByCell(cells);
  const autonomyOf = autonomyByArea(autonomy);
  const columnCount = delegationTiers.keys.length + 1;
  return (
    <div className={cx("ui-heatmap", className)}>
      <DelegationLegend />
      {/* A scrollable region must be focusable so keyboard users can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <section className="ui-table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="ui-table ui-heatmap__table">
          <caption
            id={captionId}
            className={cx(
              "ui-table__caption",
              `ui-table__caption--${captionSize}`,
              captionHidden && "ui-visually-hidden",
            )}
          >
            <span className="ui-heatmap__caption-text">{caption}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="ui-table__header ui-heatmap__decision">
                Decision
              </th>
              {delegationTiers.entries.map((tier) => (
                <th key={tier.key} scope="col" className="ui-table__header ui-heatmap__tier">
                  {tier.label}
                </th>
              ))}
            </tr>
          </thead>
          {decisionAreas.entries.map((area) => {
            const index = autonomyOf.get(area.key);
            return (
              <tbody key={area.key}>
                <tr>
                  <th scope="rowgroup" colSpan={columnCount} className="ui-heatmap__area">
                    <span className="ui-heatmap__area-content">
                      <span className="ui-heatmap__area-name">{area.label}</span>{" "}
                      <span className="ui-heatmap__autonomy">
                        {index === undefined
                          ? "Local autonomy not recorded"
                          : `Local autonomy ${Math.round(index * 100)}%`}
                      </span>
                      {index !== undefined && (
                        <Bar
                          className="ui-heatmap__autonomy-bar"
                          length={Math.round(index * 100)}
                        />
                      )}
                    </span>
                  </th>
                </tr>
                {delegationDecisions.keys
                  .filter((decision) => delegationDecisions.area(decision) === area.key)
                  .map((decision) => (
                    <tr key={decision}>
                      <th
                        scope="row"
                        className="ui-table__cell ui-table__cell--header ui-heatmap__decision"
                      >
                        {delegationDecisions.label(decision)}
                        {delegationDecisions.isReservedToMembers(decision) && (
                          <>
                            {" "}
                            <span className="ui-heatmap__reserved">Reserved to members</span>
                          </>
                        )}
                      </th>
                      {delegationTiers.keys.map((tier) => (
                        <HeatCell key={tier} level={levels.get(cellKey(decision, tier))} />
                      ))}
                    </tr>
                  ))}
              </tbody>
            );
          })}
        </table>
      </section>
    </div>
  );
}
