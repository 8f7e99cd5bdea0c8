import { type Phase, phases } from "@atlas/domain";

/** The little the profile needs to know about each of a trust's schools. */
export interface SchoolFigures {
  phase: Phase;
  pupils?: number | null;
}

export interface PhaseCount {
  phase: Phase;
  count: number;
}

export interface PupilTotal {
  /** Pupils on roll across the schools that report a figure. */
  total: number;
  /** Schools with no figure (new schools, for one), which the total leaves out. */
  schoolsWithoutFigure: number;
}

/** Phases by the age of the pupils, with "Not applicable" (mostly special schools) last. */
const PHASE_ORDER: readonly Phase[] = [
  ...phases.keys.filter((phase) => phase !== "NOT_APPLICABLE"),
  "NOT_APPLICABLE",
];

/** How many of the schools are in each phase, youngest pupils first; empty phases left out. */
export function schoolsByPhase(schools: readonly SchoolFigures[]): PhaseCount[] {
  const counts = new Map<Phase, number>();
  for (const school of schools) counts.set(school.phase, (counts.get(school.phase) ?? 0) + 1);
  return PHASE_ORDER.flatMap((phase) => {
    const count = counts.get(phase);
    return count === undefined ? [] : [{ phase, count }];
  });
}

/** Pupils across the schools; null when no school reports a figure, so there is nothing to add. */
export function totalPupils(schools: readonly SchoolFigures[]): PupilTotal | null {
  let total = 0;
  let withFigure = 0;
  for (const school of schools) {
    if (typeof school.pupils === "number") {
      total += school.pupils;
      withFigure += 1;
    }
  }
  if (withFigure === 0) return null;
  return { total, schoolsWithoutFigure: schools.length - withFigure };
}
