import { type Phase, phases } from "@atlas/domain";

export interface SchoolFigures {
  phase: Phase;
  /** Pupils on roll; null where the register has no count (e.g. a school not yet open). */
  pupils: number | null;
}

export interface PupilTotal {
  total: number;
  /** Schools whose pupils are not counted in the total. */
  withoutCount: number;
}

export function pupilTotal(schools: readonly SchoolFigures[]): PupilTotal {
  let total = 0;
  let withoutCount = 0;
  for (const school of schools) {
    if (school.pupils === null) withoutCount++;
    else total += school.pupils;
  }
  return { total, withoutCount };
}

export interface PhaseShare {
  phase: Phase;
  label: string;
  schools: number;
  pupils: number;
}

/** Schools and pupils per phase, in the register's phase order, leaving out empty phases. */
export function phaseBreakdown(schools: readonly SchoolFigures[]): PhaseShare[] {
  return phases.entries.flatMap(({ key, label }) => {
    const inPhase = schools.filter((s) => s.phase === key);
    if (inPhase.length === 0) return [];
    return [{ phase: key, label, schools: inPhase.length, pupils: pupilTotal(inPhase).total }];
  });
}
