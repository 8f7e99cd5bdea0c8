import { type Vocabulary, type VocabularyEntry, vocabulary } from "./vocabulary.ts";

/**
 * The tiers of a trust's governance, top to bottom, as published schemes of delegation name them. The
 * order matters: the grids and the diffs list tiers in it.
 */
export const delegationTiers = vocabulary([
  {
    key: "MEMBERS",
    label: "Members",
    description: "The trust's guardians, who appoint trustees and hold the reserved matters.",
  },
  {
    key: "TRUST_BOARD",
    label: "Trust board",
    description: "The trustees, accountable for everything the trust does.",
  },
  {
    key: "BOARD_COMMITTEE",
    label: "Board committee",
    description: "A committee of the board, such as finance or audit and risk.",
  },
  {
    key: "CEO",
    label: "CEO and accounting officer",
    description: "The chief executive (with the finance director) who runs the trust day to day.",
  },
  {
    key: "LOCAL_GOVERNING_BODY",
    label: "Local governing body",
    description:
      "The school's local committee: a local governing body, academy council or cluster committee.",
  },
  {
    key: "HEADTEACHER",
    label: "Headteacher",
    description: "The head (or head of school) who leads the school.",
  },
]);
export type DelegationTier = (typeof delegationTiers.keys)[number];

/**
 * The local tiers: a decision made at one of these is made in or for the school itself, which is
 * what the local-autonomy index counts.
 */
export function isLocalTier(tier: DelegationTier): boolean {
  return tier === "LOCAL_GOVERNING_BODY" || tier === "HEADTEACHER";
}

/** The decision areas published schemes are grouped by. */
export const decisionAreas = vocabulary([
  { key: "VISION_AND_ETHOS", label: "Vision and ethos" },
  { key: "STRATEGY_AND_DEVELOPMENT_PLANS", label: "Strategy and development plans" },
  { key: "CURRICULUM_AND_STANDARDS", label: "Curriculum and standards" },
  { key: "ADMISSIONS", label: "Admissions" },
  { key: "STAFFING", label: "Staffing" },
  { key: "BUDGET", label: "Budget" },
  { key: "RESERVES", label: "Reserves" },
  { key: "CAPITAL_AND_ESTATES", label: "Capital and estates" },
  { key: "CONTRACTS", label: "Contracts" },
  { key: "POLICIES", label: "Policies" },
  { key: "RISK_AUDIT_AND_HEALTH_AND_SAFETY", label: "Risk, audit and health and safety" },
  { key: "GOVERNANCE_APPOINTMENTS", label: "Governance appointments" },
]);
export type DecisionArea = (typeof decisionAreas.keys)[number];

/** A decision a scheme of delegation assigns: its area, and whether the members reserve it. */
export interface DelegationDecisionEntry<K extends string = string> extends VocabularyEntry<K> {
  readonly area: DecisionArea;
  /**
   * Members' reserved matters: under the model articles only the members amend the articles,
   * change the trust's name, appoint members and (most) trustees, and appoint the auditors, so
   * no scheme may delegate them.
   */
  readonly reservedToMembers?: true;
}

