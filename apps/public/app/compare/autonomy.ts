import { decisionAreas } from "@atlas/domain";
import type { ComparedTrust, ComparisonRow } from "./groups.ts";

/** One trust's bar in an area: the figure in words, and its length (null: no bar at all). */
export interface AutonomyBar {
  trustId: string;
  trustName: string;
  value: string;
  /** 0–100, or null where there is no figure (no scheme, or no decision of the area in it). */
  length: number | null;
}

export interface AutonomyArea {
  key: string;
  label: string;
  bars: AutonomyBar[];
}

/**
 * The chart's figures: one area per AUTONOMY row shown (so it follows the "only differences"
 * filter), the words from the row itself, so the chart and the table can never disagree, and
 * the bar from the trust's scheme in numbers.
 */
export function autonomyAreas(
  trusts: readonly ComparedTrust[],
  rows: readonly ComparisonRow[],
): AutonomyArea[] {
  return rows
    .filter((row) => row.group === "AUTONOMY" && row.key.startsWith("autonomy."))
    .map((row) => {
      const area = row.key.slice("autonomy.".length);
      return {
        key: area,
        label: decisionAreas.has(area) ? decisionAreas.label(area) : row.label,
        bars: trusts.map((trust, i) => {
          const found = trust.schemeOfDelegation?.autonomy.find((a) => a.area === area);
          const index = found && Number.isFinite(found.index) ? found.index : null;
          return {
            trustId: trust.id,
            trustName: trust.name,
            value: row.values[i] ?? "",
            length: index === null ? null : Math.round(Math.min(1, Math.max(0, index)) * 100),
          };
        }),
      };
    });
}
