import type {
  DecisionArea,
  DelegationDecision,
  DelegationTier,
  GovernanceModel,
  ResponsibilityLevel,
} from "../vocabularies/delegation.ts";
import { delegationDecisions, delegationTiers } from "../vocabularies/delegation.ts";

/** One cell of a scheme of delegation: what one tier does about one decision (null = nothing). */
export interface SchemeCell {
  readonly decision: DelegationDecision;
  readonly tier: DelegationTier;
  readonly level: ResponsibilityLevel | null;
}

/**
 * A scheme of delegation as a list of cells. A list rather than a decision→tier→level map
 * because it is what a form, a table row in the database and a zod issue path all index by,
 * and because a map cannot show a tier listed twice for one decision — a mistake
 * `schemeProblems` must be able to see. A cell left out means the same as a null level.
 */
export type SchemeGrid = readonly SchemeCell[];

/**
 * A cell as it may arrive from outside, before its keys are known to be ours: the rules take
 * these so they can report unknown keys instead of failing to type-check.
 */
export interface LooseSchemeCell {
  readonly decision: string;
  readonly tier: string;
  readonly level: string | null;
}

type Tier = DelegationTier;
const M: Tier = "MEMBERS";
const B: Tier = "TRUST_BOARD";
const C: Tier = "BOARD_COMMITTEE";
const E: Tier = "CEO";
const L: Tier = "LOCAL_GOVERNING_BODY";
const H: Tier = "HEADTEACHER";

/**
 * Who decides each decision under each model, in the order LOCAL_GOVERNING_BODIES,
 * ADVISORY_COUNCILS, CLUSTER_COMMITTEES, EARNED_AUTONOMY. Advisory councils keep decisions with
 * the CEO and board; earned autonomy delegates the most to the school; members' reserved
 * matters are always decided by the members.
 */
const deciders: Record<DelegationDecision, readonly [Tier, Tier, Tier, Tier]> = {
  SET_TRUST_VISION: [B, B, B, B],
  AGREE_SCHOOL_ETHOS: [L, E, L, L],
  CHANGE_TRUST_NAME: [M, M, M, M],
  APPROVE_TRUST_STRATEGY: [B, B, B, B],
  APPROVE_TRUST_GROWTH: [B, B, B, B],
  APPROVE_SCHOOL_DEVELOPMENT_PLAN: [L, E, L, L],
  SET_CURRICULUM_PRINCIPLES: [E, E, E, E],
  APPROVE_SCHOOL_CURRICULUM: [L, E, L, H],
  SET_SCHOOL_TARGETS: [E, E, E, L],
  DETERMINE_ADMISSIONS_ARRANGEMENTS: [B, B, B, B],
  DECIDE_IN_YEAR_ADMISSIONS: [H, E, H, H],
  APPOINT_CEO: [B, B, B, B],
  APPOINT_HEADTEACHER: [B, B, B, L],
  APPOINT_SENIOR_LEADERS: [H, E, H, H],
  APPOINT_OTHER_STAFF: [H, H, H, H],
  APPROVE_STAFFING_STRUCTURE: [L, E, E, L],
  APPROVE_PAY_POLICY: [B, B, B, B],
  DECIDE_PAY_PROGRESSION: [L, E, L, L],
  MANAGE_CAPABILITY: [H, E, H, H],
  APPROVE_ANNUAL_BUDGET: [B, B, B, B],
  SET_SCHOOL_BUDGET: [L, E, L, L],
  SET_CENTRAL_CONTRIBUTION: [B, B, B, B],
  APPROVE_ANNUAL_ACCOUNTS: [B, B, B, B],
  APPROVE_RESERVES_POLICY: [B, B, B, B],
  RELEASE_SCHOOL_RESERVES: [E, E, E, L],
  APPROVE_CAPITAL_PLAN: [C, C, C, C],
  APPROVE_MINOR_WORKS: [H, E, E, H],
  DISPOSE_OF_LAND: [B, B, B, B],
  APPROVE_MAJOR_CONTRACTS: [C, C, C, C],
  APPROVE_CONTRACTS_WITHIN_LIMITS: [H, E, E, H],
  APPROVE_TRUST_POLICIES: [B, B, B, B],
  APPROVE_SCHOOL_POLICIES: [L, E, L, L],
  APPROVE_RISK_REGISTER: [C, C, C, C],
  APPOINT_AUDITORS: [M, M, M, M],
  APPROVE_HEALTH_AND_SAFETY_ARRANGEMENTS: [H, E, H, H],
  AMEND_ARTICLES: [M, M, M, M],
  APPOINT_MEMBERS: [M, M, M, M],
  APPOINT_TRUSTEES: [M, M, M, M],
  APPOINT_BOARD_COMMITTEES: [B, B, B, B],
  APPOINT_LOCAL_GOVERNORS: [B, B, B, L],
};

