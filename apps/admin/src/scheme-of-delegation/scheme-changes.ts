import {
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  responsibilityLevels,
} from "@atlas/domain";

// A scheme change as a person reads it: the decision and tier by their labels, and each level
// in words ("None" when the tier takes no part).

export interface SchemeChangeLike {
  decision: string;
  tier: string;
  before?: string | null;
  after?: string | null;
}

export interface ReadableSchemeChange {
  key: string;
  decision: string;
  area: string;
  tier: string;
  before: string;
  after: string;
}

export const noLevel = "None";

/** A level's label, "None" for no part, or the key itself when we do not know it. */
export function levelLabel(level: string | null | undefined): string {
  if (level === null || level === undefined) return noLevel;
  return responsibilityLevels.has(level) ? responsibilityLevels.label(level) : level;
}

export function readableSchemeChanges(
  changes: readonly SchemeChangeLike[],
): ReadableSchemeChange[] {
  return changes.map((change) => {
    const decision = change.decision;
    const known = delegationDecisions.has(decision);
    return {
      key: `${decision}:${change.tier}`,
      decision: known ? delegationDecisions.label(decision) : decision,
      area: known ? decisionAreas.label(delegationDecisions.area(decision)) : "",
      tier: delegationTiers.has(change.tier) ? delegationTiers.label(change.tier) : change.tier,
      before: levelLabel(change.before),
      after: levelLabel(change.after),
    };
  });
}
