import { describe, expect, it } from "vitest";
import { schoolsByPhase, totalPupils } from "./profile.ts";

describe("schoolsByPhase", () => {
  it("counts schools per phase by pupils' age, leaving out empty phases", () => {
    expect(
      schoolsByPhase([
        { phase: "NOT_APPLICABLE" },
        { phase: "SECONDARY" },
        { phase: "PRIMARY" },
        { phase: "PRIMARY" },
        { phase: "ALL_THROUGH" },
      ]),
    ).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
      { phase: "ALL_THROUGH", count: 1 },
      { phase: "NOT_APPLICABLE", count: 1 },
    ]);
    expect(schoolsByPhase([])).toEqual([]);
  });
});

describe("totalPupils", () => {
  it("adds up the pupils", () => {
    expect(
      totalPupils([
        { phase: "PRIMARY", pupils: 210 },
        { phase: "SECONDARY", pupils: 1100 },
      ]),
    ).toEqual({
      total: 1310,
      schoolsWithoutFigure: 0,
    });
  });

  it("says how many schools it could not count", () => {
    expect(
      totalPupils([
        { phase: "PRIMARY", pupils: 210 },
        { phase: "PRIMARY", pupils: null },
      ]),
    ).toEqual({
      total: 210,
      schoolsWithoutFigure: 1,
    });
  });

  it("is not computable when no school has a figure", () => {
    expect(totalPupils([{ phase: "PRIMARY", pupils: null }])).toBeNull();
    expect(totalPupils([])).toBeNull();
  });
});
