import type { LooseSchemeCell } from "../schemes/scheme.ts";
import {
  delegationDecisions,
  delegationTiers,
  responsibilityLevels,
} from "../vocabularies/delegation.ts";

export interface SchemeProblem {
  /** The decision the problem is about (as given, even when it is not a key of ours). */
  readonly decision: string;
  readonly message: string;
}

const tierLabels = (tiers: readonly string[]) =>
  tiers.map((t) => (delegationTiers.has(t) ? delegationTiers.label(t) : t)).join(", ");

/**
 * What is wrong with a scheme of delegation, decision by decision, in decision order (unknown
 * decisions last). Our normalisation of published schemes: each decision has
 * exactly one tier that DECIDES, so a decision no tier decides, or several do, is a problem
 * naming the tiers. Members' reserved matters (the model articles) must be decided by MEMBERS.
 * Unknown decision, tier and level keys are problems rather than silently dropped, and a tier
 * given twice for one decision is one too, since a list cannot otherwise say which cell counts.
 * An empty grid reports every decision as undecided: a scheme is only complete when all are.
 */
export function schemeProblems(grid: readonly LooseSchemeCell[]): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const unknown: SchemeProblem[] = [];
  const deciding = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const cell of grid) {
    if (!delegationDecisions.has(cell.decision)) {
      // One problem for an unknown decision, however many of its cells there are.
      if (unknown.some((p) => p.decision === cell.decision)) continue;
      unknown.push({
        decision: cell.decision,
        message: `"${cell.decision}" is not a decision Trust Atlas knows: use one of the listed decisions.`,
      });
      continue;
    }
    const label = delegationDecisions.label(cell.decision);
    if (!delegationTiers.has(cell.tier)) {
      problems.push({
        decision: cell.decision,
        message: `"${cell.tier}" is not a governance tier: use one of ${tierLabels(delegationTiers.keys)} for "${label}".`,
      });
      continue;
    }
    if (cell.level !== null && !responsibilityLevels.has(cell.level)) {
      problems.push({
        decision: cell.decision,
        message: `"${cell.level}" is not a responsibility level: use Decides, Recommends, Consulted, Informed or leave the cell empty for "${label}".`,
      });
      continue;
    }
    const cellKey = `${cell.decision}\u0000${cell.tier}`;
    if (seen.has(cellKey)) {
      problems.push({
        decision: cell.decision,
        message: `${delegationTiers.label(cell.tier)} is listed twice for "${label}": keep one cell per tier.`,
      });
      continue;
    }
    seen.add(cellKey);
    if (cell.level === "DECIDES") {
      deciding.set(cell.decision, [...(deciding.get(cell.decision) ?? []), cell.tier]);
    }
  }

  for (const decision of delegationDecisions.keys) {
    const label = delegationDecisions.label(decision);
    const tiers = deciding.get(decision) ?? [];
    const reserved = delegationDecisions.isReservedToMembers(decision);
    if (tiers.length === 0) {
      problems.push({
        decision,
        message: reserved
          ? `No tier decides "${label}": it is a members' reserved matter, so mark Members as deciding it.`
          : `No tier decides "${label}": mark exactly one tier as deciding it.`,
      });
    } else if (tiers.length > 1) {
      problems.push({
        decision,
        message: `Several tiers decide "${label}" (${tierLabels(tiers)}): keep exactly one as deciding and mark the others as recommending, consulted or informed.`,
      });
    } else if (reserved && tiers[0] !== "MEMBERS") {
      problems.push({
        decision,
        message: `"${label}" is a members' reserved matter, but ${tierLabels(tiers)} decides it: mark Members as deciding it instead.`,
      });
    }
  }

  // Problems about known decisions come out in decision order, whatever order the cells were in.
  const order = new Map<string, number>(delegationDecisions.keys.map((k, i) => [k, i]));
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.decision) ?? 0) - (order.get(b.p.decision) ?? 0) || a.i - b.i)
    .map(({ p }) => p);
  return [...sorted, ...unknown];
}
