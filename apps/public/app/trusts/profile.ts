import { type Phase, phases } from "@atlas/domain";

/** How many of a trust's schools are in one phase, as the API counts them (`Trust.phaseCounts`). */
export interface PhaseCount {
  phase: Phase;
  count: number;
}

/** Phases by the age of the pupils, with "Not applicable" (mostly special schools) last. */
const PHASE_ORDER: readonly Phase[] = [
  ...phases.keys.filter((phase) => phase !== "NOT_APPLICABLE"),
  "NOT_APPLICABLE",
];

/**
 * A trust's phase counts as the page lists them: youngest pupils first, "Not applicable" last.
 * (The API gives them in the register's order, where "Not applicable" is code 0, so first.)
 */
export function inReadingOrder<T extends PhaseCount>(counts: readonly T[]): T[] {
  return [...counts].sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase));
}
