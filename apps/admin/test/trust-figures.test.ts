import { describe, expect, it } from "vitest";
import { phaseBreakdown, pupilTotal } from "../src/dashboard/trust-figures.ts";

const schools = [
  { phase: "SECONDARY", pupils: 1200 },
  { phase: "PRIMARY", pupils: 210 },
  { phase: "PRIMARY", pupils: 415 },
  { phase: "PRIMARY", pupils: null },
  { phase: "SIXTEEN_PLUS", pupils: 300 },
] as const;

describe("pupilTotal", () => {
  it("adds the pupils on roll and counts the schools with no figure", () => {
    expect(pupilTotal(schools)).toEqual({ total: 2125, withoutCount: 1 });
    expect(pupilTotal([])).toEqual({ total: 0, withoutCount: 0 });
  });
});

describe("phaseBreakdown", () => {
  it("gives schools and pupils per phase in the register's order, with labels", () => {
    expect(phaseBreakdown(schools)).toEqual([
      { phase: "PRIMARY", label: "Primary", schools: 3, pupils: 625 },
      { phase: "SECONDARY", label: "Secondary", schools: 1, pupils: 1200 },
      { phase: "SIXTEEN_PLUS", label: "16 plus", schools: 1, pupils: 300 },
    ]);
  });

  it("is empty for a trust with no schools", () => {
    expect(phaseBreakdown([])).toEqual([]);
  });
});
