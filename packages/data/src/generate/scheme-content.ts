import {
  type DecisionArea,
  type DelegationDecision,
  type DelegationTier,
  delegationDecisions,
  delegationTiers,
  type GovernanceModel,
  modelScheme,
  type ResponsibilityLevel,
  type SchemeCell,
  type SchemeGrid,
} from "@atlas/domain";
import { joinAnd } from "./profile-text.ts";
import type { Random } from "./random.ts";

/** A scheme of delegation's content: `{ cells }`, stored as the API stores it (see storedGrid). */
export interface SchemeContent {
  cells: SchemeGrid;
}

/**
 * Decisions a trust keeps where the model puts them: the members' reserved matters, and what the
 * board must decide itself (its vision, strategy and growth, the CEO, the budget and accounts,
 * land, pay and reserves policy, admissions as the admission authority, its own committees).
 * Moving these would make a scheme no real trust would publish.
 */
const fixed: ReadonlySet<DelegationDecision> = new Set<DelegationDecision>([
  "SET_TRUST_VISION",
  "APPROVE_TRUST_STRATEGY",
  "APPROVE_TRUST_GROWTH",
  "DETERMINE_ADMISSIONS_ARRANGEMENTS",
  "APPOINT_CEO",
  "APPROVE_PAY_POLICY",
  "APPROVE_ANNUAL_BUDGET",
  "SET_CENTRAL_CONTRIBUTION",
  "APPROVE_ANNUAL_ACCOUNTS",
  "APPROVE_RESERVES_POLICY",
  "DISPOSE_OF_LAND",
  "APPOINT_BOARD_COMMITTEES",
]);

/** Trust-wide decisions: they may move between the board, a committee and the CEO, no lower. */
const trustWide: ReadonlySet<DelegationDecision> = new Set<DelegationDecision>([
  "SET_CURRICULUM_PRINCIPLES",
  "APPROVE_CAPITAL_PLAN",
  "APPROVE_MAJOR_CONTRACTS",
  "APPROVE_TRUST_POLICIES",
  "APPROVE_RISK_REGISTER",
]);

// The domain's model schemes use a board committee only in these areas; so do the variations.
const committeeAreas: ReadonlySet<DecisionArea> = new Set<DecisionArea>([
  "BUDGET",
  "RESERVES",
  "CAPITAL_AND_ESTATES",
  "CONTRACTS",
  "RISK_AUDIT_AND_HEALTH_AND_SAFETY",
]);

const movable = delegationDecisions.keys.filter(
  (d) => !fixed.has(d) && !delegationDecisions.isReservedToMembers(d),
);

const tierOrder = (tier: DelegationTier) => delegationTiers.keys.indexOf(tier);

/** The tiers a decision may be decided at, top to bottom (never the members: not reserved). */
function eligibleTiers(decision: DelegationDecision): DelegationTier[] {
  const usesCommittee = committeeAreas.has(delegationDecisions.area(decision));
  return delegationTiers.keys.filter(
    (t) =>
      t !== "MEMBERS" &&
      (t !== "BOARD_COMMITTEE" || usesCommittee) &&
      (!trustWide.has(decision) || (t !== "LOCAL_GOVERNING_BODY" && t !== "HEADTEACHER")),
  );
}

const deciderOf = (cells: SchemeGrid, decision: DelegationDecision): DelegationTier | undefined =>
  cells.find((c) => c.decision === decision && c.level === "DECIDES")?.tier;

/**
 * The grid with `decision` decided at `to` instead. The old decider recommends when the decision
 * moved up (it proposes to the tier now deciding) and is informed when it moved down; one tier
 * recommends at most, the one just below a decider that moved down; the members' cell is kept.
 * Exactly one tier decides afterwards, so the grid stays valid.
 */
function moveDecision(
  cells: SchemeGrid,
  decision: DelegationDecision,
  to: DelegationTier,
): SchemeCell[] {
  const from = deciderOf(cells, decision);
  const eligible = eligibleTiers(decision);
  const levels = new Map<DelegationTier, ResponsibilityLevel | null>(
    cells.filter((c) => c.decision === decision).map((c) => [c.tier, c.level]),
  );
  const movedUp = from !== undefined && tierOrder(from) > tierOrder(to);
  for (const [tier, level] of levels) {
    if (level === "RECOMMENDS" || level === "DECIDES") levels.set(tier, "CONSULTED");
  }
  if (from !== undefined) levels.set(from, movedUp ? "RECOMMENDS" : "INFORMED");
  if (!movedUp) {
    const below = eligible[eligible.indexOf(to) + 1];
    if (below !== undefined) levels.set(below, "RECOMMENDS");
  }
  levels.set(to, "DECIDES");
  return cells.map((c) =>
    c.decision === decision ? { ...c, level: levels.get(c.tier) ?? null } : c,
  );
}

