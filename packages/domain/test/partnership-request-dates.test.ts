import { describe, expect, it } from "vitest";
import { requestDateProblems } from "../src/rules/partnership-request-dates.ts";

const TODAY = "2026-05-14";
const START_PASSED = "proposedStartDate: The start date has passed: choose today or later.";
const RESOLUTION_AHEAD =
  "governingBodyResolutionDate: The governing body's resolution date is in the future: give the date the governing body passed it, once it has.";

describe("requestDateProblems", () => {
  it.each([
    ["a start next term", { proposedStartDate: "2026-09-01" }, []],
    ["a start today", { proposedStartDate: TODAY }, []],
    ["a start yesterday", { proposedStartDate: "2026-05-13" }, [START_PASSED]],
    ["a start last year", { proposedStartDate: "2025-09-01" }, [START_PASSED]],
    [
      "a resolution last month",
      { proposedStartDate: "2026-09-01", governingBodyResolutionDate: "2026-04-20" },
      [],
    ],
    [
      "a resolution today",
      { proposedStartDate: "2026-09-01", governingBodyResolutionDate: TODAY },
      [],
    ],
    [
      "a resolution tomorrow",
      { proposedStartDate: "2026-09-01", governingBodyResolutionDate: "2026-05-15" },
      [RESOLUTION_AHEAD],
    ],
    [
      "no resolution date given",
      { proposedStartDate: "2026-09-01", governingBodyResolutionDate: null },
      [],
    ],
    [
      "a start passed and a resolution ahead",
      { proposedStartDate: "2026-01-05", governingBodyResolutionDate: "2026-06-01" },
      [START_PASSED, RESOLUTION_AHEAD],
    ],
    [
      "dates that are not real ones, left to the schema",
      { proposedStartDate: "2026-02-30", governingBodyResolutionDate: "2027-13-01" },
      [],
    ],
  ])("%s", (_name, input, expected) => {
    expect(
      requestDateProblems(input, TODAY).map((p) => `${p.path.join(".")}: ${p.message}`),
    ).toEqual(expected);
  });
});