const modelIndex: Record<GovernanceModel, 0 | 1 | 2 | 3> = {
  LOCAL_GOVERNING_BODIES: 0,
  ADVISORY_COUNCILS: 1,
  CLUSTER_COMMITTEES: 2,
  EARNED_AUTONOMY: 3,
};

/** Areas where the board usually works through a committee (finance, audit and risk). */
const committeeAreas: ReadonlySet<DecisionArea> = new Set([
  "BUDGET",
  "RESERVES",
  "CAPITAL_AND_ESTATES",
  "CONTRACTS",
  "RISK_AUDIT_AND_HEALTH_AND_SAFETY",
]);

function levelsFor(
  decision: DelegationDecision,
  decider: Tier,
): Record<Tier, ResponsibilityLevel | null> {
  const tiers = delegationTiers.keys;
  const levels = Object.fromEntries(tiers.map((t) => [t, null])) as Record<
    Tier,
    ResponsibilityLevel | null
  >;
  levels[decider] = "DECIDES";
  // Reserved matters: the board proposes, the members resolve; no one else takes part.
  if (decider === M) {
    levels[B] = "RECOMMENDS";
    return levels;
  }
  const usesCommittee = committeeAreas.has(delegationDecisions.area(decision));
  const below = tiers.slice(tiers.indexOf(decider) + 1).filter((t) => t !== C || usesCommittee);
  const above = tiers.slice(1, tiers.indexOf(decider)).filter((t) => t !== C || usesCommittee);
  const [recommender, ...rest] = below;
  if (recommender !== undefined) levels[recommender] = "RECOMMENDS";
  // The tiers below the one recommending are asked for their view; those above are told.
  for (const t of rest) levels[t] = "CONSULTED";
  for (const t of above) levels[t] = "INFORMED";
  return levels;
}

/**
 * A complete template scheme for a governance model: a cell for every decision and every tier,
 * in decision then tier order, with exactly one tier deciding each decision. Pure data for a
 * trust to start from and edit, not a claim about any trust's actual scheme.
 */
export function modelScheme(model: GovernanceModel): SchemeGrid {
  const index = modelIndex[model];
  return delegationDecisions.keys.flatMap((decision) => {
    const levels = levelsFor(decision, deciders[decision][index]);
    return delegationTiers.keys.map((tier) => ({ decision, tier, level: levels[tier] }));
  });
}

/**
 * The grid with a cell for every decision and tier, in decision then tier order: each given
 * level where the grid has one, null where it has none. One shape to store, compare and show,
 * whatever order or subset of cells a form or a file sent.
 */
export function completeGrid(grid: SchemeGrid): SchemeGrid {
  const given = new Map(grid.map((c) => [`${c.decision}\u0000${c.tier}`, c.level]));
  return delegationDecisions.keys.flatMap((decision) =>
    delegationTiers.keys.map((tier) => ({
      decision,
      tier,
      level: given.get(`${decision}\u0000${tier}`) ?? null,
    })),
  );
}

/**
 * The grid as it is stored: the filled cells only, in decision then tier order. One canonical
 * form, so two equal schemes are equal data, at under half the size of the complete grid;
 * `completeGrid` gives the full grid back.
 */
export function storedGrid(grid: SchemeGrid): SchemeGrid {
  return completeGrid(grid).filter((c) => c.level !== null);
}