/** One change to a scheme, for the change summary. */
export interface SchemeMove {
  decision: DelegationDecision;
  from: DelegationTier;
  to: DelegationTier;
}

/**
 * Moves the deciding tier of `count` different movable decisions one or two tiers up or down
 * (one more often), as trusts do when they review their scheme.
 */
export function varyScheme(
  r: Random,
  cells: SchemeGrid,
  count: number,
): { cells: SchemeCell[]; moves: SchemeMove[] } {
  let grid: SchemeCell[] = [...cells];
  const moves: SchemeMove[] = [];
  for (const decision of r.shuffle(movable)) {
    if (moves.length >= count) break;
    const from = deciderOf(grid, decision);
    if (from === undefined) continue;
    const eligible = eligibleTiers(decision);
    const at = eligible.indexOf(from);
    const options = (
      [
        [-2, 1],
        [-1, 3],
        [1, 3],
        [2, 1],
      ] as const
    ).filter(([step]) => eligible[at + step] !== undefined && at !== -1);
    if (options.length === 0) continue;
    const to = eligible[at + r.weighted(options)];
    if (to === undefined) continue;
    grid = moveDecision(grid, decision, to);
    moves.push({ decision, from, to });
  }
  return { cells: grid, moves };
}

// The four model grids, made once: every scheme starts from one, and its cells are never changed
// in place (a move makes new cells), so the schemes may share them.
const models = new Map<GovernanceModel, SchemeGrid>();
const modelGrid = (model: GovernanceModel): SchemeGrid => {
  const grid = models.get(model) ?? modelScheme(model);
  models.set(model, grid);
  return grid;
};

/** A trust's own first scheme: its governance model's, with a few decisions moved. */
export function firstScheme(r: Random, model: GovernanceModel): SchemeContent {
  return { cells: varyScheme(r, modelGrid(model), r.int(1, 4)).cells };
}

/** What the local tier is called under each model, as a trust would write it. */
const localTierWords: Record<GovernanceModel, string> = {
  LOCAL_GOVERNING_BODIES: "local governing bodies",
  ADVISORY_COUNCILS: "academy councils",
  CLUSTER_COMMITTEES: "cluster committees",
  EARNED_AUTONOMY: "local governing bodies",
};

function tierWords(tier: DelegationTier, model: GovernanceModel, single: boolean): string {
  switch (tier) {
    case "MEMBERS":
      return "the members";
    case "TRUST_BOARD":
      return "the trust board";
    case "BOARD_COMMITTEE":
      return "the finance, audit and risk committee";
    case "CEO":
      return single ? "the principal as accounting officer" : "the CEO";
    case "LOCAL_GOVERNING_BODY":
      return single ? "the local governing body" : localTierWords[model];
    case "HEADTEACHER":
      return single ? "the headteacher" : "headteachers";
  }
}

/**
 * "Delegated "Approve minor building works" to headteachers and moved "Appoint the headteacher"
 * up to the trust board": one clause per tier moved to, in each direction.
 */
export function describeMoves(
  moves: readonly SchemeMove[],
  model: GovernanceModel,
  single: boolean,
): string {
  const clauses = new Map<string, { down: boolean; to: DelegationTier; labels: string[] }>();
  for (const m of moves) {
    const down = tierOrder(m.to) > tierOrder(m.from);
    const key = `${down}/${m.to}`;
    const clause = clauses.get(key) ?? { down, to: m.to, labels: [] };
    clause.labels.push(`"${delegationDecisions.label(m.decision)}"`);
    clauses.set(key, clause);
  }
  const parts = [...clauses.values()].map(({ down, to, labels }) =>
    down
      ? `delegated ${joinAnd(labels)} to ${tierWords(to, model, single)}`
      : `moved ${joinAnd(labels)} up to ${tierWords(to, model, single)}`,
  );
  const text = parts.length === 0 ? "reviewed the scheme" : joinAnd(parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