const decisionList = [
  // Vision and ethos
  { key: "SET_TRUST_VISION", label: "Set the trust's vision and values", area: "VISION_AND_ETHOS" },
  {
    key: "AGREE_SCHOOL_ETHOS",
    label: "Agree the school's ethos statement",
    area: "VISION_AND_ETHOS",
  },
  {
    key: "CHANGE_TRUST_NAME",
    label: "Change the trust's name",
    area: "VISION_AND_ETHOS",
    reservedToMembers: true,
  },
  // Strategy and development plans
  {
    key: "APPROVE_TRUST_STRATEGY",
    label: "Approve the trust's strategic plan",
    area: "STRATEGY_AND_DEVELOPMENT_PLANS",
  },
  {
    key: "APPROVE_TRUST_GROWTH",
    label: "Agree to take a new school into the trust",
    area: "STRATEGY_AND_DEVELOPMENT_PLANS",
  },
  {
    key: "APPROVE_SCHOOL_DEVELOPMENT_PLAN",
    label: "Approve the school development plan",
    area: "STRATEGY_AND_DEVELOPMENT_PLANS",
  },
  // Curriculum and standards
  {
    key: "SET_CURRICULUM_PRINCIPLES",
    label: "Set the trust's curriculum principles",
    area: "CURRICULUM_AND_STANDARDS",
  },
  {
    key: "APPROVE_SCHOOL_CURRICULUM",
    label: "Approve the school's curriculum",
    area: "CURRICULUM_AND_STANDARDS",
  },
  {
    key: "SET_SCHOOL_TARGETS",
    label: "Set the school's performance targets",
    area: "CURRICULUM_AND_STANDARDS",
  },
  // Admissions
  {
    key: "DETERMINE_ADMISSIONS_ARRANGEMENTS",
    label: "Determine admission arrangements",
    area: "ADMISSIONS",
  },
  { key: "DECIDE_IN_YEAR_ADMISSIONS", label: "Decide in-year admissions", area: "ADMISSIONS" },
  // Staffing
  { key: "APPOINT_CEO", label: "Appoint the CEO", area: "STAFFING" },
  { key: "APPOINT_HEADTEACHER", label: "Appoint the headteacher", area: "STAFFING" },
  { key: "APPOINT_SENIOR_LEADERS", label: "Appoint the school's senior leaders", area: "STAFFING" },
  { key: "APPOINT_OTHER_STAFF", label: "Appoint other staff", area: "STAFFING" },
  {
    key: "APPROVE_STAFFING_STRUCTURE",
    label: "Approve the school's staffing structure",
    area: "STAFFING",
  },
  { key: "APPROVE_PAY_POLICY", label: "Approve the pay policy", area: "STAFFING" },
  { key: "DECIDE_PAY_PROGRESSION", label: "Decide staff pay progression", area: "STAFFING" },
  { key: "MANAGE_CAPABILITY", label: "Manage staff capability", area: "STAFFING" },
  // Budget
  { key: "APPROVE_ANNUAL_BUDGET", label: "Approve the trust's annual budget", area: "BUDGET" },
  { key: "SET_SCHOOL_BUDGET", label: "Approve the school's budget", area: "BUDGET" },
  {
    key: "SET_CENTRAL_CONTRIBUTION",
    label: "Set the central services contribution",
    area: "BUDGET",
  },
  { key: "APPROVE_ANNUAL_ACCOUNTS", label: "Approve the annual accounts", area: "BUDGET" },
  // Reserves
  { key: "APPROVE_RESERVES_POLICY", label: "Approve the reserves policy", area: "RESERVES" },
  { key: "RELEASE_SCHOOL_RESERVES", label: "Spend the school's reserves", area: "RESERVES" },
  // Capital and estates
  {
    key: "APPROVE_CAPITAL_PLAN",
    label: "Approve the capital and estates plan",
    area: "CAPITAL_AND_ESTATES",
  },
  {
    key: "APPROVE_MINOR_WORKS",
    label: "Approve minor building works",
    area: "CAPITAL_AND_ESTATES",
  },
  { key: "DISPOSE_OF_LAND", label: "Dispose of land or buildings", area: "CAPITAL_AND_ESTATES" },
  // Contracts
  {
    key: "APPROVE_MAJOR_CONTRACTS",
    label: "Approve contracts above the school's limit",
    area: "CONTRACTS",
  },
  {
    key: "APPROVE_CONTRACTS_WITHIN_LIMITS",
    label: "Approve contracts within the school's limit",
    area: "CONTRACTS",
  },
  // Policies
  { key: "APPROVE_TRUST_POLICIES", label: "Approve trust-wide policies", area: "POLICIES" },
  { key: "APPROVE_SCHOOL_POLICIES", label: "Approve the school's own policies", area: "POLICIES" },
  // Risk, audit and health and safety
  {
    key: "APPROVE_RISK_REGISTER",
    label: "Approve the risk register",
    area: "RISK_AUDIT_AND_HEALTH_AND_SAFETY",
  },
  {
    key: "APPOINT_AUDITORS",
    label: "Appoint the external auditors",
    area: "RISK_AUDIT_AND_HEALTH_AND_SAFETY",
    reservedToMembers: true,
  },
  {
    key: "APPROVE_HEALTH_AND_SAFETY_ARRANGEMENTS",
    label: "Approve the school's health and safety arrangements",
    area: "RISK_AUDIT_AND_HEALTH_AND_SAFETY",
  },
  // Governance appointments
  {
    key: "AMEND_ARTICLES",
    label: "Amend the articles of association",
    area: "GOVERNANCE_APPOINTMENTS",
    reservedToMembers: true,
  },
  {
    key: "APPOINT_MEMBERS",
    label: "Appoint members",
    area: "GOVERNANCE_APPOINTMENTS",
    reservedToMembers: true,
  },
  {
    key: "APPOINT_TRUSTEES",
    label: "Appoint trustees",
    area: "GOVERNANCE_APPOINTMENTS",
    reservedToMembers: true,
  },
  {
    key: "APPOINT_BOARD_COMMITTEES",
    label: "Set up board committees and their terms of reference",
    area: "GOVERNANCE_APPOINTMENTS",
  },
  {
    key: "APPOINT_LOCAL_GOVERNORS",
    label: "Appoint local governors",
    area: "GOVERNANCE_APPOINTMENTS",
  },
] as const satisfies readonly [DelegationDecisionEntry, ...DelegationDecisionEntry[]];

