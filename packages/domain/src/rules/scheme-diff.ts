import type { LooseSchemeCell } from "../schemes/scheme.ts";
import { delegationDecisions, delegationTiers } from "../vocabularies/delegation.ts";

export interface SchemeChange {
  readonly decision: string;
  readonly tier: string;
  readonly before: string | null;
  readonly after: string | null;
}

const cellKey = (decision: string, tier: string) => `${decision}\u0000${tier}`;

function levels(grid: readonly LooseSchemeCell[]): Map<string, LooseSchemeCell> {
  // The last cell given for a decision and tier wins, as it would in a form that was edited.
  return new Map(grid.map((c) => [cellKey(c.decision, c.tier), c]));
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

/**
 * The cells that changed between two versions of a scheme, for its history. A cell left out
 * and a cell with a null level both mean "nothing" (see SchemeGrid), so moving between them is
 * not a change. Changes come in decision then tier order; keys we do not know come after, in
 * string order, so the result is the same whatever order the cells were listed in.
 */
export function schemeDiff(
  before: readonly LooseSchemeCell[],
  after: readonly LooseSchemeCell[],
): SchemeChange[] {
  const was = levels(before);
  const now = levels(after);
  const changes: SchemeChange[] = [];
  for (const [key, cell] of new Map([...was, ...now])) {
    const b = was.get(key)?.level ?? null;
    const a = now.get(key)?.level ?? null;
    if (a !== b) changes.push({ decision: cell.decision, tier: cell.tier, before: b, after: a });
  }
  const decisions = delegationDecisions.keys as readonly string[];
  const tiers = delegationTiers.keys as readonly string[];
  return changes.sort(
    (x, y) =>
      rank(decisions, x.decision) - rank(decisions, y.decision) ||
      x.decision.localeCompare(y.decision) ||
      rank(tiers, x.tier) - rank(tiers, y.tier) ||
      x.tier.localeCompare(y.tier),
  );
}
