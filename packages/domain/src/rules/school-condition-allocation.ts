/**
 * The department's capital funding rule: trusts with at least 5 academies and more than
 * 3,000 pupils get a School Condition Allocation for capital; others bid to the Condition
 * Improvement Fund. Both limits matter: 5 academies with exactly 3,000 pupils do not qualify.
 */
export const SCA_MIN_ACADEMIES = 5;
export const SCA_PUPILS_ABOVE = 3000;

export function schoolConditionAllocationEligible(trust: {
  readonly academies: number;
  readonly pupils: number;
}): boolean {
  return trust.academies >= SCA_MIN_ACADEMIES && trust.pupils > SCA_PUPILS_ABOVE;
}