export type DelegationDecision = (typeof decisionList)[number]["key"];

export interface DelegationDecisionVocabulary extends Vocabulary<DelegationDecision> {
  readonly entries: readonly DelegationDecisionEntry<DelegationDecision>[];
  /** The area a decision belongs to. */
  area(key: DelegationDecision): DecisionArea;
  /** Whether the decision is one of the members' reserved matters. */
  isReservedToMembers(key: DelegationDecision): boolean;
}

const decisionsByKey = Object.fromEntries(decisionList.map((d) => [d.key, d])) as Record<
  DelegationDecision,
  DelegationDecisionEntry<DelegationDecision>
>;

/** The decisions a scheme of delegation assigns, in area order. */
export const delegationDecisions: DelegationDecisionVocabulary = {
  ...vocabulary(decisionList),
  entries: decisionList,
  area: (key) => decisionsByKey[key].area,
  isReservedToMembers: (key) => decisionsByKey[key].reservedToMembers === true,
};

/**
 * Our normalisation of the keys published schemes use (X and *, Responsible/Recommends, Y/A):
 * each cell is one of these or empty (null): our normalisation of the keys schemes use.
 */
export const responsibilityLevels = vocabulary([
  { key: "DECIDES", label: "Decides", description: "This tier makes the decision." },
  {
    key: "RECOMMENDS",
    label: "Recommends",
    description: "This tier proposes the decision to the tier that makes it.",
  },
  {
    key: "CONSULTED",
    label: "Consulted",
    description: "This tier is asked for its view before the decision.",
  },
  {
    key: "INFORMED",
    label: "Informed",
    description: "This tier is told of the decision once made.",
  },
]);
export type ResponsibilityLevel = (typeof responsibilityLevels.keys)[number];

/** The national governance association's model types of scheme. */
export const governanceModels = vocabulary([
  {
    key: "LOCAL_GOVERNING_BODIES",
    label: "Local governing bodies",
    description: "Each school has a local governing committee with delegated decisions.",
  },
  {
    key: "ADVISORY_COUNCILS",
    label: "Advisory councils",
    description: "Local academy councils advise; the board and executive decide.",
  },
  {
    key: "CLUSTER_COMMITTEES",
    label: "Cluster committees",
    description: "One local committee governs a group of nearby schools.",
  },
  {
    key: "EARNED_AUTONOMY",
    label: "Earned autonomy",
    description: "Delegation is set school by school, with more for schools that are doing well.",
  },
]);
export type GovernanceModel = (typeof governanceModels.keys)[number];
