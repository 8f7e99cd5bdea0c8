import type { LooseSchemeCell } from "../schemes/scheme.ts";
import {
  type DecisionArea,
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  isLocalTier,
} from "../vocabularies/delegation.ts";

export interface AreaAutonomy {
  readonly area: DecisionArea;
  /** Share of the area's decisions made locally, 0–1, rounded to 2 decimals. */
  readonly index: number;
}

/**
 * The local-autonomy index (our measure): per decision area, the share
 * of its decisions whose deciding tier is the local governing body or the headteacher.
 * An area's decisions are those the grid has cells for; areas with none are left out rather
 * than shown as 0, which would read as "nothing is delegated". A decision that no tier, or
 * several tiers, decide counts as not local: it has no single deciding tier (schemeProblems
 * reports it). Unknown keys are ignored here for the same reason. Areas come in vocabulary
 * order.
 */
export function localAutonomyIndex(grid: readonly LooseSchemeCell[]): AreaAutonomy[] {
  const deciders = new Map<string, string[]>();
  for (const cell of grid) {
    if (!delegationDecisions.has(cell.decision) || !delegationTiers.has(cell.tier)) continue;
    const list = deciders.get(cell.decision) ?? [];
    if (cell.level === "DECIDES") list.push(cell.tier);
    deciders.set(cell.decision, list);
  }
  const result: AreaAutonomy[] = [];
  for (const area of decisionAreas.keys) {
    const decisions = delegationDecisions.keys.filter(
      (d) => delegationDecisions.area(d) === area && deciders.has(d),
    );
    if (decisions.length === 0) continue;
    const local = decisions.filter((d) => {
      const tiers = deciders.get(d) ?? [];
      const [only] = tiers;
      return (
        tiers.length === 1 && only !== undefined && delegationTiers.has(only) && isLocalTier(only)
      );
    }).length;
    result.push({ area, index: Math.round((local / decisions.length) * 100) / 100 });
  }
  return result;
}
