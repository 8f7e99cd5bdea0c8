import { compareDates, isIsoDate } from "./calendar-dates.ts";

export interface RequestDateProblem {
  path: string[];
  message: string;
}

/**
 * The checks on a partnership request that need to know what day it is, kept out of
 * `partnershipRequestSchema` so that the schema gives the same answer whenever it runs.
 * A request may start today; a governing body's resolution to ask must already have been
 * passed, so it may be today but not later. Dates that are not real ones are left to the
 * schema to report.
 */
export function requestDateProblems(
  input: { proposedStartDate: string; governingBodyResolutionDate?: string | null },
  today: string,
): RequestDateProblem[] {
  const problems: RequestDateProblem[] = [];
  const start = input.proposedStartDate;
  if (isIsoDate(start) && compareDates(start, today) < 0)
    problems.push({
      path: ["proposedStartDate"],
      message: "The start date has passed: choose today or later.",
    });
  const resolution = input.governingBodyResolutionDate;
  if (resolution != null && isIsoDate(resolution) && compareDates(resolution, today) > 0)
    problems.push({
      path: ["governingBodyResolutionDate"],
      message:
        "The governing body's resolution date is in the future: give the date the governing body passed it, once it has.",
    });
  return problems;
}
